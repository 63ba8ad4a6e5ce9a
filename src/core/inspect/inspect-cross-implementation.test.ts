import { generateKeyPairSync, sign } from 'node:crypto';
import jose from 'node-jose';
import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../findings/catalogue';
import { inspect, type InspectOptions } from '../index';
import { tamperCompact, tamperJson } from '../../../test-support/tamper';

/*
 * Tokens made by a second, independent JOSE implementation (node-jose 2, built on node:crypto and
 * node-forge, sharing no code with jose) verify and decrypt here, and a copy with one character changed
 * in any part never does. node-jose has no EdDSA, so Ed25519 tokens are assembled by hand with node:crypto
 * (RFC 8037 §3.1). Keys are pasted in the forms a user has: PEM (SPKI, PKCS#1, SEC1), JWK, a base64url
 * secret, a password.
 */

type KeyForm = 'PEM' | 'JWK' | 'base64url secret';
type Format = 'compact' | 'flattened' | 'general';
const FORMATS: Format[] = ['compact', 'flattened', 'general'];
const PAYLOAD = 'Ünïcödé payload from node-jose';

const serialize = (out: unknown) => (typeof out === 'string' ? out : JSON.stringify(out));
const rsa = await jose.JWK.createKey('RSA', 2048, {});
const ec: Record<string, jose.JWK.Key> = {
  'P-256': await jose.JWK.createKey('EC', 'P-256', {}),
  'P-384': await jose.JWK.createKey('EC', 'P-384', {}),
  'P-521': await jose.JWK.createKey('EC', 'P-521', {}),
};

/** The key text a user pastes: the public half for verification, the private one for decryption. */
function paste(
  key: jose.JWK.Key,
  form: KeyForm,
  isPrivate: boolean,
): Pick<InspectOptions, 'secretEncoding'> & { text: string } {
  const jwk = key.toJSON(isPrivate || key.kty === 'oct') as Record<string, string>;
  if (form === 'PEM') return { text: key.toPEM(isPrivate) };
  if (form === 'base64url secret') return { text: jwk.k ?? '', secretEncoding: 'base64url' };
  return { text: JSON.stringify(jwk) };
}

const JWS_ROWS: Array<[alg: string, form: KeyForm, key: () => Promise<jose.JWK.Key>]> = [
  ['HS256', 'JWK', () => jose.JWK.createKey('oct', 256, {})],
  ['HS384', 'base64url secret', () => jose.JWK.createKey('oct', 384, {})],
  ['HS512', 'JWK', () => jose.JWK.createKey('oct', 512, {})],
  ['RS256', 'PEM', async () => rsa],
  ['RS384', 'JWK', async () => rsa],
  ['RS512', 'PEM', async () => rsa],
  ['PS256', 'JWK', async () => rsa],
  ['PS384', 'PEM', async () => rsa],
  ['PS512', 'JWK', async () => rsa],
  ['ES256', 'PEM', async () => ec['P-256'] as jose.JWK.Key],
  ['ES384', 'JWK', async () => ec['P-384'] as jose.JWK.Key],
  ['ES512', 'PEM', async () => ec['P-521'] as jose.JWK.Key],
];

/** A changed payload or signature is a bad signature; a changed header may also break its JSON or kid. */
const JWS_TAMPER: Array<[part: string, compactIndex: number, member: string, codes: FindingCode[]]> = [
  ['header', 0, 'protected', ['signature-invalid', 'key-not-found', 'utf8-invalid', 'json-invalid']],
  ['payload', 1, 'payload', ['signature-invalid']],
  ['signature', 2, 'signature', ['signature-invalid']],
];

async function signWithNodeJose(alg: string, key: jose.JWK.Key, format: Format): Promise<string> {
  const options = format === 'general' ? { fields: { alg } } : { format, fields: { alg } };
  return serialize(await jose.JWS.createSign(options, key).update(Buffer.from(PAYLOAD, 'utf8')).final());
}

describe.each(JWS_ROWS)('node-jose %s, verified with a %s (RFC 7515 §5.2)', (alg, form, makeKey) => {
  const key = makeKey();

  it.each(FORMATS)('%s serialization verifies', async (format) => {
    const k = await key;
    const { text, ...options } = paste(k, form, false);
    const result = await inspect(await signWithNodeJose(alg, k, format), { verificationKey: text, ...options });
    expect(result.signature).toBe('valid');
    expect(result.findings.map((f) => f.code)).toContain('signature-valid');
    expect(result.payload?.text).toBe(PAYLOAD);
  });

  it.each(FORMATS.flatMap((format) => JWS_TAMPER.map((t) => [format, ...t] as const)))(
    '%s with a changed %s is not valid',
    async (format, _part, compactIndex, member, codes) => {
      const k = await key;
      const { text, ...options } = paste(k, form, false);
      const token = await signWithNodeJose(alg, k, format);
      const tampered = format === 'compact' ? tamperCompact(token, compactIndex) : tamperJson(token, member);
      const result = await inspect(tampered, { verificationKey: text, ...options });
      expect(result.signature).not.toBe('valid');
      expect(result.findings.map((f) => f.code).filter((code) => codes.includes(code))).not.toEqual([]);
    },
  );
});

describe('Ed25519 (EdDSA, RFC 8037 §3.1), signed with node:crypto', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const header = Buffer.from(JSON.stringify({ alg: 'EdDSA' })).toString('base64url');
  const payload = Buffer.from(PAYLOAD).toString('base64url');
  const signature = sign(null, Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
  const compact = `${header}.${payload}.${signature}`;
  const flattened = JSON.stringify({ protected: header, payload, signature });
  const keys = {
    PEM: String(publicKey.export({ type: 'spki', format: 'pem' })),
    JWK: JSON.stringify(publicKey.export({ format: 'jwk' })),
  };

  it.each([
    ['compact', compact, 'PEM'],
    ['flattened', flattened, 'JWK'],
  ] as const)('%s verifies with a %s', async (_format, token, form) => {
    const result = await inspect(token, { verificationKey: keys[form] });
    expect(result.signature).toBe('valid');
    expect(result.payload?.text).toBe(PAYLOAD);
  });

  it.each([0, 1, 2])('compact with segment %i changed is not valid', async (index) => {
    const result = await inspect(tamperCompact(compact, index), { verificationKey: keys.PEM });
    expect(result.signature).not.toBe('valid');
  });
});
