import { describe, expect, it } from 'vitest';
import { stripUrlTokens } from './strip-url-tokens';

const T = 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln';

describe('stripUrlTokens takes the credentials out of the address and keeps the rest', () => {
  it.each([
    { name: '#token= alone', hash: `#token=${T}`, search: '', expected: { hash: '', search: '' } },
    {
      name: 'an OIDC implicit response keeps state and session_state',
      hash: `#id_token=${T}&state=af0ifjsldkj&session_state=abc.def`,
      search: '',
      expected: { hash: '#state=af0ifjsldkj&session_state=abc.def', search: '' },
    },
    {
      name: 'access_token and refresh_token go, token_type stays',
      hash: `#access_token=${T}&token_type=Bearer&refresh_token=r1&expires_in=3600`,
      search: '',
      expected: { hash: '#token_type=Bearer&expires_in=3600', search: '' },
    },
    {
      name: '?token= with an unrelated parameter, and an unrelated fragment',
      hash: '#section-2',
      search: `?lang=en&token=${T}&q=a+b%20c`,
      expected: { hash: '#section-2', search: '?lang=en&q=a+b%20c' },
    },
    {
      name: 'tokens in both the fragment and the query',
      hash: `#id_token=${T}`,
      search: `?token=${T}`,
      expected: { hash: '', search: '' },
    },
    {
      name: 'a percent-encoded parameter name',
      hash: `#id%5Ftoken=${T}&state=x`,
      search: '',
      expected: { hash: '#state=x', search: '' },
    },
    {
      name: 'an empty token parameter',
      hash: '#token=&state=x',
      search: '',
      expected: { hash: '#state=x', search: '' },
    },
    {
      name: 'a share link: its context goes with its token, other parameters stay',
      hash: `#token=${T}&iss=https%3A%2F%2Fidp&aud=api&alg=ES256&profile=jwt&jwks=x&key=eyJ9&unsigned=1&section=2`,
      search: '',
      expected: { hash: '#section=2', search: '' },
    },
    {
      name: 'an OIDC response keeps its iss (RFC 9207): no token parameter, no share link',
      hash: `#id_token=${T}&iss=https%3A%2F%2Fidp&state=x`,
      search: '',
      expected: { hash: '#iss=https%3A%2F%2Fidp&state=x', search: '' },
    },
  ])('$name', ({ hash, search, expected }) => {
    expect(stripUrlTokens({ hash, search })).toEqual(expected);
  });

  it.each([
    { name: 'an empty address', hash: '', search: '' },
    { name: 'unrelated parameters', hash: '#section-2', search: '?lang=en' },
    { name: 'a provider error', hash: '#error=access_denied&state=x', search: '' },
  ])('leaves $name alone (null)', ({ hash, search }) => {
    expect(stripUrlTokens({ hash, search })).toBeNull();
  });
});
