import { base64url, errors, importJWK } from 'jose';
import type { KeyJwk } from '../keys';

/** RFC 7518 §4.2, §4.3: a key of 2048 bits or more MUST be used; worded as jose words it, so findings agree. */
function checkModulus(jwk: KeyJwk, alg: string): void {
  const bits = base64url.decode(jwk.n ?? '').length * 8;
  if (bits < 2048) throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}

/** node-forge's chunk; one that does not arrive says nothing about the token: unsupported, not failed. */
function loadRsa15() {
  return import('./jwe-rsa15').catch((error: unknown) => {
    throw new errors.JOSENotSupported(`the RSA1_5 engine could not be loaded (${String(error)})`);
  });
}

/**
 * RSA1_5 (RFC 7518 §4.2) through node-forge. A padding failure or a key of the wrong length is not
 * reported: a random key of the right length takes its place, so the content tag fails as it would
 * for any other change (RFC 7516 §11.5) and no padding oracle is offered (RFC 8725 §3.2).
 */
export async function decryptRsa15(jwk: KeyJwk, encryptedKey: Uint8Array, cekBytes: number): Promise<Uint8Array> {
  checkModulus(jwk, 'RSA1_5');
  return (await loadRsa15()).decryptRsa15(jwk, encryptedKey, cekBytes);
}

/** Encrypts the content key to an RSA public key with PKCS #1 v1.5 padding (RFC 7518 §4.2). */
export async function encryptRsa15(jwk: KeyJwk, cek: Uint8Array): Promise<Uint8Array> {
  checkModulus(jwk, 'RSA1_5');
  return (await loadRsa15()).encryptRsa15(jwk, cek);
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
