import { aeskw, gcm } from '@noble/ciphers/aes.js';
import { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { concatBytes, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { base64url, errors } from 'jose';
import type { JweAlgorithm, JweEncryption } from '../algorithms/registry';
import { readString } from '../json/read-string';
import type { KeyCandidate, KeyJwk } from '../keys';
import type { JsonObject } from '../types';
import { deriveConcatKdf } from './jwe-concat-kdf';
import { agreeAsRecipient, agreeAsSender } from './jwe-key-agreement';
import { decryptRsa15, decryptRsaOaep, encryptRsa15, encryptRsaOaep } from './jwe-rsa';

/** PBES2 pairs each AES-KW size with one HMAC hash (RFC 7518 §4.8). */
const PBES2_HASHES = { 128: sha256, 192: sha384, 256: sha512 } as const;
const GCMKW_IV_BYTES = 12;
const GCMKW_TAG_BYTES = 16;

export interface WrappedKey {
  cek: Uint8Array;
  encryptedKey: Uint8Array;
  /** Header parameters the key management adds: epk, iv and tag, p2s and p2c (RFC 7518 §4.6–4.8). */
  parameters: Record<string, unknown>;
}

function readBytes(header: JsonObject, name: string, isRequired: boolean): Uint8Array {
  const text = readString(header, name);
  if (text === null) {
    if (isRequired || Object.hasOwn(header, name))
      throw new errors.JWEInvalid(`JOSE Header "${name}" missing or invalid`);
    return new Uint8Array();
  }
  try {
    return base64url.decode(text);
  } catch {
    throw new errors.JWEInvalid(`Failed to base64url decode the "${name}" header parameter`);
  }
}

function jwkOf(candidate: KeyCandidate, isPrivate: boolean): KeyJwk {
  const jwk = isPrivate ? candidate.privateJwk : candidate.publicJwk;
  if (jwk === undefined) throw new TypeError(`the ${isPrivate ? 'private' : 'public'} key is missing`);
  return jwk;
}

function secretOf(candidate: KeyCandidate): Uint8Array {
  if (candidate.secret === undefined) throw new TypeError('the symmetric key has no bytes');
  return candidate.secret;
}

/** The key ECDH-ES derives (RFC 7518 §4.6.2): the CEK itself, or the key that wraps it. */
function deriveAgreedKey(
  algorithm: JweAlgorithm,
  encryption: JweEncryption,
  sharedSecret: Uint8Array,
  header: JsonObject,
): Uint8Array {
  const isDirect = algorithm.family === 'ECDH-ES';
  const keyBits = isDirect ? encryption.keyBits : (algorithm.keyBits ?? 0);
  const algorithmId = isDirect ? encryption.enc : algorithm.alg;
  return deriveConcatKdf(
    sharedSecret,
    keyBits,
    algorithmId,
    readBytes(header, 'apu', false),
    readBytes(header, 'apv', false),
  );
}

function derivePbes2Key(algorithm: JweAlgorithm, password: Uint8Array, p2s: Uint8Array, p2c: number) {
  const bits = (algorithm.keyBits ?? 0) as keyof typeof PBES2_HASHES;
  const salt = concatBytes(utf8ToBytes(algorithm.alg), Uint8Array.of(0), p2s);
  return pbkdf2Async(PBES2_HASHES[bits], password, salt, { c: p2c, dkLen: bits / 8 });
}

/**
 * Recovers the content key (RFC 7516 §5.2 steps 9–10) for every key management family. A wrong key shows
 * as a wrong CEK, never as its own error: whatever the unwrap says, a random CEK follows and the content
 * tag fails (RFC 7516 §11.5). Malformed headers (a missing "iv", "p2s", "epk") are `jwe-invalid`.
 */
export async function unwrapContentKey(
  algorithm: JweAlgorithm,
  encryption: JweEncryption,
  candidate: KeyCandidate,
  header: JsonObject,
  encryptedKey: Uint8Array,
  maxPbes2Count: number,
): Promise<Uint8Array> {
  const cekBytes = encryption.keyBits / 8;
  const isCekTransport = algorithm.family === 'dir' || algorithm.family === 'ECDH-ES';
  if (isCekTransport && encryptedKey.length > 0)
    throw new errors.JWEInvalid('Encountered unexpected JWE Encrypted Key');
  switch (algorithm.family) {
    case 'dir':
      return secretOf(candidate);
    case 'ECDH-ES':
      return deriveAgreedKey(algorithm, encryption, agreeAsRecipient(jwkOf(candidate, true), header), header);
    case 'RSA1_5':
      return decryptRsa15(jwkOf(candidate, true), encryptedKey, cekBytes);
    default:
      break;
  }
  const unwrap = await prepareUnwrap(algorithm, encryption, candidate, header, maxPbes2Count);
  try {
    return await unwrap(encryptedKey);
  } catch {
    return randomBytes(cekBytes);
  }
}

/** Everything that reads the header happens here, so a malformed header is reported, not masked. */
async function prepareUnwrap(
  algorithm: JweAlgorithm,
  encryption: JweEncryption,
  candidate: KeyCandidate,
  header: JsonObject,
  maxPbes2Count: number,
): Promise<(encryptedKey: Uint8Array) => Promise<Uint8Array> | Uint8Array> {
  switch (algorithm.family) {
    case 'RSA-OAEP': {
      const jwk = jwkOf(candidate, true);
      return (encryptedKey) => decryptRsaOaep(jwk, algorithm.alg, encryptedKey);
    }
    case 'AES-KW':
      return (encryptedKey) => aeskw(secretOf(candidate)).decrypt(encryptedKey);
    case 'AES-GCM-KW': {
      const iv = readBytes(header, 'iv', true);
      const tag = readBytes(header, 'tag', true);
      if (iv.length !== GCMKW_IV_BYTES || tag.length !== GCMKW_TAG_BYTES) {
        throw new errors.JWEInvalid('Invalid "iv" or "tag" length for AES-GCM key wrapping');
      }
      return (encryptedKey) => gcm(secretOf(candidate), iv).decrypt(concatBytes(encryptedKey, tag));
    }
    case 'ECDH-ES+KW': {
      const sharedSecret = agreeAsRecipient(jwkOf(candidate, true), header);
      const kek = deriveAgreedKey(algorithm, encryption, sharedSecret, header);
      return (encryptedKey) => aeskw(kek).decrypt(encryptedKey);
    }
    case 'PBES2': {
      const p2s = readBytes(header, 'p2s', true);
      const p2c = Object.hasOwn(header, 'p2c') ? header.p2c : undefined;
      if (p2s.length < 8) throw new errors.JWEInvalid('PBES2 Salt Input must be 8 or more octets');
      if (typeof p2c !== 'number' || !Number.isInteger(p2c) || p2c < 1 || p2c > maxPbes2Count) {
        throw new errors.JWEInvalid('JOSE Header "p2c" (PBES2 Count) missing, invalid or above the limit');
      }
      const kek = await derivePbes2Key(algorithm, secretOf(candidate), p2s, p2c);
      return (encryptedKey) => aeskw(kek).decrypt(encryptedKey);
    }
    default:
      throw new errors.JOSENotSupported(`${algorithm.alg} is not supported by this engine`);
  }
}

/** Makes a content key and what carries it to the recipient (RFC 7516 §5.1 steps 1–6). */
export async function wrapContentKey(
  algorithm: JweAlgorithm,
  encryption: JweEncryption,
  candidate: KeyCandidate,
  header: JsonObject,
  p2c: number | undefined,
): Promise<WrappedKey> {
  const fresh = randomBytes(encryption.keyBits / 8);
  const none = new Uint8Array();
  switch (algorithm.family) {
    case 'dir':
      return { cek: secretOf(candidate), encryptedKey: none, parameters: {} };
    case 'RSA1_5':
      return { cek: fresh, encryptedKey: await encryptRsa15(jwkOf(candidate, false), fresh), parameters: {} };
    case 'RSA-OAEP':
      return {
        cek: fresh,
        encryptedKey: await encryptRsaOaep(jwkOf(candidate, false), algorithm.alg, fresh),
        parameters: {},
      };
    case 'AES-KW':
      return { cek: fresh, encryptedKey: aeskw(secretOf(candidate)).encrypt(fresh), parameters: {} };
    case 'AES-GCM-KW': {
      const iv = randomBytes(GCMKW_IV_BYTES);
      const sealed = gcm(secretOf(candidate), iv).encrypt(fresh);
      const split = sealed.length - GCMKW_TAG_BYTES;
      const parameters = { iv: base64url.encode(iv), tag: base64url.encode(sealed.slice(split)) };
      return { cek: fresh, encryptedKey: sealed.slice(0, split), parameters };
    }
    case 'ECDH-ES':
    case 'ECDH-ES+KW': {
      const { sharedSecret, epk } = agreeAsSender(jwkOf(candidate, false));
      const agreed = deriveAgreedKey(algorithm, encryption, sharedSecret, header);
      return algorithm.family === 'ECDH-ES'
        ? { cek: agreed, encryptedKey: none, parameters: { epk } }
        : { cek: fresh, encryptedKey: aeskw(agreed).encrypt(fresh), parameters: { epk } };
    }
    case 'PBES2': {
      const p2s = randomBytes(16);
      const count = p2c ?? 0;
      const kek = await derivePbes2Key(algorithm, secretOf(candidate), p2s, count);
      return {
        cek: fresh,
        encryptedKey: aeskw(kek).encrypt(fresh),
        parameters: { p2s: base64url.encode(p2s), p2c: count },
      };
    }
  }
}
