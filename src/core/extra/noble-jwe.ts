import { base64url, errors } from 'jose';
import { lookUpJweAlgorithm, lookUpJweEncryption, type JweAlgorithm, type JweEncryption } from '../algorithms/registry';
import type { KeyCandidate } from '../keys';
import type { FlattenedJwe, JsonObject } from '../types';
import { openContent, sealContent } from './jwe-content';
import { checkZip, deflate, inflate } from './jwe-deflate';
import { unwrapContentKey, wrapContentKey } from './jwe-key-management';

export interface NobleJweLimits {
  maxPbes2Count: number;
  maxDecompressedBytes: number;
}

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

function lookUp(header: JsonObject): { algorithm: JweAlgorithm; encryption: JweEncryption } {
  const alg = Object.hasOwn(header, 'alg') ? header.alg : undefined;
  const enc = Object.hasOwn(header, 'enc') ? header.enc : undefined;
  const algorithm = typeof alg === 'string' ? lookUpJweAlgorithm(alg) : undefined;
  const encryption = typeof enc === 'string' ? lookUpJweEncryption(enc) : undefined;
  if (algorithm === undefined || encryption === undefined) throw new errors.JWEInvalid('unknown "alg" or "enc"');
  return { algorithm, encryption };
}

function decodePart(value: string | undefined, name: string): Uint8Array {
  try {
    return base64url.decode(value ?? '');
  } catch {
    throw new errors.JWEInvalid(`Failed to base64url decode the ${name}`);
  }
}

/**
 * Decrypts one recipient of a JWE (RFC 7516 §5.2) whose alg or enc WebCrypto lacks: RSA1_5 through
 * node-forge, 192-bit AES and X448 through @noble. `header` is the merged JOSE header, `protectedHeader`
 * the integrity-protected part; the AAD is the encoded protected header (and "aad", RFC 7516 §5.2 step 14).
 */
export async function decryptFlattenedJwe(
  jwe: FlattenedJwe,
  header: JsonObject,
  protectedHeader: JsonObject | null,
  candidate: KeyCandidate,
  limits: NobleJweLimits,
): Promise<{ plaintext: Uint8Array }> {
  const { algorithm, encryption } = lookUp(header);
  const isZipped = checkZip(header, protectedHeader);
  const encryptedKey = decodePart(jwe.encrypted_key, 'encrypted key');
  const sealed = {
    iv: decodePart(jwe.iv, 'IV'),
    ciphertext: decodePart(jwe.ciphertext, 'ciphertext'),
    tag: decodePart(jwe.tag, 'tag'),
  };
  const cek = await unwrapContentKey(algorithm, encryption, candidate, header, encryptedKey, limits.maxPbes2Count);
  const aad = ascii((jwe.protected ?? '') + (jwe.aad === undefined ? '' : `.${jwe.aad}`));
  const plaintext = openContent(encryption, cek, sealed, aad);
  return { plaintext: isZipped ? await inflate(plaintext, limits.maxDecompressedBytes) : plaintext };
}

/**
 * Encrypts to one recipient (RFC 7516 §5.1) with everything in the protected header: the caller's members,
 * then what the key management adds (epk; iv and tag; p2s and p2c). `zip: "DEF"` compresses first.
 */
export async function encryptFlattenedJwe(
  plaintext: Uint8Array,
  header: JsonObject,
  candidate: KeyCandidate,
  p2c: number | undefined,
): Promise<Required<Pick<FlattenedJwe, 'protected' | 'iv' | 'ciphertext' | 'tag'>> & { encrypted_key: string }> {
  const { algorithm, encryption } = lookUp(header);
  const wrapped = await wrapContentKey(algorithm, encryption, candidate, header, p2c);
  // Built from own entries, so a "__proto__" member of the user's header stays an ordinary member.
  const full = Object.fromEntries([...Object.entries(header), ...Object.entries(wrapped.parameters)]);
  const encodedProtected = base64url.encode(JSON.stringify(full));
  const content = checkZip(full, full) ? await deflate(plaintext) : plaintext;
  const sealed = sealContent(encryption, wrapped.cek, content, ascii(encodedProtected));
  return {
    protected: encodedProtected,
    encrypted_key: base64url.encode(wrapped.encryptedKey),
    iv: base64url.encode(sealed.iv),
    ciphertext: base64url.encode(sealed.ciphertext),
    tag: base64url.encode(sealed.tag),
  };
}
