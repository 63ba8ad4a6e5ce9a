/** On failure: the index of the offending character and what is wrong, without the position. */
export type HexResult = { ok: true; bytes: Uint8Array } | { ok: false; index: number; message: string };

/** Decodes base16 (RFC 4648 §8), either case, two digits per byte, no separators. */
export function decodeHex(text: string): HexResult {
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (!/[0-9A-Fa-f]/.test(char)) {
      const shown = /^[\x21-\x7e]$/.test(char)
        ? `'${char}'`
        : `U+${(text.codePointAt(i) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
      return { ok: false, index: i, message: `${shown} is not a hex digit (0-9 a-f)` };
    }
  }
  if (text.length % 2 === 1) {
    return {
      ok: false,
      index: text.length - 1,
      message: `${text.length} hex digits is an odd count: each byte takes two (a digit is missing or extra)`,
    };
  }
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return { ok: true, bytes };
}
