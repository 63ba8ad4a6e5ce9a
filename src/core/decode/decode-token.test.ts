import { describe, expect, it } from 'vitest';
import { CLAIMS, compactJws, encodeText } from '../../../test-support/build-token';
import { MAX_INPUT_CHARS, decodeToken } from './decode-token';

const TOKEN = compactJws();

describe('input that is not a JWS or JWE (RFC 7515 §7.1, RFC 7516 §7.1)', () => {
  it.each([
    {
      name: '1 part',
      input: 'eyJhbGciOiJIUzI1NiJ9',
      message: 'Not a JWS or JWE: 1 dot-separated part, where a JWS has 3 and a JWE has 5.',
    },
    {
      name: '2 parts',
      input: 'eyJhbGciOiJIUzI1NiJ9.e30',
      message: 'Not a JWS or JWE: 2 dot-separated parts, where a JWS has 3 and a JWE has 5.',
    },
    {
      name: '4 parts',
      input: 'a.b.c.d',
      message: 'Not a JWS or JWE: 4 dot-separated parts, where a JWS has 3 and a JWE has 5.',
    },
    {
      name: '6 parts',
      input: 'a.b.c.d.e.f',
      message: 'Not a JWS or JWE: 6 dot-separated parts, where a JWS has 3 and a JWE has 5.',
    },
    {
      name: 'a JSON array',
      input: '[1, 2]',
      message: 'Not a JWS or JWE: 1 dot-separated part, where a JWS has 3 and a JWE has 5.',
    },
  ])('$name → not-a-token over the whole input', ({ input, message }) => {
    const pasted = `Bearer ${input}`;
    const token = decodeToken(pasted);
    expect(token).toMatchObject({ format: 'unknown', header: null, parts: [], isUnsecured: false });
    expect(token.findings.map((f) => f.code)).toEqual(['input-normalized', 'not-a-token']);
    expect(token.findings[1]).toMatchObject({ severity: 'error', message, at: { start: 7, end: pasted.length } });
  });

  it('explains that a claims object on its own is not a token', () => {
    const token = decodeToken(JSON.stringify(CLAIMS));
    expect(token.format).toBe('unknown');
    expect(token.findings).toEqual([expect.objectContaining({ code: 'not-a-token', severity: 'error' })]);
    expect(token.findings[0]?.message).toMatch(
      /^This is JSON, but not a JWS or JWE JSON serialization: it has no "signature", "signatures" or "ciphertext" member/,
    );
  });

  it('points invalid JSON at the offending character', () => {
    const pasted = '  {"payload": "e30", "signature" "x"}';
    const token = decodeToken(pasted);
    expect(token.findings.map((f) => f.code)).toEqual(['input-normalized', 'json-invalid']);
    expect(token.findings[1]?.message).toMatch(
      /^The input looks like a JSON serialization but is not valid JSON: expected ':' after the member name/,
    );
    expect(pasted.slice(token.findings[1]?.at?.start, token.findings[1]?.at?.end)).toBe('"');
  });

  it('points truncated JSON at its last character, never past the end of the input', () => {
    const pasted = '{"signature":"x"';
    expect(decodeToken(pasted).findings).toEqual([
      expect.objectContaining({ code: 'json-invalid', at: { start: pasted.length - 1, end: pasted.length } }),
    ]);
  });
});

describe('input size (RFC 7515 §10.12)', () => {
  it('decodes a 900,000-character single segment quickly, without splitting it', () => {
    const pasted = 'A'.repeat(900_000);
    const started = performance.now();
    const token = decodeToken(pasted);
    expect(performance.now() - started).toBeLessThan(500);
    expect(token.findings).toEqual([
      expect.objectContaining({ code: 'not-a-token', message: expect.stringContaining('1 dot-separated part') }),
    ]);
  });

  it('decodes a JWS with a 900,000-character payload quickly', () => {
    const pasted = compactJws({ payload: encodeText(JSON.stringify({ ...CLAIMS, pad: 'x'.repeat(675_000) })) });
    expect(pasted.length).toBeGreaterThan(900_000);
    const started = performance.now();
    const token = decodeToken(pasted);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(token.format).toBe('jws-compact');
    expect(token.findings).toEqual([]);
  });

  it(`accepts exactly ${MAX_INPUT_CHARS.toLocaleString('en')} characters`, () => {
    const findings = decodeToken('A'.repeat(MAX_INPUT_CHARS)).findings;
    expect(findings.map((f) => f.code)).toEqual(['not-a-token']);
  });

  it('sets the limit at 16 MiB, far above the old 1,000,000 characters', () => {
    expect(MAX_INPUT_CHARS).toBe(16_777_216);
    const token = decodeToken(`eyJhbGciOiJub25lIn0.${'eHh4'.repeat(2_500_000)}.`);
    expect(token.format).toBe('jws-compact');
    expect(token.findings.map((f) => f.code)).not.toContain('input-too-large');
  });

  it('refuses anything longer with input-too-large, before normalizing or splitting', () => {
    const token = decodeToken(`Bearer ${'A.'.repeat(MAX_INPUT_CHARS / 2)}`);
    expect(token).toMatchObject({ format: 'unknown', parts: [], input: { text: '', offset: 0, removed: [] } });
    expect(token.findings).toEqual([
      expect.objectContaining({
        code: 'input-too-large',
        severity: 'error',
        message: 'The input is 16,777,223 characters; JWT Lens decodes at most 16,777,216.',
      }),
    ]);
  });
});

describe('empty input and clean-up notices (RFC 6750 §2.1)', () => {
  it.each([
    { name: 'empty input', input: '', codes: ['input-empty'] },
    { name: 'only whitespace', input: ' \n\t ', codes: ['input-normalized', 'input-empty'] },
    { name: 'only quotes', input: '""', codes: ['input-normalized', 'input-empty'] },
  ])('$name → input-empty', ({ input, codes }) => {
    const token = decodeToken(input);
    expect(token.format).toBe('unknown');
    expect(token.findings.map((f) => f.code)).toEqual(codes);
    expect(token.findings.at(-1)).toMatchObject({ severity: 'info', message: 'Paste a token to decode it.' });
  });

  it.each([
    { name: 'a bare token', input: TOKEN, message: null },
    {
      name: 'a token with a trailing newline',
      input: `${TOKEN}\n`,
      message: 'Removed surrounding whitespace before decoding.',
    },
    { name: 'a Bearer token', input: `Bearer ${TOKEN}`, message: 'Removed the "Bearer" scheme before decoding.' },
    { name: 'a quoted token', input: `'${TOKEN}'`, message: 'Removed surrounding quotes before decoding.' },
    {
      name: 'a whole Authorization header',
      input: `  Authorization: Bearer "${TOKEN}"`,
      message:
        'Removed surrounding whitespace, the "Authorization:" header name, the "Bearer" scheme and surrounding quotes before decoding.',
    },
  ])('$name: input-normalized exactly when something was removed', ({ input, message }) => {
    const token = decodeToken(input);
    const notices = token.findings.filter((f) => f.code === 'input-normalized');
    expect(token.format).toBe('jws-compact');
    expect(notices.map((f) => f.message)).toEqual(message === null ? [] : [message]);
    expect(notices.every((f) => f.severity === 'info' && f.at?.start === 0 && f.at.end === token.input.offset)).toBe(
      true,
    );
  });
});
