import { describe, expect, it } from 'vitest';
import { decodeUtf8, isProbablyText, toHex } from './utf8';

const bytesOf = (...values: number[]) => new Uint8Array(values);

describe('decodeUtf8 (RFC 3629)', () => {
  it.each([
    { name: 'no bytes decode to the empty string', bytes: bytesOf(), text: '' },
    { name: 'ASCII decodes', bytes: bytesOf(0x7b, 0x7d), text: '{}' },
    { name: 'a 2-byte sequence decodes', bytes: bytesOf(0xc3, 0xa9), text: 'é' },
    { name: 'a 3-byte sequence decodes', bytes: bytesOf(0xe2, 0x82, 0xac), text: '€' },
    { name: 'a 4-byte sequence decodes', bytes: bytesOf(0xf0, 0x9f, 0x98, 0x80), text: '😀' },
    { name: 'the largest code point U+10FFFF decodes', bytes: bytesOf(0xf4, 0x8f, 0xbf, 0xbf), text: '\u{10FFFF}' },
    { name: 'a leading BOM is kept, not stripped', bytes: bytesOf(0xef, 0xbb, 0xbf, 0x41), text: '\uFEFFA' },
    { name: 'U+FFFD itself is valid', bytes: bytesOf(0xef, 0xbf, 0xbd), text: '\uFFFD' },
  ])('$name', ({ bytes, text }) => {
    expect(decodeUtf8(bytes)).toEqual({ ok: true, text });
  });

  it.each([
    {
      name: 'a stray continuation byte',
      bytes: bytesOf(0x41, 0x80),
      byteIndex: 1,
      message: /byte 1 is 0x80, a continuation byte with no lead byte/,
    },
    { name: 'overlong lead byte 0xC0', bytes: bytesOf(0xc0, 0xaf), byteIndex: 0, message: /0xC0.*overlong/ },
    {
      name: 'overlong lead byte 0xC1',
      bytes: bytesOf(0x41, 0x42, 0xc1, 0xbf),
      byteIndex: 2,
      message: /byte 2 is 0xC1/,
    },
    {
      name: 'byte 0xF5 never appears',
      bytes: bytesOf(0xf5, 0x80, 0x80, 0x80),
      byteIndex: 0,
      message: /never appears in valid UTF-8/,
    },
    { name: 'byte 0xFF never appears', bytes: bytesOf(0x41, 0xff), byteIndex: 1, message: /0xFF/ },
    {
      name: 'an overlong 3-byte sequence (E0 80..9F)',
      bytes: bytesOf(0xe0, 0x80, 0xaf),
      byteIndex: 0,
      message: /overlong encoding of a code point below U\+0800/,
    },
    {
      name: 'an encoded surrogate (ED A0..BF)',
      bytes: bytesOf(0x61, 0xed, 0xa0, 0x80),
      byteIndex: 1,
      message: /surrogate/,
    },
    {
      name: 'an overlong 4-byte sequence (F0 80..8F)',
      bytes: bytesOf(0xf0, 0x8f, 0xbf, 0xbf),
      byteIndex: 0,
      message: /below U\+10000/,
    },
    {
      name: 'a code point above U+10FFFF (F4 90..)',
      bytes: bytesOf(0xf4, 0x90, 0x80, 0x80),
      byteIndex: 0,
      message: /above U\+10FFFF/,
    },
    {
      name: 'a missing continuation byte',
      bytes: bytesOf(0xe2, 0x82, 0x41),
      byteIndex: 0,
      message: /expected a continuation byte \(0x80–0xBF\) at byte 2, found 0x41/,
    },
    {
      name: 'a sequence cut off by the end of data',
      bytes: bytesOf(0x41, 0xf0, 0x9f, 0x98),
      byteIndex: 1,
      message: /4-byte sequence starting at byte 1 is cut off/,
    },
    { name: 'a lone lead byte at the end', bytes: bytesOf(0xc3), byteIndex: 0, message: /cut off/ },
  ])('rejects $name at its byte index', ({ bytes, byteIndex, message }) => {
    const result = decodeUtf8(bytes);
    expect(result).toMatchObject({ ok: false, byteIndex });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  const isStrictUtf8 = (bytes: Uint8Array): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  };

  it('agrees with TextDecoder (and isProbablyText with the C0 rule) on every 2-byte input', () => {
    const isControl = (byte: number) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d;
    const disagreements: string[] = [];
    for (let a = 0; a < 256; a++) {
      for (let b = 0; b < 256; b++) {
        const bytes = bytesOf(a, b);
        const valid = isStrictUtf8(bytes);
        if (decodeUtf8(bytes).ok !== valid || isProbablyText(bytes) !== (valid && !isControl(a) && !isControl(b))) {
          disagreements.push(toHex(bytes));
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('agrees with TextDecoder on random 4-byte inputs built from boundary bytes', () => {
    const pool = [
      0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff,
    ];
    const pick = () => pool[Math.floor(Math.random() * pool.length)] ?? 0;
    const disagreements: string[] = [];
    for (let trial = 0; trial < 20_000; trial++) {
      const bytes = bytesOf(pick(), pick(), pick(), pick());
      if (decodeUtf8(bytes).ok !== isStrictUtf8(bytes)) disagreements.push(toHex(bytes));
    }
    expect(disagreements).toEqual([]);
  });
});

describe('isProbablyText', () => {
  it.each([
    { name: 'empty bytes are text', bytes: bytesOf(), text: true },
    { name: 'JSON is text', bytes: new TextEncoder().encode('{"sub":"1234"}'), text: true },
    { name: 'tab, LF and CR are allowed', bytes: bytesOf(0x61, 0x09, 0x0a, 0x0d, 0x62), text: true },
    { name: 'non-ASCII UTF-8 is text', bytes: new TextEncoder().encode('Grüße 😀'), text: true },
    { name: 'a NUL byte is not text', bytes: bytesOf(0x61, 0x00), text: false },
    { name: 'an ESC control byte is not text', bytes: bytesOf(0x1b, 0x5b), text: false },
    { name: 'invalid UTF-8 is not text', bytes: bytesOf(0x61, 0xff), text: false },
    { name: 'random binary is not text', bytes: bytesOf(0x30, 0x82, 0x01, 0x0a), text: false },
  ])('$name', ({ bytes, text }) => {
    expect(isProbablyText(bytes)).toBe(text);
  });
});

describe('toHex', () => {
  const sixtyFive = new Uint8Array(65).fill(0xab);
  it.each([
    { name: 'no bytes give the empty string', bytes: bytesOf(), max: undefined, hex: '' },
    {
      name: 'bytes become lowercase space-separated pairs',
      bytes: bytesOf(0x0a, 0x1b, 0xff),
      max: undefined,
      hex: '0a 1b ff',
    },
    { name: 'zero is padded to two digits', bytes: bytesOf(0), max: undefined, hex: '00' },
    { name: 'exactly maxBytes bytes are not truncated', bytes: bytesOf(1, 2), max: 2, hex: '01 02' },
    { name: 'bytes past maxBytes are replaced by an ellipsis', bytes: bytesOf(1, 2, 3), max: 2, hex: '01 02 …' },
    { name: 'maxBytes 0 shows only the ellipsis', bytes: bytesOf(1), max: 0, hex: '…' },
    {
      name: 'the default limit is 64 bytes',
      bytes: sixtyFive,
      max: undefined,
      hex: `${Array(64).fill('ab').join(' ')} …`,
    },
  ])('$name', ({ bytes, max, hex }) => {
    expect(toHex(bytes, max)).toBe(hex);
  });
});
