/** A compact JWS, or an SD-JWT's issuer JWT or key-binding JWT: three base64url segments. */
const COMPACT_JWS = /^([A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.)[A-Za-z0-9_-]*$/;

/**
 * The token with its signature emptied (RFC 7515 §7.1: `header.payload.`), so what is shared cannot be
 * presented to a server; for an SD-JWT (RFC 9901 §4) the issuer JWT's and a key-binding JWT's signatures.
 * `null` when the token has no compact signature to remove (a JWE, a JSON serialization).
 */
export function removeSignature(token: string): string | null {
  const segments = token.trim().split('~');
  const last = segments.length - 1;
  let removed = 0;
  const stripped = segments.map((segment, i) => {
    // Between an SD-JWT's first and last segments there are only disclosures.
    if (i !== 0 && i !== last) return segment;
    const match = COMPACT_JWS.exec(segment);
    if (!match?.[1]) return segment;
    removed += 1;
    return match[1];
  });
  return removed > 0 && COMPACT_JWS.test(segments[0] ?? '') ? stripped.join('~') : null;
}
