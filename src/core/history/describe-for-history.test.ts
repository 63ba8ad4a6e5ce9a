import { describe, expect, it } from 'vitest';
import { compactJwe, compactJws, encodeJson, encodeText, encodeZeros } from '../../../test-support/build-token';
import { decodeToken } from '../decode/decode-token';
import { describeForHistory, MAX_HISTORY_TOKEN_CHARS } from './describe-for-history';

const SEEN = 1_767_261_600_000;
const jws = (payload: unknown) =>
  compactJws({ header: encodeJson({ alg: 'HS256' }), payload: encodeJson(payload), signature: encodeZeros(32) });
const remember = (text: string, label: string | null = null) => describeForHistory(decodeToken(text), label, SEEN);

describe('describeForHistory: what is kept of a token, and only of a token', () => {
  it('a JWS: its text, kind, iss and exp from the payload, the label and when it was seen', () => {
    const token = jws({ iss: 'https://issuer.example', exp: 1_767_265_200, sub: 'u-1' });
    expect(remember(token, 'Authorization header of GET https://api.example/me')).toEqual({
      token,
      label: 'Authorization header of GET https://api.example/me',
      kind: 'JWS',
      iss: 'https://issuer.example',
      exp: 1_767_265_200,
      seenAt: SEEN,
    });
  });

  it('keeps the token without what was pasted around it', () => {
    const token = jws({ sub: 'u-1' });
    expect(remember(`  Bearer ${token}\n`)?.token).toBe(token);
  });

  it('an iss or exp of the wrong JSON type is not kept (RFC 7519 §4.1.1, §4.1.4)', () => {
    expect(remember(jws({ iss: 42, exp: '1767265200' }))).toMatchObject({ iss: null, exp: null });
    const outOfRange = compactJws({
      header: encodeJson({ alg: 'HS256' }),
      payload: encodeText('{"iss":["a"],"exp":1e400}'),
    });
    expect(remember(outOfRange)).toMatchObject({ iss: null, exp: null });
  });

  it('a payload that is not a JSON object gives no iss or exp', () => {
    const token = compactJws({ header: encodeJson({ alg: 'HS256' }), payload: encodeText('iss exp'), signature: 'x' });
    expect(remember(token)).toMatchObject({ kind: 'JWS', iss: null, exp: null });
  });

  it('a JWE is kept with its kind only: its payload is encrypted, and a decrypted one is never read', () => {
    const header = { alg: 'dir', enc: 'A128GCM', iss: 'https://replicated.example' };
    const token = compactJwe({ header, encryptedKey: 0, iv: 12, ciphertext: 32, tag: 16 });
    expect(remember(token)).toEqual({ token, label: null, kind: 'JWE', iss: null, exp: null, seenAt: SEEN });
  });

  it('an SD-JWT: iss and exp from the issuer-signed JWT', () => {
    const token = `${jws({ iss: 'https://vc.example', exp: 1_900_000_000, _sd_alg: 'sha-256' })}~`;
    expect(remember(token)).toMatchObject({ token, kind: 'SD-JWT', iss: 'https://vc.example', exp: 1_900_000_000 });
  });

  it('a JWS JSON serialization is a JWS', () => {
    const json = JSON.stringify({
      payload: encodeJson({ iss: 'x' }),
      protected: encodeJson({ alg: 'HS256' }),
      signature: 'AA',
    });
    expect(remember(json)).toMatchObject({ kind: 'JWS', iss: 'x' });
  });

  it.each([
    ['empty text', ''],
    ['a sentence', 'not a token at all'],
    ['JSON claims on their own', '{"iss":"https://issuer.example"}'],
  ])('%s is not remembered', (_name, text) => {
    expect(remember(text)).toBeNull();
  });

  it(`a token of more than ${MAX_HISTORY_TOKEN_CHARS.toLocaleString('en')} characters is not remembered`, () => {
    const within = jws({ pad: 'a'.repeat(MAX_HISTORY_TOKEN_CHARS / 2) });
    const over = jws({ pad: 'a'.repeat(MAX_HISTORY_TOKEN_CHARS) });
    expect(within.length).toBeLessThanOrEqual(MAX_HISTORY_TOKEN_CHARS);
    expect(remember(within)).not.toBeNull();
    expect(remember(over)).toBeNull();
  });
});
