import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeToken } from '../decode/decode-token';
import { inspect } from '../inspect/inspect';
import type { SecretEncoding } from '../inspect/types';
import { encodeJson, hs256Jws } from '../../../test-support/build-token';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import { issueToken } from './issue-token';
import { findResignKey } from './resign-key';

/*
 * "Edit and re-sign" signs again with the key that made the token when the user has loaded it: a
 * private key or secret in the verification key box that verifies the token (RFC 7515 §5.2) and can
 * sign with its alg (§5.1). Tokens are signed with node:crypto, independently of the code under test.
 */

const NOW = 1_700_000_000;
const CLAIMS = { iss: 'https://issuer.example', sub: 'user-42', exp: NOW - 60 };
const SECRET = 'a-long-random-shared-secret-of-64-characters-for-every-HMAC-alg!';
const rsa = pairOf('rsa-2048');
const ec = pairOf('P-256');
const otherRsa = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** A compact JWS signed by node:crypto: RS256 (PKCS#1 v1.5) or ES256 (raw r||s, RFC 7518 §3.4). */
function signJws(alg: 'RS256' | 'ES256', key: KeyObject, header: Record<string, unknown> = {}): string {
  const input = `${encodeJson({ alg, typ: 'JWT', ...header })}.${encodeJson(CLAIMS)}`;
  const options = alg === 'ES256' ? { key, dsaEncoding: 'ieee-p1363' as const } : key;
  return `${input}.${sign('sha256', Buffer.from(input), options).toString('base64url')}`;
}

const jwkOf = (key: KeyObject, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ ...key.export({ format: 'jwk' }), ...extra });

async function find(token: string, keyText: string, secretEncoding: SecretEncoding = 'utf8') {
  return findResignKey({ signed: decodeToken(token), keyText, secretEncoding });
}

/** Signs the token's claims again with the found key text; the result must verify under `publicKey`. */
async function resignVerifies(alg: string, keyText: string, publicKey: string): Promise<string> {
  const issued = await issueToken({
    header: { typ: 'JWT' },
    claims: CLAIMS,
    mode: 'sign',
    serialization: 'compact',
    signing: { alg, key: keyText },
    now: NOW,
  });
  if (!issued.ok) throw new Error(issued.findings.map((f) => f.message).join('; '));
  return (await inspect(issued.token, { verificationKey: publicKey, now: NOW })).signature;
}

describe('findResignKey: the loaded key that made this token, ready to sign again', () => {
  it('a private RSA JWK whose public half verifies the token is its key, and signs a token that verifies', async () => {
    const found = await find(signJws('RS256', rsa.privateKey), jwkOf(rsa.privateKey));
    expect(found?.label).toMatch(/RSA private key/);
    expect(JSON.parse(found?.text ?? '{}')).toMatchObject({ kty: 'RSA', d: expect.any(String) });
    expect(await resignVerifies('RS256', found?.text ?? '', pemOf(rsa.publicKey, 'spki'))).toBe('valid');
  });

  it('a PKCS#8 EC private key is its key too, handed over as a private JWK', async () => {
    const found = await find(signJws('ES256', ec.privateKey), pemOf(ec.privateKey, 'pkcs8'));
    expect(JSON.parse(found?.text ?? '{}')).toMatchObject({ kty: 'EC', crv: 'P-256', d: expect.any(String) });
    expect(await resignVerifies('ES256', found?.text ?? '', pemOf(ec.publicKey, 'spki'))).toBe('valid');
  });

  it('a public key verifies the token but cannot sign: no key', async () => {
    const token = signJws('RS256', rsa.privateKey);
    expect((await inspect(token, { verificationKey: pemOf(rsa.publicKey, 'spki'), now: NOW })).signature).toBe('valid');
    expect(await find(token, pemOf(rsa.publicKey, 'spki'))).toBeNull();
    expect(await find(token, jwkOf(rsa.publicKey))).toBeNull();
  });

  it('a private key that does not verify the token is another issuer’s: no key', async () => {
    expect(await find(signJws('RS256', rsa.privateKey), jwkOf(otherRsa.privateKey))).toBeNull();
    expect(await find(signJws('RS256', rsa.privateKey), pemOf(ec.privateKey, 'pkcs8'))).toBeNull();
  });

  it('from a JWK Set, the private key that verifies, not the first one', async () => {
    const keys = { keys: [JSON.parse(jwkOf(otherRsa.privateKey)), JSON.parse(jwkOf(rsa.privateKey, { kid: 'mine' }))] };
    const found = await find(signJws('RS256', rsa.privateKey, { kid: 'mine' }), JSON.stringify(keys));
    expect(JSON.parse(found?.text ?? '{}')).toMatchObject({
      kid: 'mine',
      n: rsa.privateKey.export({ format: 'jwk' }).n,
    });
  });

  it('an HMAC secret that verifies an HS256 token is its key, as it was typed', async () => {
    const token = hs256Jws({ alg: 'HS256', typ: 'JWT' }, JSON.stringify(CLAIMS), SECRET);
    const found = await find(token, `  ${SECRET}\n`);
    expect(found?.text).toBe(SECRET);
    expect(found?.label).toMatch(/secret/i);
    expect(await resignVerifies('HS256', found?.text ?? '', SECRET)).toBe('valid');
  });

  it('another secret, or an RSA private key for an HS256 token, is not its key', async () => {
    const token = hs256Jws({ alg: 'HS256', typ: 'JWT' }, JSON.stringify(CLAIMS), SECRET);
    expect(await find(token, `${SECRET}-other`)).toBeNull();
    expect(await find(token, jwkOf(rsa.privateKey))).toBeNull();
    expect(await find(token, '')).toBeNull();
  });

  it('a secret read as base64 goes over as an oct JWK, since the issuer reads secrets as UTF-8', async () => {
    const bytes = Buffer.from(SECRET, 'utf8');
    const token = hs256Jws({ alg: 'HS256', typ: 'JWT' }, JSON.stringify(CLAIMS), bytes);
    const found = await find(token, bytes.toString('base64'), 'base64');
    expect(JSON.parse(found?.text ?? '{}')).toEqual({ kty: 'oct', k: bytes.toString('base64url') });
    expect(await resignVerifies('HS256', found?.text ?? '', SECRET)).toBe('valid');
  });

  it('an unsecured token (alg none) has no key to find', async () => {
    const token = `${encodeJson({ alg: 'none' })}.${encodeJson(CLAIMS)}.`;
    expect(await find(token, SECRET)).toBeNull();
  });
});
