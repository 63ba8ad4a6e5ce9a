import { describe, expect, it } from 'vitest';
import { decodeHex } from './hex';

describe('RFC 4648 §8 base16', () => {
  it('decodes either case', () => {
    expect(decodeHex('00ffAb')).toEqual({ ok: true, bytes: Uint8Array.of(0, 255, 0xab) });
    expect(decodeHex('')).toEqual({ ok: true, bytes: new Uint8Array(0) });
  });

  it.each([
    ['0g', 1, "'g' is not a hex digit (0-9 a-f)"],
    ['0x00', 1, "'x' is not a hex digit (0-9 a-f)"],
    ['abc', 2, '3 hex digits is an odd count: each byte takes two (a digit is missing or extra)'],
    ['ab\u00e9', 2, 'U+00E9 is not a hex digit (0-9 a-f)'],
  ])('refuses %j at index %i', (text, index, message) => {
    expect(decodeHex(text)).toEqual({ ok: false, index, message });
  });
});
