import { describe, expect, it } from 'vitest';
import { readUrlToken } from './read-url-token';

const T = 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln';

describe('readUrlToken reads a token from the page address (OIDC Core §3.2.2.5, RFC 6749 §4.2.2)', () => {
  it.each([
    { name: '#token=', hash: `#token=${T}`, search: '', expected: { kind: 'token', token: T, source: 'token' } },
    {
      name: '#id_token= with state and session_state',
      hash: `#id_token=${T}&state=af0ifjsldkj&session_state=abc.def`,
      search: '',
      expected: { kind: 'token', token: T, source: 'id_token' },
    },
    {
      name: '#access_token= with token_type and expires_in',
      hash: `#access_token=${T}&token_type=Bearer&expires_in=3600`,
      search: '',
      expected: { kind: 'token', token: T, source: 'access_token' },
    },
    {
      name: '?token= in the query',
      hash: '',
      search: `?token=${T}`,
      expected: { kind: 'token', token: T, source: 'token' },
    },
    {
      name: 'a hash without its "#"',
      hash: `token=${T}`,
      search: '',
      expected: { kind: 'token', token: T, source: 'token' },
    },
    {
      name: 'the fragment over the query',
      hash: `#id_token=${T}`,
      search: '?token=from-query',
      expected: { kind: 'token', token: T, source: 'id_token' },
    },
    {
      name: 'the query when the fragment has no token',
      hash: '#state=xyz',
      search: `?token=${T}`,
      expected: { kind: 'token', token: T, source: 'token' },
    },
    {
      name: 'a percent-encoded token, decoded',
      hash: `#token=${encodeURIComponent(`Bearer ${T}`)}`,
      search: '',
      expected: { kind: 'token', token: `Bearer ${T}`, source: 'token' },
    },
    {
      name: 'a JSON serialization, percent-encoded',
      hash: `#token=${encodeURIComponent('{"payload":"e30"}')}`,
      search: '',
      expected: { kind: 'token', token: '{"payload":"e30"}', source: 'token' },
    },
  ])('$name', ({ hash, search, expected }) => {
    expect(readUrlToken(hash, search)).toEqual(expected);
  });

  it.each([
    {
      name: '#error= with a description (RFC 6749 §4.1.2.1)',
      hash: '#error=access_denied&error_description=The%20user%20said%20no&state=xyz',
      expected: { kind: 'provider-error', error: 'access_denied', description: 'The user said no' },
    },
    {
      name: '#error= without a description',
      hash: '#error=login_required',
      expected: { kind: 'provider-error', error: 'login_required', description: null },
    },
    {
      name: 'form-encoded "+" as a space',
      hash: '#error=invalid_request&error_description=bad+nonce',
      expected: { kind: 'provider-error', error: 'invalid_request', description: 'bad nonce' },
    },
  ])('reports the provider error: $name', ({ hash, expected }) => {
    expect(readUrlToken(hash, '')).toEqual(expected);
  });

  it('lets an error in the fragment win over a token in the query', () => {
    expect(readUrlToken('#error=access_denied', `?token=${T}`)).toMatchObject({
      kind: 'provider-error',
      error: 'access_denied',
    });
  });

  it.each([
    { name: 'an empty address', hash: '', search: '' },
    { name: 'bare "#" and "?"', hash: '#', search: '?' },
    { name: 'unrelated parameters', hash: '#section-2', search: '?lang=en' },
    { name: 'an empty token', hash: '#token=', search: '' },
    { name: 'an empty error', hash: '#error=', search: '' },
  ])('finds nothing in $name', ({ hash, search }) => {
    expect(readUrlToken(hash, search)).toEqual({ kind: 'none' });
  });
});

describe('readUrlToken hands a share link’s context on as written (share-params.ts)', () => {
  it('beside #token=: the share parameters, and whether the signature was removed', () => {
    const hash = `#token=${T}&iss=https%3A%2F%2Fidp.example&profile=id-token&unsigned=1&state=x`;
    expect(readUrlToken(hash, '')).toEqual({
      kind: 'token',
      token: T,
      source: 'token',
      shared: 'iss=https%3A%2F%2Fidp.example&profile=id-token&unsigned=1',
      isUnsigned: true,
    });
  });

  it('beside #id_token= an iss is the authorization response’s (RFC 9207), not a share link’s', () => {
    expect(readUrlToken(`#id_token=${T}&iss=https%3A%2F%2Fidp.example`, '')).toEqual({
      kind: 'token',
      token: T,
      source: 'id_token',
    });
  });
});
