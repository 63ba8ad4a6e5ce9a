import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import jose from 'node-jose';
import { describe, expect, it } from 'vitest';
import { inspect } from '../index';
import { tamperCompact } from '../../../test-support/tamper';

/*
 * JWEs whose alg or enc WebCrypto lacks (RSA1_5, 192-bit AES), made by node-jose 2 — an implementation
 * independent of JWT Lens — open in inspect() through the second engine (RFC 7516 §5.2), and a changed
 * tag, ciphertext or encrypted key fails with decryption-failed, never with a reason of its own.
 */

const PAYLOAD = JSON.stringify({ iss: 'https://issuer.example', sub: 'user-42' });
const PASSWORD = 'Thus from my lips, by yours, my sin is purged.';

const jwkOf = (key: KeyObject) => ({ ...key.export({ format: 'jwk' }), use: 'enc' });
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey;
const octJwk = (bytes: number) => ({
  kty: 'oct',
  k: Buffer.from(Array.from({ length: bytes }, (_, i) => (i * 37 + 11) % 256)).toString('base64url'),
});

interface Row {
  alg: string;
  enc: string;
  /** The key node-jose encrypts to. */
  jwk: object;
  /** What the user pastes into "Decryption key". */
  decryptionKey: string;
  zip?: boolean;
}

const ROWS: Row[] = [
  {
    alg: 'RSA1_5',
    enc: 'A128CBC-HS256',
    jwk: jwkOf(rsa),
    decryptionKey: String(rsa.export({ type: 'pkcs8', format: 'pem' })),
  },
  { alg: 'RSA1_5', enc: 'A192GCM', jwk: jwkOf(rsa), decryptionKey: JSON.stringify(jwkOf(rsa)) },
  { alg: 'RSA-OAEP-256', enc: 'A192CBC-HS384', jwk: jwkOf(rsa), decryptionKey: JSON.stringify(jwkOf(rsa)) },
  { alg: 'A192KW', enc: 'A192CBC-HS384', jwk: octJwk(24), decryptionKey: JSON.stringify(octJwk(24)) },
  { alg: 'A192KW', enc: 'A128GCM', jwk: octJwk(24), decryptionKey: JSON.stringify(octJwk(24)) },
  { alg: 'A256KW', enc: 'A192GCM', jwk: octJwk(32), decryptionKey: JSON.stringify(octJwk(32)) },
  { alg: 'A192GCMKW', enc: 'A192GCM', jwk: octJwk(24), decryptionKey: JSON.stringify(octJwk(24)) },
  { alg: 'dir', enc: 'A192GCM', jwk: octJwk(24), decryptionKey: JSON.stringify(octJwk(24)) },
  { alg: 'dir', enc: 'A192CBC-HS384', jwk: octJwk(48), decryptionKey: JSON.stringify(octJwk(48)) },
  { alg: 'ECDH-ES+A192KW', enc: 'A256GCM', jwk: jwkOf(p256), decryptionKey: JSON.stringify(jwkOf(p256)) },
  { alg: 'ECDH-ES', enc: 'A192GCM', jwk: jwkOf(p384), decryptionKey: JSON.stringify(jwkOf(p384)) },
  {
    alg: 'PBES2-HS384+A192KW',
    enc: 'A192CBC-HS384',
    jwk: { kty: 'oct', k: Buffer.from(PASSWORD).toString('base64url') },
    decryptionKey: PASSWORD,
  },
  { alg: 'A192KW', enc: 'A192GCM', jwk: octJwk(24), decryptionKey: JSON.stringify(octJwk(24)), zip: true },
];

async function encryptWithNodeJose(row: Row): Promise<string> {
  const key = await jose.JWK.asKey(row.jwk);
  const fields = { alg: row.alg, enc: row.enc, ...(row.zip ? { zip: 'DEF' } : {}) };
  return String(await jose.JWE.createEncrypt({ format: 'compact', fields }, key).update(PAYLOAD).final());
}

const tokens = await Promise.all(ROWS.map(async (row) => ({ ...row, token: await encryptWithNodeJose(row) })));
const title = (row: Row) => `${row.alg} + ${row.enc}${row.zip ? ' (zip DEF)' : ''}`;

describe('node-jose JWEs decrypt in inspect (RFC 7516 §5.2)', () => {
  it.each(tokens.map((row) => [title(row), row] as const))('%s', async (_title, row) => {
    const result = await inspect(row.token, { decryptionKey: row.decryptionKey });
    const codes = result.findings.map((f) => f.code);
    expect(result.decryption).toBe('decrypted');
    expect(result.payload?.text).toBe(PAYLOAD);
    expect(codes).not.toContain('alg-unsupported');
    // RSA1_5 always says it is deprecated, and only RSA1_5 does (RFC 8725 §3.2).
    expect(codes.includes('alg-deprecated')).toBe(row.alg === 'RSA1_5');
  });
});

describe('a changed part fails as decryption-failed (RFC 7516 §11.5)', () => {
  const changes = tokens.flatMap((row) =>
    [
      ['encrypted key', 1],
      ['ciphertext', 3],
      ['tag', 4],
    ]
      .filter(([, index]) => row.token.split('.')[index as number] !== '')
      .map(([part, index]) => [`${title(row)}: ${String(part)}`, row, index as number] as const),
  );

  it.each(changes)('%s', async (_title, row, index) => {
    const result = await inspect(tamperCompact(row.token, index), { decryptionKey: row.decryptionKey });
    expect(result.decryption).toBe('failed');
    expect(result.findings.map((f) => f.code)).toContain('decryption-failed');
    expect(result.payload?.text ?? null).not.toBe(PAYLOAD);
  });

  it('a wrong 192-bit key fails the same way', async () => {
    const row = tokens.find((r) => r.alg === 'A192KW' && r.enc === 'A192CBC-HS384');
    const wrongKey = JSON.stringify({ kty: 'oct', k: Buffer.alloc(24, 7).toString('base64url') });
    const result = await inspect(row?.token ?? '', { decryptionKey: wrongKey });
    expect(result.decryption).toBe('failed');
    expect(result.findings.map((f) => f.code)).toContain('decryption-failed');
  });
});
