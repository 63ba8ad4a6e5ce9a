import { describe, expect, it } from 'vitest';
import { inspect } from '../inspect/inspect';
import { generateKey, type GeneratedKey } from '../keygen';
import { issueToken } from './issue-token';
import { listIssueAlgorithms } from './list-issue-algorithms';
import type { IssueSerialization } from './types';

/*
 * Every JWE alg the issuer offers encrypts (RFC 7516 §5.1), every enc at least once, in compact and in a
 * JSON serialization (§7.1, §7.2), and the decoder opens the token with the result's `decryptionKey`
 * to the very claims given. Recipient keys are pasted as public keys; the private key then comes from
 * the user for the round trip. Last, sign-then-encrypt: two layers, decrypted and verified.
 */

const NOW = 1_700_000_000;
const CLAIMS = { iss: 'https://issuer.example', sub: 'user-42', ünï: 'cödé', iat: NOW, exp: NOW + 300 };
const PASSWORD = 'correct horse battery staple';

const rsa = await generateKey('RSA-2048', 'enc');
const p256 = await generateKey('EC-P-256', 'enc');
const p384 = await generateKey('EC-P-384', 'enc');
const p521 = await generateKey('EC-P-521', 'enc');
const x25519 = await generateKey('X25519');
const oct256 = await generateKey('oct-256', 'enc');
const oct512 = await generateKey('oct-512', 'enc');
const secret = (bytes: number) => Buffer.alloc(bytes, 7).toString('base64url');

interface Row {
  alg: string;
  enc: string;
  /** Recipient key, as pasted: public PEM or JWK, or a secret (base64url) or password (UTF-8). */
  key: GeneratedKey | { secret: string; encoding: 'base64url' | 'utf8' };
  json: 'flattened' | 'general';
}

const ALL_ROWS: Row[] = [
  { alg: 'RSA1_5', enc: 'A192CBC-HS384', key: rsa, json: 'flattened' },
  { alg: 'RSA-OAEP', enc: 'A128GCM', key: rsa, json: 'general' },
  { alg: 'RSA-OAEP-256', enc: 'A256GCM', key: rsa, json: 'flattened' },
  { alg: 'RSA-OAEP-384', enc: 'A128CBC-HS256', key: rsa, json: 'general' },
  { alg: 'RSA-OAEP-512', enc: 'A256CBC-HS512', key: rsa, json: 'flattened' },
  { alg: 'A128KW', enc: 'A128CBC-HS256', key: { secret: secret(16), encoding: 'base64url' }, json: 'general' },
  { alg: 'A192KW', enc: 'A192GCM', key: { secret: secret(24), encoding: 'base64url' }, json: 'general' },
  { alg: 'A256KW', enc: 'A256GCM', key: oct256, json: 'flattened' },
  { alg: 'A128GCMKW', enc: 'A256CBC-HS512', key: { secret: secret(16), encoding: 'base64url' }, json: 'flattened' },
  { alg: 'A192GCMKW', enc: 'A192CBC-HS384', key: { secret: secret(24), encoding: 'base64url' }, json: 'flattened' },
  { alg: 'A256GCMKW', enc: 'A128GCM', key: oct256, json: 'general' },
  { alg: 'dir', enc: 'A256GCM', key: oct256, json: 'flattened' },
  { alg: 'dir', enc: 'A256CBC-HS512', key: oct512, json: 'general' },
  { alg: 'ECDH-ES', enc: 'A256GCM', key: p256, json: 'flattened' },
  { alg: 'ECDH-ES', enc: 'A128CBC-HS256', key: x25519, json: 'general' },
  { alg: 'ECDH-ES+A128KW', enc: 'A128GCM', key: p384, json: 'general' },
  { alg: 'ECDH-ES+A192KW', enc: 'A256GCM', key: x25519, json: 'general' },
  { alg: 'ECDH-ES+A256KW', enc: 'A256CBC-HS512', key: p521, json: 'flattened' },
  { alg: 'ECDH-ES+A256KW', enc: 'A256GCM', key: x25519, json: 'flattened' },
  { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', key: { secret: PASSWORD, encoding: 'utf8' }, json: 'flattened' },
  { alg: 'PBES2-HS384+A192KW', enc: 'A256GCM', key: { secret: PASSWORD, encoding: 'utf8' }, json: 'general' },
  { alg: 'PBES2-HS512+A256KW', enc: 'A128CBC-HS256', key: { secret: PASSWORD, encoding: 'utf8' }, json: 'general' },
];
// Every registered alg is offered now (RSA1_5 and 192-bit AES on the second engine); kept as a check in case one is not.
const ROWS = ALL_ROWS.filter((row) => listIssueAlgorithms().encryptAlg.includes(row.alg));

/** Public keys alternate between SPKI PEM and public JWK; secrets go in as their text. */
function recipientOf(row: Row, index: number) {
  if ('secret' in row.key) return { key: row.key.secret, secretEncoding: row.key.encoding };
  const generated = row.key;
  if (generated.publicJwk === null) return { key: JSON.stringify(generated.privateJwk) };
  return { key: index % 2 === 0 ? (generated.spkiPem ?? '') : JSON.stringify(generated.publicJwk) };
}

/** What the user pastes into the decoder: the private key they hold, or the result's own key text. */
function decoderKeyFor(row: Row, issued: string | null): string | null {
  if ('secret' in row.key || row.key.publicJwk === null) return issued;
  return row.key.pkcs8Pem;
}

const CASES = ROWS.flatMap((row, index) =>
  (['compact', row.json] as IssueSerialization[]).map((serialization) => ({ ...row, index, serialization })),
);

describe('issueToken encrypts with every offered alg and enc, and the decoder decrypts it (RFC 7516 §5.1, §5.2)', () => {
  it('covers every offered alg and enc (RFC 7518 §4.1, §5.1)', () => {
    const offered = listIssueAlgorithms();
    expect(new Set(ROWS.map((row) => row.alg))).toEqual(new Set(offered.encryptAlg));
    expect(new Set(ROWS.map((row) => row.enc))).toEqual(new Set(offered.encryptEnc));
  });

  it.each(CASES)('$alg + $enc, $serialization', async (row) => {
    const result = await issueToken({
      header: {},
      claims: CLAIMS,
      mode: 'encrypt',
      serialization: row.serialization,
      encryption: { alg: row.alg, enc: row.enc, ...recipientOf(row, row.index) },
      now: NOW,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    expect(result.format).toBe(row.serialization === 'compact' ? 'jwe-compact' : 'jwe-json');
    expect(result.verificationKey).toBe('');
    // A public recipient key gives no decryption key; a shared secret or password comes back.
    expect(result.decryptionKey === null).toBe(!('secret' in row.key) && row.key.publicJwk !== null);
    const decryptionKey = decoderKeyFor(row, result.decryptionKey) ?? '';
    const report = await inspect(result.token, { decryptionKey, now: NOW });
    expect(report.decryption).toBe('decrypted');
    expect(report.payload?.json).toEqual(CLAIMS);
    expect(report.layers[0]?.header).toMatchObject({ alg: row.alg, enc: row.enc });
  });

  it('gives back the recipient’s private key when that was pasted, its kid the thumbprint (RFC 7638)', async () => {
    const result = await issueToken({
      header: {},
      claims: CLAIMS,
      mode: 'encrypt',
      serialization: 'compact',
      encryption: { alg: 'ECDH-ES+A128KW', enc: 'A128GCM', key: p256.pkcs8Pem ?? '' },
    });
    if (!result.ok) throw new Error('not issued');
    expect(JSON.parse(result.decryptionKey ?? '')).toEqual({ ...p256.privateJwk, alg: 'ECDH-ES+A128KW' });
    const report = await inspect(result.token, { decryptionKey: result.decryptionKey ?? '' });
    expect(report.layers[0]?.header).toMatchObject({ kid: p256.kid });
    expect(report.decryption).toBe('decrypted');
  });

  it('uses the chosen p2c, 10,000 by default (RFC 7518 §4.8.1.2)', async () => {
    const encrypt = (p2c?: number) =>
      issueToken({
        header: {},
        claims: CLAIMS,
        mode: 'encrypt',
        serialization: 'compact',
        encryption: { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', key: PASSWORD, ...(p2c === undefined ? {} : { p2c }) },
      });
    const [byDefault, chosen] = await Promise.all([encrypt(), encrypt(2_000)]);
    if (!byDefault.ok || !chosen.ok) throw new Error('not issued');
    expect((await inspect(byDefault.token)).layers[0]?.header).toMatchObject({ p2c: 10_000 });
    expect((await inspect(chosen.token)).layers[0]?.header).toMatchObject({ p2c: 2_000 });
  });
});

describe('issueToken signs, then encrypts with "cty": "JWT" (RFC 7519 §5.2, §11.2)', () => {
  it.each(['compact', 'flattened', 'general'] as const)(
    'ES256 inside RSA-OAEP-256 + A256GCM, %s',
    async (serialization) => {
      const signer = await generateKey('EC-P-256');
      const result = await issueToken({
        header: { typ: 'JWT' },
        claims: CLAIMS,
        mode: 'sign-then-encrypt',
        serialization,
        signing: { alg: 'ES256', key: signer.pkcs8Pem ?? '' },
        encryption: { alg: 'RSA-OAEP-256', enc: 'A256GCM', key: rsa.pkcs8Pem ?? '' },
        now: NOW,
      });
      if (!result.ok) throw new Error(JSON.stringify(result.findings));
      const report = await inspect(result.token, {
        verificationKey: result.verificationKey,
        decryptionKey: result.decryptionKey ?? '',
        now: NOW,
      });
      expect(report.layers.map((layer) => layer.kind)).toEqual(['jwe', 'jws']);
      expect(report.layers[0]?.header).toEqual({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT', kid: rsa.kid });
      expect(report.layers[1]?.format).toBe('jws-compact');
      expect(report.decryption).toBe('decrypted');
      expect(report.signature).toBe('valid');
      expect(report.payload?.json).toEqual(CLAIMS);
    },
  );

  it('HS256 inside dir + A128CBC-HS256, both secrets handed back', async () => {
    const result = await issueToken({
      header: {},
      claims: CLAIMS,
      mode: 'sign-then-encrypt',
      serialization: 'compact',
      signing: { alg: 'HS256', key: 'an HS256 secret of at least 32 bytes!!' },
      encryption: { alg: 'dir', enc: 'A128CBC-HS256', key: JSON.stringify(oct256.privateJwk) },
      now: NOW,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    const report = await inspect(result.token, {
      verificationKey: result.verificationKey,
      decryptionKey: result.decryptionKey ?? '',
    });
    expect([report.decryption, report.signature]).toEqual(['decrypted', 'valid']);
  });
});
