import { createHmac } from 'node:crypto';

/**
 * Test-only builders for tokens. They encode with Node's own base64url, so the decoder under test is
 * never its own oracle. Imported by `*.test.ts` files and the e2e helpers (e2e/support/tokens.ts) only.
 */

/** base64url of UTF-8 text or of bytes, by Node's Buffer. */
export const base64url = (data: string | Uint8Array | readonly number[]): string =>
  (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)).toString('base64url');
export const encodeText = (text: string): string => base64url(text);
export const encodeJson = (value: unknown): string => encodeText(JSON.stringify(value));
export const encodeBytes = (bytes: readonly number[] | Uint8Array): string => base64url(bytes);
/** `length` zero bytes, for parts whose size matters and whose content does not. */
export const encodeZeros = (length: number): string => Buffer.alloc(length).toString('base64url');

export const CLAIMS = { sub: '1234567890', name: 'John Doe', iat: 1516239022 };
export const HS256_HEADER = encodeJson({ alg: 'HS256', typ: 'JWT' });
/** 32 bytes, the size of an HS256 MAC. */
export const HS256_SIGNATURE = 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

/** A compact JWS from already-encoded segments; defaults make the familiar HS256 JWT. */
export function compactJws(segments: { header?: string; payload?: string; signature?: string } = {}): string {
  const { header = HS256_HEADER, payload = encodeJson(CLAIMS), signature = HS256_SIGNATURE } = segments;
  return `${header}.${payload}.${signature}`;
}

export interface JweShape {
  header: unknown;
  encryptedKey: number;
  iv: number;
  ciphertext: number;
  tag: number;
}

/** A compact JWE whose parts have the given byte lengths (zero bytes: only the sizes are checked). */
export function compactJwe({ header, encryptedKey, iv, ciphertext, tag }: JweShape): string {
  return [encodeJson(header), ...[encryptedKey, iv, ciphertext, tag].map(encodeZeros)].join('.');
}

/**
 * A compact HS256 JWS over any header, even one jose refuses to sign (a malformed "crit", an unknown
 * extension): HMAC-SHA-256 of the signing input with node:crypto (RFC 7515 §5.1, RFC 7518 §3.2).
 */
export function hs256Jws(header: unknown, payload: string, secret: string | Uint8Array): string {
  const input = `${encodeJson(header)}.${encodeText(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}
