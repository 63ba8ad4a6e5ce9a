import jose from 'node-jose';
import { describe, expect, it } from 'vitest';
import { generateKey } from '../keygen';
import { issueToken } from './issue-token';
import type { IssueRequest, IssueSerialization } from './types';

/*
 * Tokens made here verify and decrypt with node-jose 2, an implementation independent of jose (RFC 7515
 * §5.2, RFC 7516 §5.2). node-jose has no OKP keys, so EdDSA, Ed25519 and X25519 are left out here; the
 * round trips through inspect() cover them.
 */

const CLAIMS = { iss: 'https://issuer.example', sub: 'user-42', exp: 1_900_000_000 };
const HMAC_SECRET = 'a shared HMAC secret that is at least 32 bytes long';
const PASSWORD = 'Thus from my lips, by yours, my sin is purged.';

const rsa = await generateKey('RSA-2048');
const p256 = await generateKey('EC-P-256');
// Keys for encryption say "use": "enc", and node-jose, like checkKeyFits, honours "use" (RFC 7517 §4.2).
const rsaEnc = await generateKey('RSA-2048', 'enc');
const p256Enc = await generateKey('EC-P-256', 'enc');
const oct256 = await generateKey('oct-256', 'enc');
const secretJwk = (text: string) => ({ kty: 'oct', k: Buffer.from(text).toString('base64url') });

interface Row {
  alg: string;
  enc?: string;
  /** The key text given to issueToken. */
  key: string;
  /** The same key, as a JWK for node-jose (private, to decrypt). */
  jwk: object;
  json: 'flattened' | 'general';
}

const SIGN_ROWS: Row[] = [
  { alg: 'HS256', key: HMAC_SECRET, jwk: secretJwk(HMAC_SECRET), json: 'general' },
  { alg: 'RS256', key: rsa.pkcs8Pem ?? '', jwk: rsa.privateJwk, json: 'flattened' },
  { alg: 'PS256', key: JSON.stringify(rsa.privateJwk), jwk: rsa.privateJwk, json: 'general' },
  { alg: 'ES256', key: p256.pkcs8Pem ?? '', jwk: p256.privateJwk, json: 'flattened' },
];

const ENCRYPT_ROWS: Row[] = [
  { alg: 'RSA-OAEP-256', enc: 'A256GCM', key: rsaEnc.spkiPem ?? '', jwk: rsaEnc.privateJwk, json: 'flattened' },
  {
    alg: 'A256KW',
    enc: 'A128CBC-HS256',
    key: JSON.stringify(oct256.privateJwk),
    jwk: oct256.privateJwk,
    json: 'general',
  },
  { alg: 'dir', enc: 'A256GCM', key: JSON.stringify(oct256.privateJwk), jwk: oct256.privateJwk, json: 'flattened' },
  {
    alg: 'ECDH-ES+A128KW',
    enc: 'A128GCM',
    key: JSON.stringify(p256Enc.publicJwk),
    jwk: p256Enc.privateJwk,
    json: 'general',
  },
  { alg: 'PBES2-HS256+A128KW', enc: 'A128CBC-HS256', key: PASSWORD, jwk: secretJwk(PASSWORD), json: 'flattened' },
];

const cases = (rows: Row[]) =>
  rows.flatMap((row) =>
    (['compact', row.json] as IssueSerialization[]).map((serialization) => ({ ...row, serialization })),
  );

async function issue(request: Omit<IssueRequest, 'header' | 'claims'>): Promise<string> {
  const result = await issueToken({ header: { typ: 'JWT' }, claims: CLAIMS, ...request });
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.token;
}

/** node-jose takes compact text, or the JSON serialization as an object. */
const forNodeJose = (token: string): string | object => (token.startsWith('{') ? (JSON.parse(token) as object) : token);

describe('node-jose verifies what issueToken signs (RFC 7515 §5.2)', () => {
  it.each(cases(SIGN_ROWS))('$alg, $serialization', async ({ alg, key, jwk, serialization }) => {
    const token = await issue({ mode: 'sign', serialization, signing: { alg, key } });
    const verified = await jose.JWS.createVerify(await jose.JWK.asKey(jwk)).verify(forNodeJose(token) as string);
    expect(verified.header).toMatchObject({ alg, typ: 'JWT' });
    expect(JSON.parse(verified.payload.toString('utf8'))).toEqual(CLAIMS);
  });
});

describe('node-jose decrypts what issueToken encrypts (RFC 7516 §5.2)', () => {
  it.each(cases(ENCRYPT_ROWS))('$alg + $enc, $serialization', async ({ alg, enc, key, jwk, serialization }) => {
    const token = await issue({ mode: 'encrypt', serialization, encryption: { alg, enc: enc ?? '', key } });
    const decrypted = await jose.JWE.createDecrypt(await jose.JWK.asKey(jwk)).decrypt(forNodeJose(token) as string);
    expect(decrypted.header).toMatchObject({ alg, enc });
    expect(JSON.parse(decrypted.plaintext.toString('utf8'))).toEqual(CLAIMS);
  });

  it('a nested JWT: node-jose decrypts, then verifies the inner JWS (RFC 7519 §5.2)', async () => {
    const token = await issue({
      mode: 'sign-then-encrypt',
      serialization: 'compact',
      signing: { alg: 'ES256', key: p256.pkcs8Pem ?? '' },
      encryption: { alg: 'RSA-OAEP-256', enc: 'A256GCM', key: rsaEnc.spkiPem ?? '' },
    });
    const outer = await jose.JWE.createDecrypt(await jose.JWK.asKey(rsaEnc.privateJwk)).decrypt(token);
    expect(outer.header).toMatchObject({ cty: 'JWT' });
    const inner = await jose.JWS.createVerify(await jose.JWK.asKey(p256.publicJwk ?? {})).verify(
      outer.plaintext.toString('utf8'),
    );
    expect(JSON.parse(inner.payload.toString('utf8'))).toEqual(CLAIMS);
  });
});
