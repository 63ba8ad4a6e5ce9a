import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hs256Jws } from '../../../test-support/build-token';
import { decodeToken } from '../decode/decode-token';
import { parseKeyInput } from '../keys';
import { exportValidatorTests } from './export-validator-tests';
import { makeValidatorTests } from './make-validator-tests';
import type { ValidatorTestsExport } from './export-validator-tests';

const claimsArb = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean()),
  { maxKeys: 5 },
);
const secretArb = fc.string({ minLength: 32, maxLength: 48 }).filter((s) => s.trim() === s && s.length > 0);

describe('validator tests, for any HS256 token', () => {
  it('no variant equals the original, and every variant decodes as a JWS or a JWE', async () => {
    await fc.assert(
      fc.asyncProperty(claimsArb, secretArb, async (claims, secret) => {
        const token = hs256Jws({ alg: 'HS256', typ: 'JWT' }, JSON.stringify(claims), secret);
        const keys = (await parseKeyInput(secret)).candidates;
        const variants = await makeValidatorTests({
          token,
          keys,
          expected: { issuer: 'https://issuer.example', audience: 'api' },
          url: 'https://attacker.example/jwks.json',
        });
        expect(variants.length).toBeGreaterThan(0);
        for (const variant of variants) {
          if (variant.token === null) continue;
          expect(variant.token).not.toBe(token);
          const decoded = decodeToken(variant.token);
          expect(decoded.format === 'jws-compact' || decoded.format === 'jwe-compact').toBe(true);
          expect(decoded.header).not.toBeNull();
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe('exportValidatorTests', () => {
  it('round-trips: the JSON document holds the original, the time and every variant as made', async () => {
    const token = hs256Jws({ alg: 'HS256' }, '{"sub":"a"}', 'x'.repeat(32));
    const variants = await makeValidatorTests({ token, keys: (await parseKeyInput('x'.repeat(32))).candidates });
    const now = new Date('2026-01-02T03:04:05.000Z');
    const document = JSON.parse(exportValidatorTests(variants, token, now)) as ValidatorTestsExport;
    expect(document).toEqual({
      kind: 'jwt-lens-validator-tests',
      version: 1,
      original: token,
      generatedAt: '2026-01-02T03:04:05.000Z',
      variants,
    });
    expect(Object.keys(document.variants[0] ?? {})).toEqual([
      'id',
      'title',
      'tests',
      'source',
      'expect',
      'finding',
      'token',
      'needs',
    ]);
  });
});
