import { decodeToken } from '../decode/decode-token';

/** Whether a candidate decodes as a compact JWS, compact JWE or SD-JWT whose header has a string `alg`. */
export function isTokenText(candidate: string): boolean {
  const decoded = decodeToken(candidate);
  if (decoded.format === 'unknown' || decoded.header === null) return false;
  return Object.hasOwn(decoded.header, 'alg') && typeof decoded.header['alg'] === 'string';
}
