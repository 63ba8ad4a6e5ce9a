import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspect } from '../index';
import { issueToken } from '../issue/issue-token';
import { tamperCompact } from '../../../test-support/tamper';

/*
 * ECDH-ES with an X448 key (RFC 8037 §3.2), which WebCrypto lacks: JWEs built here from node:crypto's
 * X448 and AES (the Concat KDF of RFC 7518 §4.6.2 written out below) open in inspect(), changed ones fail,
 * and the JWEs JWT Lens makes to an X448 key open with node:crypto the same way.
 */

const PAYLOAD = JSON.stringify({ iss: 'https://issuer.example', sub: 'x448-user' });
const recipient = generateKeyPairSync('x448').privateKey;
const recipientJwk = JSON.stringify({ ...recipient.export({ format: 'jwk' }), use: 'enc' });
const publicJwk = JSON.stringify(createPublicKey(recipient).export({ format: 'jwk' }));
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
}

/** RFC 7518 §4.6.2, one SHA-256 round per 256 bits, apu and apv empty. */
function concatKdf(z: Buffer, keyBits: number, algorithmId: string): Buffer {
  const id = Buffer.from(algorithmId);
  const otherInfo = Buffer.concat([uint32(id.length), id, uint32(0), uint32(0), uint32(keyBits)]);
  const rounds = Array.from({ length: Math.ceil(keyBits / 256) }, (_, i) =>
    createHash('sha256')
      .update(Buffer.concat([uint32(i + 1), z, otherInfo]))
      .digest(),
  );
  return Buffer.concat(rounds).subarray(0, keyBits / 8);
}

/** A compact ECDH-ES(+A192KW) JWE to `to`, AES-GCM content, built with node:crypto only. */
function encryptToX448(to: KeyObject, alg: 'ECDH-ES' | 'ECDH-ES+A192KW', enc: 'A256GCM' | 'A192GCM'): string {
  const ephemeral = generateKeyPairSync('x448').privateKey;
  const z = diffieHellman({ privateKey: ephemeral, publicKey: createPublicKey(to) });
  const { x } = createPublicKey(ephemeral).export({ format: 'jwk' });
  const encBits = enc === 'A256GCM' ? 256 : 192;
  let cek: Buffer;
  let encryptedKey = Buffer.alloc(0);
  if (alg === 'ECDH-ES') cek = concatKdf(z, encBits, enc);
  else {
    cek = randomBytes(encBits / 8);
    const wrap = createCipheriv('id-aes192-wrap', concatKdf(z, 192, alg), Buffer.from('A6A6A6A6A6A6A6A6', 'hex'));
    encryptedKey = Buffer.concat([wrap.update(cek), wrap.final()]);
  }
  const header = b64(Buffer.from(JSON.stringify({ alg, enc, epk: { kty: 'OKP', crv: 'X448', x } })));
  const iv = randomBytes(12);
  const cipher = createCipheriv(`aes-${encBits}-gcm`, cek, iv).setAAD(Buffer.from(header, 'ascii'));
  const ciphertext = Buffer.concat([cipher.update(PAYLOAD, 'utf8'), cipher.final()]);
  return [header, b64(encryptedKey), b64(iv), b64(ciphertext), b64(cipher.getAuthTag())].join('.');
}

const ROWS = [
  ['ECDH-ES', 'A256GCM'],
  ['ECDH-ES+A192KW', 'A192GCM'],
] as const;

describe('X448 JWEs made with node:crypto decrypt in inspect (RFC 8037 §3.2)', () => {
  it.each(ROWS)('%s + %s', async (alg, enc) => {
    const result = await inspect(encryptToX448(recipient, alg, enc), { decryptionKey: recipientJwk });
    expect(result.decryption).toBe('decrypted');
    expect(result.payload?.text).toBe(PAYLOAD);
  });

  // ECDH-ES has no encrypted key (RFC 7518 §4.6): only ECDH-ES+A192KW has a part 1 to change.
  const changes = ROWS.flatMap(([alg, enc]) =>
    (alg === 'ECDH-ES' ? [3, 4] : [1, 3, 4]).map((part) => [alg, enc, part] as const),
  );
  it.each(changes)('%s + %s with part %i changed fails as decryption-failed', async (alg, enc, part) => {
    const token = encryptToX448(recipient, alg, enc);
    const result = await inspect(tamperCompact(token, part), { decryptionKey: recipientJwk });
    expect(result.decryption).toBe('failed');
    expect(result.findings.map((f) => f.code)).toContain('decryption-failed');
  });

  it('another X448 key does not open it', async () => {
    const other = JSON.stringify(generateKeyPairSync('x448').privateKey.export({ format: 'jwk' }));
    const result = await inspect(encryptToX448(recipient, 'ECDH-ES', 'A256GCM'), { decryptionKey: other });
    expect(result.decryption).toBe('failed');
    expect(result.findings.map((f) => f.code)).toContain('decryption-failed');
  });
});

describe('JWEs JWT Lens makes to an X448 key open with node:crypto', () => {
  it.each(ROWS)('%s + %s', async (alg, enc) => {
    const issued = await issueToken({
      header: {},
      claims: PAYLOAD,
      mode: 'encrypt',
      serialization: 'compact',
      encryption: { alg, enc, key: publicJwk },
    });
    if (!issued.ok) throw new Error(JSON.stringify(issued.findings));
    const [header = '', encryptedKey = '', iv = '', ciphertext = '', tag = ''] = issued.token.split('.');
    const { epk } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { epk: Record<string, string> };
    const z = diffieHellman({
      privateKey: recipient,
      publicKey: createPublicKey({ key: epk, format: 'jwk' }),
    });
    const bits = enc === 'A256GCM' ? 256 : 192;
    let cek = concatKdf(z, bits, enc);
    if (alg === 'ECDH-ES+A192KW') {
      const unwrap = createDecipheriv('id-aes192-wrap', concatKdf(z, 192, alg), Buffer.from('A6A6A6A6A6A6A6A6', 'hex'));
      cek = Buffer.concat([unwrap.update(Buffer.from(encryptedKey, 'base64url')), unwrap.final()]);
    }
    const decipher = createDecipheriv(`aes-${bits}-gcm`, cek, Buffer.from(iv, 'base64url'))
      .setAAD(Buffer.from(header, 'ascii'))
      .setAuthTag(Buffer.from(tag, 'base64url'));
    const plaintext = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
    expect(plaintext.toString('utf8')).toBe(PAYLOAD);
  });
});
