export type Base64UrlProblem =
  'invalid-character' | 'padding' | 'whitespace' | 'standard-alphabet' | 'impossible-length' | 'non-canonical';

export type Base64UrlResult =
  { ok: true; bytes: Uint8Array } | { ok: false; problem: Base64UrlProblem; index: number; message: string };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** ASCII code → 6-bit value, or -1 for anything outside the base64url alphabet. */
const DECODE_TABLE = new Int8Array(128).fill(-1);
/** 6-bit value → ASCII code of its base64url character. */
const ENCODE_TABLE = new Uint8Array(64);
for (let v = 0; v < 64; v++) {
  const code = ALPHABET.charCodeAt(v);
  DECODE_TABLE[code] = v;
  ENCODE_TABLE[v] = code;
}

const WHITESPACE_NAMES: Readonly<Record<string, string>> = {
  ' ': 'a space',
  '\t': 'a tab (U+0009)',
  '\n': 'a line feed (U+000A)',
  '\r': 'a carriage return (U+000D)',
};

const asciiDecoder = new TextDecoder();

/**
 * Decodes strict base64url as required for JWS/JWE segments (RFC 7515 §2, RFC 4648 §5):
 * URL-safe alphabet only, no padding, no whitespace, and zero unused bits in the last
 * character (RFC 4648 §3.5) so that every byte string has exactly one accepted encoding.
 */
export function decodeBase64Url(text: string): Base64UrlResult {
  const length = text.length;
  const remainder = length % 4;
  const bytes = new Uint8Array(Math.floor(length / 4) * 3 + (remainder === 3 ? 2 : remainder === 2 ? 1 : 0));
  let accumulator = 0;
  let out = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? (DECODE_TABLE[code] ?? -1) : -1;
    if (value < 0) return describeBadCharacter(text, i);
    accumulator = (accumulator << 6) | value;
    if ((i & 3) === 3) {
      bytes[out++] = accumulator >>> 16;
      bytes[out++] = (accumulator >>> 8) & 0xff;
      bytes[out++] = accumulator & 0xff;
      accumulator = 0;
    }
  }

  if (remainder === 1) {
    return {
      ok: false,
      problem: 'impossible-length',
      index: length - 1,
      message:
        `length ${length} is impossible for base64url: a final group of 1 character ` +
        `cannot encode a whole byte (the text may be truncated or have an extra character)`,
    };
  }
  // The final group carries 2 (12 bits) or 3 (18 bits) characters; the low 4 or 2 bits are padding.
  const unusedMask = remainder === 2 ? 0x0f : remainder === 3 ? 0x03 : 0;
  if ((accumulator & unusedMask) !== 0) {
    const last = text.charAt(length - 1);
    const canonical = ALPHABET.charAt((DECODE_TABLE[last.charCodeAt(0)] ?? 0) & ~unusedMask);
    return {
      ok: false,
      problem: 'non-canonical',
      index: length - 1,
      message:
        `the last character '${last}' (character ${length - 1}) has non-zero unused bits, ` +
        `so this is not the canonical encoding; the canonical form ends in '${canonical}'`,
    };
  }
  if (remainder === 2) {
    bytes[out] = accumulator >>> 4;
  } else if (remainder === 3) {
    bytes[out++] = accumulator >>> 10;
    bytes[out] = (accumulator >>> 2) & 0xff;
  }
  return { ok: true, bytes };
}

/** Encodes bytes as unpadded base64url (RFC 7515 §2, RFC 4648 §5). */
export function encodeBase64Url(bytes: Uint8Array): string {
  const length = bytes.length;
  const remainder = length % 3;
  const fullEnd = length - remainder;
  const out = new Uint8Array((fullEnd / 3) * 4 + (remainder === 0 ? 0 : remainder + 1));
  let o = 0;
  for (let i = 0; i < fullEnd; i += 3) {
    const triple = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = ENCODE_TABLE[triple >>> 18] ?? 0;
    out[o++] = ENCODE_TABLE[(triple >>> 12) & 63] ?? 0;
    out[o++] = ENCODE_TABLE[(triple >>> 6) & 63] ?? 0;
    out[o++] = ENCODE_TABLE[triple & 63] ?? 0;
  }
  if (remainder === 1) {
    const a = bytes[fullEnd] ?? 0;
    out[o++] = ENCODE_TABLE[a >>> 2] ?? 0;
    out[o] = ENCODE_TABLE[(a & 3) << 4] ?? 0;
  } else if (remainder === 2) {
    const pair = ((bytes[fullEnd] ?? 0) << 8) | (bytes[fullEnd + 1] ?? 0);
    out[o++] = ENCODE_TABLE[pair >>> 10] ?? 0;
    out[o++] = ENCODE_TABLE[(pair >>> 4) & 63] ?? 0;
    out[o] = ENCODE_TABLE[(pair & 15) << 2] ?? 0;
  }
  // Output is pure ASCII, so UTF-8 decoding is an exact, allocation-light bytes→string step.
  return asciiDecoder.decode(out);
}

function describeBadCharacter(text: string, index: number): Base64UrlResult {
  const char = text.charAt(index);
  const at = `character ${index}`;
  if (char === '=') {
    return {
      ok: false,
      problem: 'padding',
      index,
      message: `${at} is '=': padding '=' is not allowed in base64url (JWS segments omit it)`,
    };
  }
  if (char === '+' || char === '/') {
    const replacement = char === '+' ? '-' : '_';
    return {
      ok: false,
      problem: 'standard-alphabet',
      index,
      message: `${at} is '${char}', which belongs to standard base64; base64url uses '${replacement}'`,
    };
  }
  const whitespace = WHITESPACE_NAMES[char];
  if (whitespace !== undefined) {
    return {
      ok: false,
      problem: 'whitespace',
      index,
      message: `${at} is ${whitespace}; whitespace is not allowed inside base64url`,
    };
  }
  return {
    ok: false,
    problem: 'invalid-character',
    index,
    message: `${at} is ${quoteCharacter(text, index)}, which is not in the base64url alphabet (A-Z a-z 0-9 - _)`,
  };
}

/** Quotes printable characters and names the code point of everything else. */
function quoteCharacter(text: string, index: number): string {
  const codePoint = text.codePointAt(index) ?? 0;
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const char = String.fromCodePoint(codePoint);
  if (!/^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(char)) return hex;
  return codePoint < 0x80 ? `'${char}'` : `'${char}' (${hex})`;
}
