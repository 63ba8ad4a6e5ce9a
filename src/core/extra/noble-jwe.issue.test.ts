import {
  constants,
  createDecipheriv,
  createHmac,
  createPublicKey,
  generateKeyPairSync,
  privateDecrypt,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';
import jose from 'node-jose';
import { describe, expect, it } from 'vitest';
import { inspect } from '../index';
import { issueToken } from '../issue/issue-token';
import type { IssueSerialization } from '../issue/types';

/*
 * JWEs JWT Lens makes with RSA1_5 and 192-bit AES decrypt with node-jose 2 (RFC 7516 §5.2), in every
 * serialization, and RSA1_5 comes with its deprecation warning (RFC 8725 §3.2). Node 20 refuses PKCS #1
 * v1.5 private decryption (CVE-2023-46809), so node-jose cannot open RSA1_5 there: those tokens are opened
 * with node:crypto step by step instead (raw RSA, the padding read here, then AES from node:crypto).
 */

const CLAIMS = { iss: 'https://issuer.example', sub: 'user-42', exp: 1_900_000_000 };
const PASSWORD = 'Thus from my lips, by yours, my sin is purged.';
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const p521 = generateKeyPairSync('ec', { namedCurve: 'P-521' }).privateKey;
const privateJwk = (key: KeyObject) => key.export({ format: 'jwk' });
const publicPem = (key: KeyObject) => String(createPublicKey(key).export({ type: 'spki', format: 'pem' }));
const oct = (bytes: number) => ({ kty: 'oct', k: Buffer.alloc(bytes, 0x5a).toString('base64url') });

interface Row {
  alg: string;
  enc: string;
  /** What the user gives the issuer. */
  key: string;
  /** The recipient's key for node-jose. */
  jwk: object;
}

const ROWS: Row[] = [
  { alg: 'RSA1_5', enc: 'A128CBC-HS256', key: publicPem(rsa), jwk: privateJwk(rsa) },
  { alg: 'RSA1_5', enc: 'A192GCM', key: publicPem(rsa), jwk: privateJwk(rsa) },
  { alg: 'RSA-OAEP-256', enc: 'A192CBC-HS384', key: publicPem(rsa), jwk: privateJwk(rsa) },
  { alg: 'A192KW', enc: 'A192CBC-HS384', key: JSON.stringify(oct(24)), jwk: oct(24) },
  { alg: 'A192GCMKW', enc: 'A256GCM', key: JSON.stringify(oct(24)), jwk: oct(24) },
  { alg: 'dir', enc: 'A192GCM', key: JSON.stringify(oct(24)), jwk: oct(24) },
  { alg: 'ECDH-ES+A192KW', enc: 'A192GCM', key: JSON.stringify(privateJwk(p521)), jwk: privateJwk(p521) },
  { alg: 'ECDH-ES', enc: 'A192GCM', key: JSON.stringify(privateJwk(p521)), jwk: privateJwk(p521) },
  {
    alg: 'PBES2-HS384+A192KW',
    enc: 'A192GCM',
    key: PASSWORD,
    jwk: { kty: 'oct', k: Buffer.from(PASSWORD).toString('base64url') },
  },
];

interface Parts {
  protected: string;
  encrypted_key: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

function readParts(token: string): Parts {
  if (!token.startsWith('{')) {
    const [header = '', encryptedKey = '', iv = '', ciphertext = '', tag = ''] = token.split('.');
    return { protected: header, encrypted_key: encryptedKey, iv, ciphertext, tag };
  }
  const json = JSON.parse(token) as Parts & { recipients?: Array<{ encrypted_key: string }> };
  return { ...json, encrypted_key: json.recipients?.[0]?.encrypted_key ?? json.encrypted_key };
}

/** RSA1_5 opened with node:crypto: EM = 00 ‖ 02 ‖ PS (8+ non-zero bytes) ‖ 00 ‖ CEK (RFC 8017 §7.2.2). */
function openRsa15WithNode(token: string, key: KeyObject): unknown {
  const parts = readParts(token);
  const bytes = (text: string) => Buffer.from(text, 'base64url');
  const block = privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, bytes(parts.encrypted_key));
  const separator = block.indexOf(0, 2);
  expect([block[0], block[1]]).toEqual([0, 2]);
  expect(separator).toBeGreaterThanOrEqual(10);
  const cek = block.subarray(separator + 1);
  const { enc } = JSON.parse(bytes(parts.protected).toString('utf8')) as { enc: string };
  const aad = Buffer.from(parts.protected, 'ascii');
  const [iv, ciphertext, tag] = [bytes(parts.iv), bytes(parts.ciphertext), bytes(parts.tag)];
  if (enc === 'A192GCM') {
    const decipher = createDecipheriv('aes-192-gcm', cek, iv).setAAD(aad).setAuthTag(tag);
    return JSON.parse(Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8'));
  }
  expect(enc).toBe('A128CBC-HS256');
  const length = Buffer.alloc(8);
  length.writeBigUInt64BE(BigInt(aad.length * 8));
  const mac = createHmac('sha256', cek.subarray(0, 16))
    .update(Buffer.concat([aad, iv, ciphertext, length]))
    .digest();
  expect(timingSafeEqual(mac.subarray(0, 16), tag)).toBe(true);
  const decipher = createDecipheriv('aes-128-cbc', cek.subarray(16), iv);
  return JSON.parse(Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8'));
}

const SERIALIZATIONS: IssueSerialization[] = ['compact', 'flattened', 'general'];
const cases = ROWS.flatMap((row) => SERIALIZATIONS.map((serialization) => ({ ...row, serialization })));

describe('node-jose decrypts what issueToken encrypts with the second engine (RFC 7516 §5.2)', () => {
  it.each(cases)('$alg + $enc, $serialization', async ({ alg, enc, key, jwk, serialization }) => {
    const result = await issueToken({
      header: { typ: 'JWT' },
      claims: CLAIMS,
      mode: 'encrypt',
      serialization,
      encryption: { alg, enc, key, p2c: 10_000 },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    expect(result.warnings.map((w) => w.code).includes('alg-deprecated')).toBe(alg === 'RSA1_5');
    if (alg === 'RSA1_5') {
      expect(openRsa15WithNode(result.token, rsa)).toEqual(CLAIMS);
      return;
    }
    const input = serialization === 'compact' ? result.token : (JSON.parse(result.token) as object);
    const decrypted = await jose.JWE.createDecrypt(await jose.JWK.asKey(jwk)).decrypt(input as string);
    expect(decrypted.header).toMatchObject({ alg, enc, typ: 'JWT' });
    expect(JSON.parse(decrypted.plaintext.toString('utf8'))).toEqual(CLAIMS);
  });
});

describe('and the inspector opens them with the decryption key the issuer hands over', () => {
  it.each(ROWS)('$alg + $enc', async ({ alg, enc, key }) => {
    const result = await issueToken({
      header: {},
      claims: CLAIMS,
      mode: 'encrypt',
      serialization: 'compact',
      encryption: { alg, enc, key },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    // A public key alone gives no decryption key; the test then uses the private one it kept.
    const decryptionKey = result.decryptionKey ?? JSON.stringify(privateJwk(rsa));
    const report = await inspect(result.token, { decryptionKey });
    expect(report.decryption).toBe('decrypted');
    expect(JSON.parse(report.payload?.text ?? 'null')).toEqual(CLAIMS);
  });
});
