import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';

describe('RFC 4648 §4 base64', () => {
  it.each([
    ['', []],
    ['Zg==', [0x66]],
    ['Zg', [0x66]],
    ['Zm8=', [0x66, 0x6f]],
    ['Zm9v', [0x66, 0x6f, 0x6f]],
    ['+/+/', [0xfb, 0xff, 0xbf]],
  ])('decodes %j', (text, bytes) => {
    expect(decodeBase64(text)).toEqual({ ok: true, bytes: Uint8Array.from(bytes) });
  });

  it.each([
    ['Zg=', 2, "the '=' padding does not fill the last group of 4 characters"],
    ['Zm9v=', 4, "the '=' padding does not fill the last group of 4 characters"],
    ['Z', 0, '1 base64 characters cannot be whole bytes: the last group has a single character (truncated?)'],
    ['Zh==', 1, 'the last character has non-zero unused bits, so this is not canonical base64 (truncated?)'],
    ['Zm 9v', 2, 'whitespace (U+0020) is not allowed inside base64'],
    ['Zm_v', 2, "'_' is base64url, not base64: choose the base64url encoding"],
    ['Zm😀v', 2, 'U+1F600 is not in the base64 alphabet (A-Z a-z 0-9 + /)'],
  ])('refuses %j at index %i', (text, index, message) => {
    expect(decodeBase64(text)).toEqual({ ok: false, index, message });
  });

  it('encodes with padding, as Node does', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 64]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 250) % 256);
      expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
