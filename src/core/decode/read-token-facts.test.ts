import { describe, expect, it } from 'vitest';
import { compactJwe, compactJws, encodeJson } from '../../../test-support/build-token';
import { decodeToken } from './decode-token';
import { readTokenFacts } from './read-token-facts';

const facts = (token: string) => readTokenFacts(decodeToken(token));

describe('readTokenFacts', () => {
  it('reads kind, alg and kid from the header and iss and exp from the payload', () => {
    const token = compactJws({
      header: encodeJson({ alg: 'RS256', kid: 'k1' }),
      payload: encodeJson({ iss: 'https://op.example', exp: 1_767_225_600 }),
    });
    expect(facts(token)).toEqual({
      kind: 'JWS',
      alg: 'RS256',
      kid: 'k1',
      iss: 'https://op.example',
      exp: 1_767_225_600,
    });
  });

  it('takes a member only when it has its JSON type', () => {
    const token = compactJws({
      header: encodeJson({ alg: 'HS256', kid: 7 }),
      payload: encodeJson({ iss: ['a'], exp: '1767225600' }),
    });
    expect(facts(token)).toEqual({ kind: 'JWS', alg: 'HS256', kid: null, iss: null, exp: null });
  });

  it('reads no claims from a JWE and no kind from what is not a token', () => {
    const jwe = compactJwe({
      header: { alg: 'dir', enc: 'A128GCM', kid: 'e1' },
      encryptedKey: 0,
      iv: 12,
      ciphertext: 24,
      tag: 16,
    });
    expect(facts(jwe)).toEqual({ kind: 'JWE', alg: 'dir', kid: 'e1', iss: null, exp: null });
    expect(facts('not a token').kind).toBeNull();
  });
});
