import { generateSecret, exportJWK } from 'jose';
import { lookUpJweAlgorithm, lookUpJweEncryption, lookUpJwsAlgorithm } from '../algorithms/registry';
import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url';
import { generateKey } from './generate-key';
import type { KeyKind } from './key-kinds';

export type KeyForResult =
  | {
      ok: true;
      label: string;
      /** What goes in the issuer's key field: the private signing key, or the recipient's key to encrypt to. */
      keyText: string;
      /** The recipient's private key (or the shared secret) the receiver needs to decrypt; null for signing. */
      privateKeyText: string | null;
    }
  | { ok: false; message: string };

const CURVE_KINDS: Readonly<Record<string, KeyKind>> = {
  'P-256': 'EC-P-256',
  'P-384': 'EC-P-384',
  'P-521': 'EC-P-521',
  secp256k1: 'EC-secp256k1',
  Ed25519: 'Ed25519',
  Ed448: 'Ed448',
};
const ML_DSA_KINDS: Readonly<Record<string, KeyKind>> = {
  'ML-DSA-44': 'ML-DSA-44',
  'ML-DSA-65': 'ML-DSA-65',
  'ML-DSA-87': 'ML-DSA-87',
};

/**
 * Generates a key that fits `alg` (and, for dir, `enc`), chosen from the registry entry (RFC 7518 §3–5):
 * RSA 2048 for RS/PS/RSA-OAEP, the alg's curve for ES and EdDSA, its own ML-DSA key for an ML-DSA alg,
 * P-256 for ECDH-ES, a random secret of
 * the exact length for HMAC, AES key wrap and dir, and a random password for PBES2.
 */
export async function generateKeyFor(alg: string, operation: 'sign' | 'encrypt', enc?: string): Promise<KeyForResult> {
  if (operation === 'sign') {
    const entry = lookUpJwsAlgorithm(alg);
    if (entry === undefined) return { ok: false, message: `"${alg}" is not a signature algorithm.` };
    if (entry.support !== 'supported') return { ok: false, message: `${alg}: ${entry.unsupportedReason ?? ''}` };
    if (entry.family === 'HMAC') return secretFor(alg, alg, false);
    const kind =
      entry.kty === 'RSA' ? 'RSA-2048' : entry.kty === 'AKP' ? ML_DSA_KINDS[alg] : CURVE_KINDS[entry.curves?.[0] ?? ''];
    if (kind === undefined) return { ok: false, message: `No key kind generates keys for ${alg}.` };
    const key = await generateKey(kind, 'sig');
    return { ok: true, label: key.label, keyText: key.pkcs8Pem ?? '', privateKeyText: null };
  }
  const entry = lookUpJweAlgorithm(alg);
  if (entry === undefined) return { ok: false, message: `"${alg}" is not a JWE key management algorithm.` };
  if (entry.support !== 'supported') return { ok: false, message: `${alg}: ${entry.unsupportedReason ?? ''}` };
  if (entry.family === 'PBES2') {
    const password = encodeBase64Url(crypto.getRandomValues(new Uint8Array(18)));
    return { ok: true, label: `A random password for ${alg}`, keyText: password, privateKeyText: password };
  }
  if (entry.kty === 'oct') {
    const sized = entry.family === 'dir' ? enc : alg;
    const encryption = enc === undefined ? undefined : lookUpJweEncryption(enc);
    if (sized === undefined || (entry.family === 'dir' && encryption?.support !== 'supported')) {
      return { ok: false, message: `dir needs a supported "enc" to size the key.` };
    }
    return secretFor(sized, entry.family === 'dir' ? `dir + ${sized}` : alg, true);
  }
  const key = await generateKey(entry.kty === 'RSA' ? 'RSA-2048' : 'EC-P-256', 'enc');
  return { ok: true, label: key.label, keyText: key.spkiPem ?? '', privateKeyText: key.pkcs8Pem };
}

/** A random secret of the size jose generates for `sizedBy`, as an oct JWK (RFC 7518 §6.4). */
async function secretFor(sizedBy: string, purpose: string, isShared: boolean): Promise<KeyForResult> {
  // Chromium's WebCrypto makes no 192-bit AES key, so jose cannot generate one: those are random bytes.
  const aes192 = lookUpJweAlgorithm(sizedBy)?.keyBits === 192 || lookUpJweEncryption(sizedBy)?.keyBits === 192;
  const secret = aes192
    ? crypto.getRandomValues(new Uint8Array(24))
    : await generateSecret(sizedBy, { extractable: true });
  const k = secret instanceof Uint8Array ? encodeBase64Url(secret) : (await exportJWK(secret)).k;
  const decoded = k === undefined ? undefined : decodeBase64Url(k);
  if (k === undefined || !decoded?.ok) return { ok: false, message: 'No secret was generated.' };
  const text = JSON.stringify({ kty: 'oct', k }, null, 2);
  const label = `${decoded.bytes.length * 8}-bit random secret for ${purpose}`;
  return { ok: true, label, keyText: text, privateKeyText: isShared ? text : null };
}
