import { describe, expect, it } from 'vitest';
import { looksLikePem, readPemBlocks } from './pem';

describe('RFC 7468 PEM blocks', () => {
  it('§2: finds each block and its range; text between blocks is ignored', () => {
    const text =
      'note\n-----BEGIN A-----\nAAEC\n-----END A-----\nmore\n-----BEGIN B C-----\r\nAw==\r\n-----END B C-----';
    const blocks = readPemBlocks(text);
    expect(blocks.map((b) => [b.label, text.slice(b.range.start, b.range.end).split(/\r?\n/)[1]])).toEqual([
      ['A', 'AAEC'],
      ['B C', 'Aw=='],
    ]);
    expect(blocks.map((b) => b.body.ok && Array.from(b.body.der))).toEqual([[0, 1, 2], [3]]);
  });

  it('§3: lax whitespace inside the body', () => {
    const [block] = readPemBlocks('-----BEGIN A-----\n  AA\tEC \n\n-----END A-----');
    expect(block?.body).toEqual({ ok: true, der: Uint8Array.of(0, 1, 2) });
  });

  it('RFC 1421 §4.6: headers before the body, and Proc-Type ENCRYPTED', () => {
    const text =
      '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAEC\n-----END RSA PRIVATE KEY-----';
    const [block] = readPemBlocks(text);
    expect(block).toMatchObject({ hasEncryptedHeader: true, body: { ok: true, der: Uint8Array.of(0, 1, 2) } });
  });

  it('§2: a BEGIN line whose END is missing, or comes after another BEGIN', () => {
    const text = '-----BEGIN A-----\nAAEC\n-----BEGIN B-----\nAw==\n-----END B-----\n-----END A-----';
    const blocks = readPemBlocks(text);
    expect(blocks.map((b) => [b.label, b.body.ok])).toEqual([
      ['A', false],
      ['B', true],
    ]);
  });

  it('locates a bad base64 character in the paste', () => {
    const text = '-----BEGIN A-----\nAA\n E*\n-----END A-----';
    const [block] = readPemBlocks(text);
    expect(block?.body).toEqual({
      ok: false,
      message: "its base64 body is malformed: '*' is not in the base64 alphabet (A-Z a-z 0-9 + /)",
      at: { start: text.indexOf('*'), end: text.indexOf('*') + 1 },
    });
  });

  it('reads a block squeezed onto one line, as environment variables often hold it', () => {
    const [block] = readPemBlocks('-----BEGIN A-----AAEC-----END A-----');
    expect(block?.body).toEqual({ ok: true, der: Uint8Array.of(0, 1, 2) });
  });

  it('explains "\\n" escapes left over from a JSON string', () => {
    const text = '-----BEGIN A-----\\nAAEC\\n-----END A-----';
    const [block] = readPemBlocks(text);
    expect(block?.body).toEqual({
      ok: false,
      message: 'it contains "\\n" escapes instead of line breaks (copied from a JSON string?); unescape them first',
      at: { start: 17, end: 19 },
    });
  });

  it('looksLikePem needs a BEGIN line', () => {
    expect(looksLikePem('x -----BEGIN PUBLIC KEY----- y')).toBe(true);
    expect(looksLikePem('-----END PUBLIC KEY-----')).toBe(false);
    expect(looksLikePem('BEGIN PUBLIC KEY')).toBe(false);
  });
});
