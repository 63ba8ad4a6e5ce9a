import type { DecodedPart, DecodedToken } from '../types';

/**
 * The first part of signature or recipient `index` that is not valid base64url, if any. Such a token
 * must be rejected before any cryptography (RFC 7515 §5.2 steps 2, 6, 7; RFC 7516 §5.2 step 2): jose's
 * decoder is lenient (it skips whitespace and ignores non-zero trailing bits), so without this check a
 * MAC over "header.AB" would verify a token whose payload "AB" is not canonical base64url.
 */
export function findUndecodablePart(decoded: DecodedToken, index: number, entryCount: number): DecodedPart | undefined {
  const entry = entryCount > 1 ? index : undefined;
  return decoded.parts.find((p) => p.hasError && p.byteLength === null && (p.entry === undefined || p.entry === entry));
}
