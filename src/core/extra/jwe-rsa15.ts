import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import { base64url } from 'jose';
// node-forge's own lib folder, not the app's src/lib: its RSA module alone keeps TLS and X.509 out of the chunk.
// eslint-disable-next-line no-restricted-imports -- see above
import forgeJsbn from 'node-forge/lib/jsbn';
// eslint-disable-next-line no-restricted-imports -- see above
import forgeRsa from 'node-forge/lib/rsa';
import type { KeyJwk } from '../keys';

/*
 * node-forge, for RSA1_5 alone: a chunk of its own (imported by jwe-rsa.ts on first use), so a 192-bit AES
 * or X448 token never fetches it. The modulus is checked by the caller.
 */

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
  const publicKey = forgeRsa.setPublicKey(bigInteger(jwk.n), bigInteger(jwk.e));
  return fromBinary(publicKey.encrypt(toBinary(cek), 'RSAES-PKCS1-V1_5'));
}
