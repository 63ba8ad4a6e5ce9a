import { describe, expect, it } from 'vitest';
import { compactJws } from '../../../test-support/build-token';
import { readRfc7520Compact } from '../../../test-support/rfc7520';
import { decodeToken } from './decode-token';

const JWS = compactJws();
const JWE = readRfc7520Compact('jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json');
const JWS_LABELS = ['Header', 'Payload', 'Signature'];
const JWE_LABELS = ['Header', 'Encrypted key', 'IV', 'Ciphertext', 'Tag'];
/** Each bad character and the start of the message that names it (RFC 4648 §5, RFC 7515 §2). */
const BAD_CHARACTERS = [
  { char: '+', says: "character 5 is '+', which belongs to standard base64" },
  { char: '/', says: "character 5 is '/', which belongs to standard base64" },
  { char: '=', says: "character 5 is '='" },
  { char: ' ', says: 'character 5 is a space' },
  { char: 'é', says: "character 5 is 'é' (U+00E9)" },
];

/** Replaces character 5 of segment `index` with `char`; returns the token and where that character sits. */
function corrupt(token: string, index: number, char: string): { text: string; at: number } {
  const segments = token.split('.');
  const at = segments.slice(0, index).reduce((sum, s) => sum + s.length + 1, 0) + 5;
  return { text: `${token.slice(0, at)}${char}${token.slice(at + 1)}`, at };
}

/** One row per segment of each kind, each segment spoilt with a different bad character. */
const rows = [
  { kind: 'JWS', token: JWS, labels: JWS_LABELS },
  { kind: 'JWE', token: JWE, labels: JWE_LABELS },
].flatMap(({ kind, token, labels }) =>
  labels.flatMap((label, index) => {
    const bad = BAD_CHARACTERS[index];
    return bad
      ? [{ token, labels, label, index, ...bad, title: `${kind} ${label} with ${JSON.stringify(bad.char)}` }]
      : [];
  }),
);

describe('base64url errors point at the bad character and hide nothing else (RFC 7515 §5.2 step 1)', () => {
  describe.each([
    { prefix: '', pasted: 'a bare token' },
    { prefix: 'Bearer ', pasted: 'a token after "Bearer "' },
  ])('in $pasted', ({ prefix }) => {
    it.each(rows)('$title', ({ token, labels, index, label, char, says }) => {
      const { text, at } = corrupt(token, index, char);
      const input = `${prefix}${text}`;
      const decoded = decodeToken(input);
      const errors = decoded.findings.filter((f) => f.severity === 'error');
      const bad = decoded.parts[index];

      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({
        code: 'base64url-invalid',
        part: bad?.name,
        at: { start: prefix.length + at, end: prefix.length + at + 1 },
      });
      expect(errors[0]?.message.startsWith(`${label}: ${says}`)).toBe(true);
      expect(input.slice(errors[0]?.at?.start, errors[0]?.at?.end)).toBe(char);

      expect(decoded.parts.map((p) => p.label)).toEqual(labels);
      expect(bad).toMatchObject({ label, byteLength: null, content: null, hasError: true });
      for (const part of decoded.parts.filter((_, i) => i !== index)) {
        expect(part).toMatchObject({ byteLength: expect.any(Number), hasError: false });
      }
    });
  });

  it('reports every bad segment, each at its own position', () => {
    const header = corrupt(JWE, 0, '+');
    const both = corrupt(header.text, 4, '/');
    const token = decodeToken(both.text);
    expect(token.findings.map((f) => [f.code, f.part, f.at?.start])).toEqual([
      ['base64url-invalid', 'header', header.at],
      ['base64url-invalid', 'tag', both.at],
    ]);
    expect(token.parts.map((p) => p.byteLength)).toEqual([null, 512, 12, 273, null]);
  });

  it('names a segment of impossible length at its last character', () => {
    const input = `Bearer ${JWS}AA`;
    const finding = decodeToken(input).findings.find((f) => f.code === 'base64url-invalid');
    expect(finding).toMatchObject({
      code: 'base64url-invalid',
      part: 'signature',
      at: { start: input.length - 1, end: input.length },
    });
    expect(finding?.message).toMatch(/^Signature: length 45 is impossible for base64url/);
  });
});
