import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import { base64url, importJWK } from 'jose';
// node-forge's own lib folder, not the app's src/lib: its RSA module alone keeps TLS and X.509 out of the chunk.
// eslint-disable-next-line no-restricted-imports -- see above
import forgeJsbn from 'node-forge/lib/jsbn';
// eslint-disable-next-line no-restricted-imports -- see above
import forgeRsa from 'node-forge/lib/rsa';
import type { KeyJwk } from '../keys';

/** RFC 7518 §4.2, §4.3: a key of 2048 bits or more MUST be used; worded as jose words it, so findings agree. */
function checkModulus(jwk: KeyJwk, alg: string): void {
  const bits = base64url.decode(jwk.n ?? '').length * 8;
  if (bits < 2048) throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}

const toBinary = (bytes: Uint8Array): string => String.fromCharCode(...bytes);
const fromBinary = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const bigInteger = (member: string | undefined) =>
  new forgeJsbn.BigInteger(bytesToHex(base64url.decode(member ?? '')), 16);

/**
 * RSA1_5 (RFC 7518 §4.2) through node-forge. A padding failure or a key of the wrong length is not
 * reported: a random key of the right length takes its place, so the content tag fails as it would
 * for any other change (RFC 7516 §11.5) and no padding oracle is offered (RFC 8725 §3.2).
 */
export function decryptRsa15(jwk: KeyJwk, encryptedKey: Uint8Array, cekBytes: number): Uint8Array {
  checkModulus(jwk, 'RSA1_5');
  const privateKey = forgeRsa.setPrivateKey(
    ...((['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] as const).map((m) => bigInteger(jwk[m])) as Parameters<
      typeof forgeRsa.setPrivateKey
    >),
  );
  const fallback = randomBytes(cekBytes);
  try {
    const cek = fromBinary(privateKey.decrypt(toBinary(encryptedKey), 'RSAES-PKCS1-V1_5'));
    return cek.length === cekBytes ? cek : fallback;
  } catch {
    return fallback;
  }
}

/** Encrypts the content key to an RSA public key with PKCS #1 v1.5 padding (RFC 7518 §4.2). */
export function encryptRsa15(jwk: KeyJwk, cek: Uint8Array): Uint8Array {
  checkModulus(jwk, 'RSA1_5');
  const publicKey = forgeRsa.setPublicKey(bigInteger(jwk.n), bigInteger(jwk.e));
  return fromBinary(publicKey.encrypt(toBinary(cek), 'RSAES-PKCS1-V1_5'));
}

/** RSA-OAEP* (RFC 7518 §4.3) runs on WebCrypto, as on the jose path; only the content cipher differs. */
export async function decryptRsaOaep(jwk: KeyJwk, alg: string, encryptedKey: Uint8Array): Promise<Uint8Array> {
  checkModulus(jwk, alg);
  const key = await importJWK({ ...jwk }, alg);
  if (key instanceof Uint8Array) throw new TypeError('expected an RSA private key');
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, key, new Uint8Array(encryptedKey)));
}

export async function encryptRsaOaep(jwk: KeyJwk, alg: string, cek: Uint8Array): Promise<Uint8Array> {
  checkModulus(jwk, alg);
  const key = await importJWK({ ...jwk }, alg);
  if (key instanceof Uint8Array) throw new TypeError('expected an RSA public key');
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, key, new Uint8Array(cek)));
}
