import { describe, expect, it } from 'vitest';
import type { SecretEncoding } from '../inspect/types';
import { parseKeyInput } from './parse-key-input';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('Secrets in each encoding (RFC 7518 §3.2 HMAC keys, §4.8 PBES2 passwords; RFC 4648)', () => {
  it.each<[string, string, SecretEncoding | undefined, Uint8Array, string]>([
    [
      'UTF-8 by default',
      'secret',
      undefined,
      new TextEncoder().encode('secret'),
      'Secret, 6 bytes (48 bits), read as UTF-8 text',
    ],
    [
      'UTF-8, multi-byte',
      'ключ',
      'utf8',
      new TextEncoder().encode('ключ'),
      'Secret, 8 bytes (64 bits), read as UTF-8 text',
    ],
    [
      'RFC 4648 §4 base64, padded',
      'AAECAw==',
      'base64',
      bytes(0, 1, 2, 3),
      'Secret, 4 bytes (32 bits), decoded from base64',
    ],
    [
      'RFC 4648 §4 base64, unpadded',
      '+/8',
      'base64',
      bytes(0xfb, 0xff),
      'Secret, 2 bytes (16 bits), decoded from base64',
    ],
    [
      'RFC 4648 §5 base64url',
      '-_8',
      'base64url',
      bytes(0xfb, 0xff),
      'Secret, 2 bytes (16 bits), decoded from base64url',
    ],
    [
      'RFC 4648 §5 base64url with padding',
      'AAECAw==',
      'base64url',
      bytes(0, 1, 2, 3),
      'Secret, 4 bytes (32 bits), decoded from base64url',
    ],
    [
      'RFC 4648 §8 hex, either case',
      'deadBEEF',
      'hex',
      bytes(0xde, 0xad, 0xbe, 0xef),
      'Secret, 4 bytes (32 bits), decoded from hex',
    ],
  ])('%s', async (_name, text, secretEncoding, expected, label) => {
    const { candidates, findings } = await parseKeyInput(`  ${text}\r\n`, secretEncoding ? { secretEncoding } : {});
    expect(candidates).toEqual([
      { label, origin: 'secret', kty: 'oct', bits: expected.length * 8, isPrivate: true, secret: expected },
    ]);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'key-recognized', message: label, at: { start: 2, end: 2 + text.length } }),
    ]);
  });

  it.each<[string, string, SecretEncoding, string, number]>([
    [
      'hex with a non-hex digit',
      'abxz',
      'hex',
      "The secret is not valid hex (character 2): 'x' is not a hex digit (0-9 a-f).",
      2,
    ],
    [
      'hex with an odd count',
      'abc',
      'hex',
      'The secret is not valid hex (character 2): 3 hex digits is an odd count: each byte takes two (a digit is missing or extra).',
      2,
    ],
    [
      'hex with a space inside',
      'ab cd',
      'hex',
      'The secret is not valid hex (character 2): U+0020 is not a hex digit (0-9 a-f).',
      2,
    ],
    [
      'base64 with a foreign character',
      'ab$d',
      'base64',
      "The secret is not valid base64 (character 2): '$' is not in the base64 alphabet (A-Z a-z 0-9 + /).",
      2,
    ],
    [
      'base64 given base64url',
      'ab-d',
      'base64',
      "The secret is not valid base64 (character 2): '-' is base64url, not base64: choose the base64url encoding.",
      2,
    ],
    [
      'base64 cut short',
      'abcde',
      'base64',
      'The secret is not valid base64 (character 4): 5 base64 characters cannot be whole bytes: the last group has a single character (truncated?).',
      4,
    ],
    [
      'base64 with too much padding',
      'ab===',
      'base64',
      "The secret is not valid base64 (character 2): '=' is padding, which may only end the text.",
      2,
    ],
    [
      'base64url given base64',
      'ab+d',
      'base64url',
      "The secret is not valid base64url: character 2 is '+', which belongs to standard base64; base64url uses '-'.",
      2,
    ],
  ])('%s is key-invalid and points at the character', async (_name, text, secretEncoding, message, index) => {
    const paste = `\n ${text}`;
    const { candidates, findings } = await parseKeyInput(paste, { secretEncoding });
    expect(candidates).toEqual([]);
    expect(findings).toEqual([
      {
        code: 'key-invalid',
        severity: 'error',
        message,
        hint: expect.any(String),
        // Which key box it came from is the inspector's to say; the stage is always the key's.
        source: expect.any(String),
        stage: 'key',
        at: { start: 2 + index, end: 3 + index },
      },
    ]);
  });
});
