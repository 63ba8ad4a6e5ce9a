import jose from 'node-jose';
import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../findings/catalogue';
import { inspect, type InspectOptions } from '../index';
import { tamperCompact, tamperJson } from '../../../test-support/tamper';

/*
 * JWEs made by node-jose 2 (an implementation independent of jose) decrypt here, and a copy with one
 * character changed in any part never does (RFC 7516 §5.2, §11.5). Every key management algorithm that
 * WebCrypto runs appears once, every content encryption at least twice; each token is tried in compact
 * and in one JSON serialization. Keys are pasted as a user has them: PEM (PKCS#1, SEC1), JWK, a base64url
 * secret, a password. Last, a JWT node-jose signs and then encrypts with "cty": "JWT" (RFC 7519 §5.2).
 */

type KeyForm = 'PEM' | 'JWK' | 'base64url secret' | 'password';
const PLAINTEXT = 'Ünïcödé plaintext from node-jose';
const PASSWORD = 'Thus from my lips, by yours, my sin is purged.';

const serialize = (out: unknown) => (typeof out === 'string' ? out : JSON.stringify(out));
const rsa = await jose.JWK.createKey('RSA', 2048, {});
const password = await jose.JWK.asKey({ kty: 'oct', k: Buffer.from(PASSWORD).toString('base64url') });

interface JweRow {
  alg: string;
  enc: string;
  form: KeyForm;
  json: 'flattened' | 'general';
  key: () => Promise<jose.JWK.Key>;
}

const JWE_ROWS: JweRow[] = [
  { alg: 'RSA-OAEP', enc: 'A128GCM', form: 'PEM', json: 'general', key: async () => rsa },
  { alg: 'RSA-OAEP-256', enc: 'A256CBC-HS512', form: 'JWK', json: 'flattened', key: async () => rsa },
  { alg: 'A128KW', enc: 'A128CBC-HS256', form: 'JWK', json: 'general', key: () => jose.JWK.createKey('oct', 128, {}) },
  {
    alg: 'A256KW',
    enc: 'A256GCM',
    form: 'base64url secret',
    json: 'flattened',
    key: () => jose.JWK.createKey('oct', 256, {}),
  },
  {
    alg: 'A128GCMKW',
    enc: 'A256CBC-HS512',
    form: 'JWK',
    json: 'flattened',
    key: () => jose.JWK.createKey('oct', 128, {}),
  },
  {
    alg: 'A256GCMKW',
    enc: 'A128GCM',
    form: 'base64url secret',
    json: 'general',
    key: () => jose.JWK.createKey('oct', 256, {}),
  },
  { alg: 'dir', enc: 'A128CBC-HS256', form: 'JWK', json: 'flattened', key: () => jose.JWK.createKey('oct', 256, {}) },
  {
    alg: 'dir',
    enc: 'A256GCM',
    form: 'base64url secret',
    json: 'flattened',
    key: () => jose.JWK.createKey('oct', 256, {}),
  },
  { alg: 'ECDH-ES', enc: 'A256GCM', form: 'PEM', json: 'flattened', key: () => jose.JWK.createKey('EC', 'P-256', {}) },
  {
    alg: 'ECDH-ES+A128KW',
    enc: 'A128GCM',
    form: 'JWK',
    json: 'general',
    key: () => jose.JWK.createKey('EC', 'P-384', {}),
  },
  {
    alg: 'ECDH-ES+A256KW',
    enc: 'A128CBC-HS256',
    form: 'PEM',
    json: 'flattened',
    key: () => jose.JWK.createKey('EC', 'P-521', {}),
  },
  { alg: 'PBES2-HS256+A128KW', enc: 'A256CBC-HS512', form: 'password', json: 'general', key: async () => password },
  { alg: 'PBES2-HS512+A256KW', enc: 'A128GCM', form: 'password', json: 'flattened', key: async () => password },
];

/** The private key text a user pastes to decrypt. */
function paste(key: jose.JWK.Key, form: KeyForm): Pick<InspectOptions, 'decryptionKey' | 'secretEncoding'> {
  if (form === 'password') return { decryptionKey: PASSWORD };
  if (form === 'PEM') return { decryptionKey: key.toPEM(true) };
  const jwk = key.toJSON(true) as Record<string, string>;
  if (form === 'base64url secret') return { decryptionKey: jwk.k ?? '', secretEncoding: 'base64url' };
  return { decryptionKey: JSON.stringify(jwk) };
}

async function encryptWithNodeJose(row: JweRow, key: jose.JWK.Key, format: 'compact' | 'flattened' | 'general') {
  const options = { format, contentAlg: row.enc, fields: { alg: row.alg } };
  return serialize(await jose.JWE.createEncrypt(options, key).update(Buffer.from(PLAINTEXT, 'utf8')).final());
}

/**
 * A changed ciphertext, tag or encrypted key fails the tag check (a bad unwrap yields a random key,
 * RFC 7516 §11.5); a changed header breaks its JSON, its kid or epk, or else the AAD.
 */
const HEADER_CODES: FindingCode[] = [
  'decryption-failed',
  'key-not-found',
  'utf8-invalid',
  'json-invalid',
  'epk-invalid',
];
const JWE_TAMPER: Array<[part: string, compactIndex: number, member: string, codes: FindingCode[]]> = [
  ['header', 0, 'protected', HEADER_CODES],
  ['encrypted key', 1, 'encrypted_key', ['decryption-failed']],
  ['iv', 2, 'iv', ['decryption-failed']],
  ['ciphertext', 3, 'ciphertext', ['decryption-failed']],
  ['tag', 4, 'tag', ['decryption-failed']],
];

describe.each(JWE_ROWS.map((row) => [row.alg, row.enc, row.form, row] as const))(
  'node-jose %s with %s, decrypted with a %s (RFC 7516 §5.2)',
  (_alg, _enc, _form, row) => {
    const key = row.key();
    const hasEncryptedKey = row.alg !== 'dir' && row.alg !== 'ECDH-ES';

    it.each(['compact', row.json] as const)('%s serialization decrypts', async (format) => {
      const k = await key;
      const result = await inspect(await encryptWithNodeJose(row, k, format), paste(k, row.form));
      expect(result.decryption).toBe('decrypted');
      expect(result.layers[0]?.entries[0]).toMatchObject({ alg: row.alg, verdict: 'decrypted' });
      expect(result.payload?.text).toBe(PLAINTEXT);
    });

    const tampers = JWE_TAMPER.filter(([part]) => hasEncryptedKey || part !== 'encrypted key');
    it.each((['compact', row.json] as const).flatMap((format) => tampers.map((t) => [format, ...t] as const)))(
      '%s with a changed %s is not decrypted',
      async (format, _part, compactIndex, member, codes) => {
        const k = await key;
        const token = await encryptWithNodeJose(row, k, format);
        const tampered = format === 'compact' ? tamperCompact(token, compactIndex) : tamperJson(token, member);
        const result = await inspect(tampered, paste(k, row.form));
        expect(result.decryption).not.toBe('decrypted');
        expect(result.payload).toBeNull();
        expect(result.findings.map((f) => f.code).filter((code) => codes.includes(code))).not.toEqual([]);
      },
    );
  },
);

describe('a JWT node-jose signs (RS256), then encrypts (RSA-OAEP-256, A256GCM, cty JWT)', () => {
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: 'https://issuer.example', sub: 'frodo', exp: now + 3600, iat: now };
  const made = (async () => {
    const signer = await jose.JWK.createKey('RSA', 2048, {});
    const jws = await jose.JWS.createSign({ format: 'compact', fields: { alg: 'RS256', typ: 'JWT' } }, signer)
      .update(Buffer.from(JSON.stringify(claims)))
      .final();
    const options = { format: 'compact' as const, contentAlg: 'A256GCM', fields: { alg: 'RSA-OAEP-256', cty: 'JWT' } };
    const jwe = await jose.JWE.createEncrypt(options, rsa).update(serialize(jws)).final();
    return { token: serialize(jwe), keys: { decryptionKey: rsa.toPEM(true), verificationKey: signer.toPEM(false) } };
  })();

  it('decrypts, verifies the inner signature and checks its claims: two layers', async () => {
    const { token, keys } = await made;
    const result = await inspect(token, { ...keys, now });
    expect(result.layers.map((l) => [l.kind, l.verdict])).toEqual([
      ['jwe', 'decrypted'],
      ['jws', 'valid'],
    ]);
    expect([result.decryption, result.signature, result.claims]).toEqual(['decrypted', 'valid', 'valid']);
    expect(result.payload?.json).toEqual(claims);
  });

  it.each([
    [3, 'ciphertext'],
    [4, 'tag'],
  ])('with segment %i (%s) changed: decryption failed, nothing inside is trusted', async (index) => {
    const { token, keys } = await made;
    const result = await inspect(tamperCompact(token, index), { ...keys, now });
    expect(result.decryption).toBe('failed');
    expect(result.signature).not.toBe('valid');
    expect(result.layers).toHaveLength(1);
    expect(result.findings.map((f) => f.code)).toContain('decryption-failed');
  });
});
