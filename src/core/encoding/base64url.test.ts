import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url, type Base64UrlProblem } from './base64url';

const bytesOf = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('decodeBase64Url (RFC 7515 §2, RFC 4648 §5)', () => {
  it.each([
    { name: 'the empty string decodes to no bytes', text: '', bytes: bytesOf() },
    { name: 'a 2-character group decodes to 1 byte', text: 'QQ', bytes: ascii('A') },
    { name: 'a 3-character group decodes to 2 bytes', text: 'QUI', bytes: ascii('AB') },
    { name: 'a 4-character group decodes to 3 bytes', text: 'QUJD', bytes: ascii('ABC') },
    { name: "'-' and '_' carry the values 62 and 63", text: '-_-_', bytes: bytesOf(0xfb, 0xff, 0xbf) },
    { name: 'a JOSE header decodes', text: 'eyJhbGciOiJIUzI1NiJ9', bytes: ascii('{"alg":"HS256"}') },
    { name: 'all-zero bits decode', text: 'AAAA', bytes: bytesOf(0, 0, 0) },
  ])('$name', ({ text, bytes }) => {
    expect(decodeBase64Url(text)).toEqual({ ok: true, bytes });
  });

  it.each<{ name: string; text: string; problem: Base64UrlProblem; index: number; message: RegExp }>([
    {
      name: "'=' padding is rejected at its position",
      text: 'QQ==',
      problem: 'padding',
      index: 2,
      message: /character 2 is '='.*padding '=' is not allowed in base64url/,
    },
    {
      name: "'+' is rejected as standard base64",
      text: 'eyJhbGciOi+I',
      problem: 'standard-alphabet',
      index: 10,
      message: /^character 10 is '\+', which belongs to standard base64; base64url uses '-'$/,
    },
    {
      name: "'/' is rejected as standard base64",
      text: 'ab/c',
      problem: 'standard-alphabet',
      index: 2,
      message: /'\/', which belongs to standard base64; base64url uses '_'/,
    },
    {
      name: 'a space is rejected as whitespace',
      text: 'QU JD',
      problem: 'whitespace',
      index: 2,
      message: /character 2 is a space/,
    },
    {
      name: 'a tab is rejected as whitespace',
      text: '\tQQ',
      problem: 'whitespace',
      index: 0,
      message: /tab \(U\+0009\)/,
    },
    {
      name: 'a line feed is rejected as whitespace',
      text: 'QUJD\n',
      problem: 'whitespace',
      index: 4,
      message: /line feed \(U\+000A\)/,
    },
    {
      name: 'a carriage return is rejected as whitespace',
      text: 'QU\rJD',
      problem: 'whitespace',
      index: 2,
      message: /carriage return/,
    },
    {
      name: 'a printable foreign character is quoted',
      text: 'QU.D',
      problem: 'invalid-character',
      index: 2,
      message: /character 2 is '\.', which is not in the base64url alphabet/,
    },
    {
      name: 'a NUL is shown as a code point',
      text: 'Q\u0000',
      problem: 'invalid-character',
      index: 1,
      message: /character 1 is U\+0000,/,
    },
    {
      name: 'a non-ASCII letter is quoted with its code point',
      text: 'QUé',
      problem: 'invalid-character',
      index: 2,
      message: /'é' \(U\+00E9\)/,
    },
    {
      name: 'an astral character is named by its full code point',
      text: 'QQ😀',
      problem: 'invalid-character',
      index: 2,
      message: /U\+1F600/,
    },
    {
      name: 'a lone surrogate is shown as a code point',
      text: 'QQ\uD800',
      problem: 'invalid-character',
      index: 2,
      message: /U\+D800,/,
    },
    {
      name: 'the first offending character wins',
      text: 'Q+=Q',
      problem: 'standard-alphabet',
      index: 1,
      message: /character 1/,
    },
    { name: 'a bad character outranks a bad length', text: 'QUJD=', problem: 'padding', index: 4, message: /padding/ },
    {
      name: 'length 1 is impossible',
      text: 'Q',
      problem: 'impossible-length',
      index: 0,
      message: /length 1 is impossible/,
    },
    {
      name: 'length 5 is impossible, pointing at the last character',
      text: 'QUJDR',
      problem: 'impossible-length',
      index: 4,
      message: /length 5/,
    },
    {
      name: "non-zero unused bits in a 2-character tail are non-canonical ('QR' vs 'QQ')",
      text: 'QR',
      problem: 'non-canonical',
      index: 1,
      message: /'R'.*canonical form ends in 'Q'/,
    },
    {
      name: "non-zero unused bits in a 3-character tail are non-canonical ('QUJ' vs 'QUI')",
      text: 'QUJ',
      problem: 'non-canonical',
      index: 2,
      message: /ends in 'I'/,
    },
    {
      name: 'non-canonical tails are caught after full groups',
      text: 'QUJDQR',
      problem: 'non-canonical',
      index: 5,
      message: /character 5/,
    },
  ])('$name', ({ text, problem, index, message }) => {
    const result = decodeBase64Url(text);
    expect(result).toMatchObject({ ok: false, problem, index });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('decodes a 5 MB string', () => {
    const bytes = new Uint8Array(3_750_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    const text = encodeBase64Url(bytes);
    expect(text.length).toBe(5_000_000);
    const result = decodeBase64Url(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(Buffer.from(result.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('reports a bad character deep inside a 5 MB string at its exact index', () => {
    const text = `${'A'.repeat(4_000_001)}+${'A'.repeat(999_998)}`;
    expect(decodeBase64Url(text)).toMatchObject({ ok: false, problem: 'standard-alphabet', index: 4_000_001 });
  });
});

describe('encodeBase64Url (RFC 7515 §2)', () => {
  it.each([
    { name: 'no bytes encode to the empty string', bytes: bytesOf(), text: '' },
    { name: '1 byte encodes to 2 characters without padding', bytes: ascii('A'), text: 'QQ' },
    { name: '2 bytes encode to 3 characters without padding', bytes: ascii('AB'), text: 'QUI' },
    { name: '3 bytes encode to 4 characters', bytes: ascii('ABC'), text: 'QUJD' },
    { name: "values 62 and 63 use '-' and '_'", bytes: bytesOf(0xfb, 0xff, 0xbf), text: '-_-_' },
    {
      name: 'matches Node’s base64url encoder',
      bytes: ascii('{"alg":"HS256","typ":"JWT"}'),
      text: Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url'),
    },
  ])('$name', ({ bytes, text }) => {
    expect(encodeBase64Url(bytes)).toBe(text);
  });

  it.each(Array.from({ length: 41 }, (_, length) => ({ length })))(
    'round-trips $length random bytes and agrees with Node',
    ({ length }) => {
      for (let trial = 0; trial < 20; trial++) {
        const bytes = new Uint8Array(length);
        for (let i = 0; i < length; i++) bytes[i] = Math.floor(Math.random() * 256);
        const text = encodeBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64Url(text)).toEqual({ ok: true, bytes });
      }
    },
  );
});
