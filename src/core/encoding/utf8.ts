export type Utf8Result = { ok: true; text: string } | { ok: false; byteIndex: number; message: string };

interface Utf8Error {
  byteIndex: number;
  message: string;
}

// ignoreBOM keeps a leading U+FEFF in the text, so the caller sees exactly what was encoded.
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Strictly decodes UTF-8 (RFC 3629 §3–4, as required for JOSE headers by RFC 7515 §4).
 * On failure, reports the byte index where the first ill-formed sequence starts.
 */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: strictDecoder.decode(bytes) };
  } catch {
    // TextDecoder does not say where decoding failed, so locate it ourselves.
    const error = findUtf8Error(bytes) ?? {
      byteIndex: 0,
      message: 'the bytes are not valid UTF-8',
    };
    return { ok: false, ...error };
  }
}

/**
 * True when the bytes are valid UTF-8 (RFC 3629) and contain no C0 control characters
 * other than tab, LF and CR — i.e. they are worth showing as text rather than hex.
 */
export function isProbablyText(bytes: Uint8Array): boolean {
  // Bytes below 0x20 only ever encode themselves in UTF-8, so a byte scan is exact.
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return findUtf8Error(bytes) === undefined;
}

const HEX_PAIRS: readonly string[] = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Formats bytes as space-separated lowercase hex pairs, ending in "…" past `maxBytes`. */
export function toHex(bytes: Uint8Array, maxBytes = 64): string {
  const limit = Math.max(0, Math.floor(maxBytes));
  const shown = Math.min(bytes.length, limit);
  const pairs: string[] = new Array<string>(shown);
  for (let i = 0; i < shown; i++) pairs[i] = HEX_PAIRS[bytes[i] ?? 0] ?? '';
  if (bytes.length <= limit) return pairs.join(' ');
  return shown === 0 ? '…' : `${pairs.join(' ')} …`;
}

function formatByte(byte: number): string {
  return `0x${(HEX_PAIRS[byte] ?? '').toUpperCase()}`;
}

/**
 * Validates against RFC 3629 §4 (Unicode Table 3-7: no overlongs, no surrogates,
 * nothing above U+10FFFF) and returns the first ill-formed sequence, if any.
 */
function findUtf8Error(bytes: Uint8Array): Utf8Error | undefined {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let size: number;
    // Allowed range of the second byte; it is narrower than 80..BF for a few lead bytes.
    let low = 0x80;
    let high = 0xbf;
    let narrowReason = '';
    if (lead >= 0xc2 && lead <= 0xdf) {
      size = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      size = 3;
      if (lead === 0xe0) {
        low = 0xa0;
        narrowReason = 'an overlong encoding of a code point below U+0800';
      } else if (lead === 0xed) {
        high = 0x9f;
        narrowReason = 'a UTF-16 surrogate (U+D800–U+DFFF), which UTF-8 must not encode';
      }
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      size = 4;
      if (lead === 0xf0) {
        low = 0x90;
        narrowReason = 'an overlong encoding of a code point below U+10000';
      } else if (lead === 0xf4) {
        high = 0x8f;
        narrowReason = 'a code point above U+10FFFF, the Unicode maximum';
      }
    } else if (lead <= 0xbf) {
      return {
        byteIndex: i,
        message: `byte ${i} is ${formatByte(lead)}, a continuation byte with no lead byte before it`,
      };
    } else if (lead <= 0xc1) {
      return {
        byteIndex: i,
        message: `byte ${i} is ${formatByte(lead)}, which can only start an overlong (forbidden) 2-byte encoding`,
      };
    } else {
      return {
        byteIndex: i,
        message: `byte ${i} is ${formatByte(lead)}, which never appears in valid UTF-8`,
      };
    }

    for (let k = 1; k < size; k++) {
      const at = i + k;
      if (at >= length) {
        return {
          byteIndex: i,
          message: `the ${size}-byte sequence starting at byte ${i} is cut off by the end of the data`,
        };
      }
      const byte = bytes[at] ?? 0;
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (byte < min || byte > max) {
        const why =
          k === 1 && byte >= 0x80 && byte <= 0xbf
            ? `it would be ${narrowReason}`
            : `expected a continuation byte (0x80–0xBF) at byte ${at}, found ${formatByte(byte)}`;
        return {
          byteIndex: i,
          message: `invalid ${size}-byte sequence starting at byte ${i} (${formatByte(lead)}): ${why}`,
        };
      }
    }
    i += size;
  }
  return undefined;
}
