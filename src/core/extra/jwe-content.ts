import { cbc, gcm } from '@noble/ciphers/aes.js';
import { equalBytes } from '@noble/ciphers/utils.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { concatBytes, randomBytes } from '@noble/hashes/utils.js';
import { errors } from 'jose';
import type { JweEncryption } from '../algorithms/registry';

export interface Sealed {
  iv: Uint8Array;
  ciphertext: Uint8Array;
  tag: Uint8Array;
}

const MAC_HASHES = { 256: sha256, 384: sha384, 512: sha512 } as const;

/**
 * AES-CBC with HMAC (RFC 7518 §5.2.2): the key's first half is the MAC key, the second the AES key; the
 * tag is the HMAC of AAD ‖ IV ‖ ciphertext ‖ AL, truncated to half the hash.
 */
function computeCbcTag(encryption: JweEncryption, cek: Uint8Array, aad: Uint8Array, sealed: Omit<Sealed, 'tag'>) {
  const half = cek.length / 2;
  const bitLength = new Uint8Array(8);
  new DataView(bitLength.buffer).setBigUint64(0, BigInt(aad.length) * 8n);
  const hash = MAC_HASHES[encryption.keyBits as keyof typeof MAC_HASHES];
  const mac = hmac(hash, cek.slice(0, half), concatBytes(aad, sealed.iv, sealed.ciphertext, bitLength));
  return mac.slice(0, encryption.tagBytes);
}

function checkLengths(encryption: JweEncryption, cek: Uint8Array, iv: Uint8Array, tag: Uint8Array): void {
  if (cek.length * 8 !== encryption.keyBits) throw new errors.JWEDecryptionFailed();
  if (iv.length !== encryption.ivBytes) throw new errors.JWEInvalid('Invalid Initialization Vector length');
  if (tag.length !== encryption.tagBytes) throw new errors.JWEInvalid('Invalid Authentication Tag length');
}

/**
 * Decrypts the content (RFC 7516 §5.2 step 16) with A*GCM (RFC 7518 §5.3) or A*CBC-HS* (§5.2.2.2: the
 * tag is checked, in constant time, before anything is decrypted). Any failure is `decryption-failed`.
 */
export function openContent(encryption: JweEncryption, cek: Uint8Array, sealed: Sealed, aad: Uint8Array): Uint8Array {
  checkLengths(encryption, cek, sealed.iv, sealed.tag);
  try {
    if (!encryption.isBlockCipher) {
      return gcm(cek, sealed.iv, aad).decrypt(concatBytes(sealed.ciphertext, sealed.tag));
    }
    if (!equalBytes(computeCbcTag(encryption, cek, aad, sealed), sealed.tag)) throw new Error('tag mismatch');
    return cbc(cek.slice(cek.length / 2), sealed.iv).decrypt(sealed.ciphertext);
  } catch {
    throw new errors.JWEDecryptionFailed();
  }
}

/** Encrypts the content (RFC 7516 §5.1 steps 11–15) with a fresh random IV. */
export function sealContent(
  encryption: JweEncryption,
  cek: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Sealed {
  const iv = randomBytes(encryption.ivBytes);
  if (!encryption.isBlockCipher) {
    const output = gcm(cek, iv, aad).encrypt(plaintext);
    const split = output.length - encryption.tagBytes;
    return { iv, ciphertext: output.slice(0, split), tag: output.slice(split) };
  }
  const ciphertext = cbc(cek.slice(cek.length / 2), iv).encrypt(plaintext);
  return { iv, ciphertext, tag: computeCbcTag(encryption, cek, aad, { iv, ciphertext }) };
}
