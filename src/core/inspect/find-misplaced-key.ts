import { makeFinding } from '../findings/make-finding';
import { readString } from '../json/read-string';
import { checkKeyFits, type KeyCandidate } from '../keys';
import type { Finding, JsonObject } from '../types';

/** The keys read from each key box; null when the box is empty. A fetched key set belongs to neither. */
export interface KeyBoxes {
  verification: readonly KeyCandidate[] | null;
  decryption: readonly KeyCandidate[] | null;
}

/** What the decision needs to know about the token: its kind, and each recipient's header for a JWE. */
export interface TokenKind {
  kind: 'jws' | 'jwe' | 'unknown';
  headers: readonly JsonObject[];
}

const isAsymmetric = (key: KeyCandidate) => key.kty !== 'oct';

/**
 * Whether a key sits in the other box, decided from what the keys are, never from what was written about
 * them. A JWE is opened with the recipient's private key (RFC 7516 §5.2), a signature is checked with the
 * signer's public key (RFC 7515 §5.2), so for a JWE:
 *
 * - a private key in "Verification key" that could decrypt this JWE, with "Decryption key" empty, is
 *   offered as the decryption key;
 * - public keys only in "Decryption key" (a public key decrypts nothing), with "Verification key" empty,
 *   are offered as the verification key: they may verify the signed token inside.
 *
 * The offer is an info finding about the box the key is in (`key-in-wrong-box`); moving it is the user's
 * click. Secrets are left alone: a shared key may serve either box.
 */
export function findMisplacedKey(token: TokenKind, boxes: KeyBoxes, at: Partial<Finding> = {}): Finding | null {
  if (token.kind !== 'jwe') return null;
  const { verification, decryption } = boxes;
  if (decryption === null && verification?.some((key) => canDecrypt(key, token.headers))) {
    const message = 'This is a private key for decryption — use it as the decryption key?';
    return makeFinding('key-in-wrong-box', message, { ...at, source: 'verification-key', stage: 'key' });
  }
  const isPublicOnly = (keys: readonly KeyCandidate[]) =>
    keys.length > 0 && keys.every((key) => isAsymmetric(key) && !key.isPrivate);
  if (verification === null && decryption !== null && isPublicOnly(decryption)) {
    const message =
      'This is a public key: it cannot decrypt, but it can verify a signature — use it as the verification key?';
    return makeFinding('key-in-wrong-box', message, { ...at, source: 'decryption-key', stage: 'key' });
  }
  return null;
}

/** A private key (not a secret) that fits one recipient's algorithm for decryption. */
function canDecrypt(key: KeyCandidate, headers: readonly JsonObject[]): boolean {
  if (!isAsymmetric(key) || !key.isPrivate) return false;
  return headers.some((header) => {
    const alg = readString(header, 'alg');
    const enc = readString(header, 'enc') ?? undefined;
    return alg !== null && checkKeyFits(key, alg, 'decrypt', enc).fits;
  });
}
