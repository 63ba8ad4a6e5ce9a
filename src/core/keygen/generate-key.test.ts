import { calculateJwkThumbprint } from 'jose';
import { describe, expect, it } from 'vitest';
import { parseKeyInput } from '../keys';
import { generateKey } from './generate-key';
import type { KeyKind, KeyPurpose } from './key-kinds';
import type { GeneratedKey } from './types';

/*
 * Each kind of key comes out with the right type, curve or size (RFC 7518 §6, RFC 8037 §2), its kid the
 * RFC 7638 thumbprint, and PEMs that read back (RFC 7468) to the same key. RSA-4096 is slow to
 * generate, so each key is made once.
 */

type Row = [
  kind: KeyKind,
  purpose: KeyPurpose,
  kty: string,
  size: { crv: string } | { bits: number },
  algorithms: string[],
];

const ROWS: Row[] = [
  ['RSA-2048', 'sig', 'RSA', { bits: 2048 }, ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512']],
  ['RSA-3072', 'enc', 'RSA', { bits: 3072 }, ['RSA1_5', 'RSA-OAEP', 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512']],
  ['RSA-4096', 'sig', 'RSA', { bits: 4096 }, ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512']],
  ['EC-P-256', 'sig', 'EC', { crv: 'P-256' }, ['ES256']],
  ['EC-P-384', 'enc', 'EC', { crv: 'P-384' }, ['ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW']],
  ['EC-P-521', 'sig', 'EC', { crv: 'P-521' }, ['ES512']],
  ['Ed25519', 'sig', 'OKP', { crv: 'Ed25519' }, ['EdDSA', 'Ed25519']],
  ['X25519', 'enc', 'OKP', { crv: 'X25519' }, ['ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW']],
  ['oct-256', 'sig', 'oct', { bits: 256 }, ['HS256']],
  ['oct-256', 'enc', 'oct', { bits: 256 }, ['A256KW', 'A256GCMKW', 'dir + A256GCM', 'dir + A128CBC-HS256']],
  ['oct-384', 'sig', 'oct', { bits: 384 }, ['HS256', 'HS384']],
  ['oct-384', 'enc', 'oct', { bits: 384 }, ['dir + A192CBC-HS384']],
  ['oct-512', 'sig', 'oct', { bits: 512 }, ['HS256', 'HS384', 'HS512']],
  ['oct-512', 'enc', 'oct', { bits: 512 }, ['dir + A256CBC-HS512']],
];

const generated = new Map<string, GeneratedKey>(
  await Promise.all(
    ROWS.map(async ([kind, purpose]) => [`${kind} ${purpose}`, await generateKey(kind, purpose)] as const),
  ),
);
const keyOf = (kind: KeyKind, purpose: KeyPurpose): GeneratedKey => {
  const key = generated.get(`${kind} ${purpose}`);
  if (key === undefined) throw new Error('not generated');
  return key;
};

describe('generateKey makes each kind of key (RFC 7518 §6, RFC 8037 §2)', () => {
  it.each(ROWS)('%s for %s', async (kind, purpose, kty, size, algorithms) => {
    const key = keyOf(kind, purpose);
    expect(key).toMatchObject({ kind, purpose, algorithms });
    expect(key.privateJwk).toMatchObject({ kty, kid: key.kid, use: purpose });
    expect(key.kid).toBe(key.thumbprint);
    const parsed = await parseKeyInput(JSON.stringify(key.privateJwk));
    expect(parsed.candidates[0]).toMatchObject({ kty, isPrivate: true, ...size });
    // "alg" only where a single algorithm fits, so it pins without guessing (RFC 8725 §3.1).
    const alg = key.privateJwk.alg;
    expect(alg === undefined ? algorithms.length !== 1 : algorithms.length === 1).toBe(true);
  });

  it.each(ROWS.filter(([, , kty]) => kty !== 'oct'))(
    '%s: RFC 7638 kid, JWKS and PEMs that read back',
    async (kind, purpose) => {
      const key = keyOf(kind, purpose);
      const publicJwk = key.publicJwk ?? {};
      expect(key.kid).toBe(await calculateJwkThumbprint({ ...publicJwk }));
      expect(publicJwk).not.toHaveProperty('d');
      expect(JSON.parse(key.publicJwks ?? '')).toEqual({ keys: [publicJwk] });
      for (const [pem, isPrivate] of [
        [key.spkiPem, false],
        [key.pkcs8Pem, true],
      ] as const) {
        const [candidate] = (await parseKeyInput(pem ?? '')).candidates;
        expect(candidate?.isPrivate).toBe(isPrivate);
        expect(await calculateJwkThumbprint({ ...candidate?.publicJwk })).toBe(key.kid);
      }
    },
  );

  it.each(ROWS.filter(([, , kty]) => kty === 'oct'))('%s for %s: a secret only, no public forms', (kind, purpose) => {
    const key = keyOf(kind, purpose);
    expect([key.publicJwk, key.publicJwks, key.spkiPem, key.pkcs8Pem]).toEqual([null, null, null, null]);
  });

  it('labels say what the key is for', () => {
    expect(keyOf('EC-P-256', 'sig').label).toBe('EC P-256 key pair for signing (ES256)');
    expect(keyOf('oct-512', 'enc').label).toBe('512-bit random secret for encryption (dir + A256CBC-HS512)');
  });

  it.each([
    ['Ed25519', 'enc'],
    ['X25519', 'sig'],
  ] as const)('refuses %s for %s', async (kind, purpose) => {
    await expect(generateKey(kind, purpose)).rejects.toThrow(RangeError);
  });
});
