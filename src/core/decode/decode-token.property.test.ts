import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDINGS } from '../findings/catalogue';
import { compactJws } from '../../../test-support/build-token';
import { readRfc7520Compact } from '../../../test-support/rfc7520';
import type { DecodedToken, SourceRange } from '../types';
import { decodeToken } from './decode-token';

const JWE = readRfc7520Compact('jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json');
const JSON_GENERAL = JSON.stringify({
  payload: 'SXTigJlzIGEgZGFuZ2Vyb3VzIGJ1c2luZXNzLg',
  signatures: [
    { protected: 'eyJhbGciOiJSUzI1NiJ9', header: { kid: 'bilbo' }, signature: 'MIsjqtVlOpa71KE-Mss8_Nq2YH4' },
    { protected: 'eyJhbGciOiJIUzI1NiJ9', signature: 's0h6KThzkfBBBkLspW1h84VsJZFTsPPqMDA7g1Md7p0' },
  ],
});
const SEEDS = [compactJws(), `Bearer ${compactJws()}`, JWE, JSON_GENERAL];

const ALPHABET = [
  '.',
  '=',
  '+',
  '/',
  ' ',
  '\n',
  '\t',
  '{',
  '}',
  '"',
  '\\',
  ':',
  ',',
  '[',
  'A',
  '-',
  '_',
  'é',
  '😀',
  '\uD800',
  '\u00A0',
  '\u201C',
  '\u0000',
];
const character = fc.oneof(fc.constantFrom(...ALPHABET), fc.string({ minLength: 1, maxLength: 1 }));

/** Mutations are plain data, so a failing case prints readably. */
type Mutation =
  | { kind: 'replace' | 'insert'; at: number; char: string }
  | { kind: 'delete' | 'truncate' | 'duplicate-segment'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('replace' as const, 'insert' as const), at: fc.nat(), char: character }),
  fc.record({
    kind: fc.constantFrom('delete' as const, 'truncate' as const, 'duplicate-segment' as const),
    at: fc.nat(),
  }),
);

function mutate(text: string, m: Mutation): string {
  const i = m.at % (text.length + 1);
  switch (m.kind) {
    case 'replace':
      return text.slice(0, i) + m.char + text.slice(i + 1);
    case 'insert':
      return text.slice(0, i) + m.char + text.slice(i);
    case 'delete':
      return text.slice(0, i) + text.slice(i + 1);
    case 'truncate':
      return text.slice(0, i);
    case 'duplicate-segment': {
      const segments = text.split('.');
      const k = m.at % segments.length;
      return [...segments.slice(0, k + 1), ...segments.slice(k)].join('.');
    }
  }
}

/** What must hold for any input: a plain report whose ranges point into the text and whose codes exist. */
function expectWellFormed(pasted: string, token: DecodedToken): void {
  const inside = (range: SourceRange) => 0 <= range.start && range.start <= range.end && range.end <= pasted.length;
  for (const part of token.parts) {
    if (part.range === null) continue;
    expect(inside(part.range), `${part.name} range ${JSON.stringify(part.range)}`).toBe(true);
    expect(pasted.slice(part.range.start, part.range.end)).toBe(part.encoded);
  }
  for (const finding of token.findings) {
    expect(Object.hasOwn(FINDINGS, finding.code), finding.code).toBe(true);
    expect(finding.severity).toBe(FINDINGS[finding.code].severity);
    if (finding.at) expect(inside(finding.at), `${finding.code} at ${JSON.stringify(finding.at)}`).toBe(true);
  }
  expect(pasted.slice(token.input.offset, token.input.offset + token.input.text.length)).toBe(token.input.text);
}

describe('decodeToken on mutated tokens never throws and reports within the input', () => {
  it.each(SEEDS.map((seed) => ({ seed, title: seed.slice(0, 32) })))('$title…', ({ seed }) => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const pasted = mutations.reduce(mutate, seed);
        expectWellFormed(pasted, decodeToken(pasted));
      }),
      { numRuns: 500 },
    );
  });

  it('holds for arbitrary JSON serialization members', () => {
    const member = fc.constantFrom(
      'payload',
      'protected',
      'header',
      'signature',
      'signatures',
      'ciphertext',
      'recipients',
      'unprotected',
      'iv',
      'tag',
      'aad',
      'encrypted_key',
      '__proto__',
    );
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom('eyJhbGciOiJIUzI1NiJ9', 'e30', 'AAAA', '', 'a+b'),
    );
    const doc = fc.dictionary(member, fc.oneof(value, fc.array(fc.dictionary(member, value), { maxLength: 3 })), {
      minKeys: 1,
    });
    fc.assert(
      fc.property(doc, fc.boolean(), (object, pretty) => {
        const pasted = JSON.stringify(object, null, pretty ? 2 : undefined);
        expectWellFormed(pasted, decodeToken(pasted));
      }),
      { numRuns: 500 },
    );
  });
});
