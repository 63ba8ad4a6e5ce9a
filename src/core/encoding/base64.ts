import { decodeBase64Url, encodeBase64Url } from './base64url';

/** On failure: the index of the offending character and what is wrong with it, without the position. */
export type Base64Result = { ok: true; bytes: Uint8Array } | { ok: false; index: number; message: string };

/**
 * Decodes standard base64 (RFC 4648 §4), with or without '=' padding, as used inside PEM (RFC 7468 §3)
 * and for pasted secrets. The caller removes whitespace it means to allow; any left is an error here.
 */
export function decodeBase64(text: string): Base64Result {
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === '=' && text.length - end < 2) end--;
  const padding = text.length - end;
  for (let i = 0; i < end; i++) {
    const char = text.charAt(i);
    if (/[A-Za-z0-9+/]/.test(char)) continue;
    return { ok: false, index: i, message: describeBadCharacter(String.fromCodePoint(text.codePointAt(i) ?? 0)) };
  }
  if (end % 4 === 1) {
    return {
      ok: false,
      index: end - 1,
      message: `${end} base64 characters cannot be whole bytes: the last group has a single character (truncated?)`,
    };
  }
  if (padding > 0 && (end + padding) % 4 !== 0) {
    return { ok: false, index: end, message: `the '=' padding does not fill the last group of 4 characters` };
  }
  const decoded = decodeBase64Url(text.slice(0, end).replace(/\+/g, '-').replace(/\//g, '_'));
  if (decoded.ok) return decoded;
  // Only the last character can still fail: its unused low bits are not zero.
  return {
    ok: false,
    index: decoded.index,
    message: 'the last character has non-zero unused bits, so this is not canonical base64 (truncated?)',
  };
}

/** Encodes bytes as padded standard base64 (RFC 4648 §4), as PEM bodies use. */
export function encodeBase64(bytes: Uint8Array): string {
  const unpadded = encodeBase64Url(bytes).replace(/-/g, '+').replace(/_/g, '/');
  return unpadded + '='.repeat((4 - (unpadded.length % 4)) % 4);
}

function describeBadCharacter(char: string): string {
  const codePoint = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (char === '-' || char === '_') return `'${char}' is base64url, not base64: choose the base64url encoding`;
  if (char === '=') return `'=' is padding, which may only end the text`;
  if (/\s/.test(char)) return `whitespace (${codePoint}) is not allowed inside base64`;
  const shown = /^[\x21-\x7e]$/.test(char) ? `'${char}'` : codePoint;
  return `${shown} is not in the base64 alphabet (A-Z a-z 0-9 + /)`;
}
