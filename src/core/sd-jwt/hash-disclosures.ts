import { encodeBase64Url } from '../encoding/base64url';

/** `_sd_alg` names (IANA "Named Information Hash Algorithm" registry) that WebCrypto can compute. */
const WEBCRYPTO_HASH: Readonly<Record<string, 'SHA-256' | 'SHA-384' | 'SHA-512'>> = {
  'sha-256': 'SHA-256',
  'sha-384': 'SHA-384',
  'sha-512': 'SHA-512',
};

/** The WebCrypto hash for an `_sd_alg` value (RFC 9901 §4.1.1), or null when there is none here. */
export function lookUpSdAlg(sdAlg: string): 'SHA-256' | 'SHA-384' | 'SHA-512' | null {
  return Object.hasOwn(WEBCRYPTO_HASH, sdAlg) ? (WEBCRYPTO_HASH[sdAlg] ?? null) : null;
}

/** base64url of the hash of the ASCII text (RFC 9901 §4.2.3: over the disclosure exactly as encoded). */
export async function hashText(hash: 'SHA-256' | 'SHA-384' | 'SHA-512', text: string): Promise<string> {
  return encodeBase64Url(new Uint8Array(await crypto.subtle.digest(hash, new TextEncoder().encode(text))));
}
