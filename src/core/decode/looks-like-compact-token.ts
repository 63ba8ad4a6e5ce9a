/** Longest text tested: the decoder's own input cap. */
const MAX_TOKEN_CHARS = 16 * 1024 * 1024;
// A JOSE header always starts with '{"', which base64url-encodes to "eyJ"; that keeps host names out.
// 3 parts (JWS) or 5 (JWE); 4 dot-separated parts are neither.
const COMPACT_TOKEN = /^eyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){2}(?:(?:\.[A-Za-z0-9_-]*){2})?$/;

/** Whether a payload or plaintext is itself a compact JWS or JWE, i.e. a nested JWT (RFC 7519 §5.2). */
export function looksLikeCompactToken(text: string): boolean {
  return text.length <= MAX_TOKEN_CHARS && COMPACT_TOKEN.test(text.trim());
}
