import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspect, type Inspection, type InspectOptions } from '../index';
import { hs256Jws } from '../../../test-support/build-token';

/*
 * The report carries facts, and they agree with each other, for any token: every error about the claims
 * makes the claims verdict invalid (and only such an error does), and every entry's keySelection agrees
 * with the findings (RFC 7515 §4.1.4: a kid selects keys; RFC 7519 §7.2: claims are checked after).
 */
const SECRET = 'a-string-secret-at-least-256-bits-long';
const NOW = 1_800_000_000;
const oct = (secret: string) => Buffer.from(secret).toString('base64url');

const anyValue = fc.oneof(
  fc.integer({ min: NOW - 10_000, max: NOW + 10_000 }),
  fc.double({ noNaN: true }),
  fc.constantFrom(1e16, -9e15, 2 ** 53 + 2, 1e300, 1_800_000_000_000),
  fc.string({ maxLength: 8 }),
  fc.constant(null),
  fc.boolean(),
  fc.constant({ nested: 1 }),
  fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 3 }),
);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const claimsArb = fc.record(
  { exp: anyValue, nbf: anyValue, iat: anyValue, sub: anyValue, iss: anyValue, aud: anyValue, jti: anyValue },
  { requiredKeys: [] },
);
const kidArb = optional(
  fc.oneof(fc.constantFrom('k1', 'k2', 'nope'), fc.integer(), fc.constant(null), fc.constant({ k: 1 })),
);
const keysArb = fc.constantFrom<Pick<InspectOptions, 'verificationKey'>>(
  {},
  { verificationKey: SECRET },
  { verificationKey: 'a-wrong-secret-that-is-long-enough-to-use' },
  { verificationKey: JSON.stringify({ keys: [{ kty: 'oct', kid: 'k1', k: oct(SECRET) }] }) },
  {
    verificationKey: JSON.stringify({
      keys: [
        { kty: 'oct', kid: 'k2', k: oct('another-secret-another-secret-another') },
        { kty: 'oct', kid: 'k1', k: oct(SECRET) },
      ],
    }),
  },
  { verificationKey: JSON.stringify({ keys: [{ kty: 'oct', k: oct(SECRET) }] }) },
);
const expectedArb = fc.record(
  { issuer: fc.constantFrom('https://issuer.example', ''), audience: fc.constantFrom('api', 'x') },
  { requiredKeys: [] },
);

const tokenCase = fc.record({ claims: claimsArb, kid: kidArb, keys: keysArb, expected: expectedArb });

function check(result: Inspection): void {
  const claimErrors = result.findings.filter((f) => f.stage === 'claims' && f.severity === 'error');
  expect(result.claims === 'invalid').toBe(claimErrors.length > 0);
  for (const finding of result.findings) {
    expect(typeof finding.source).toBe('string');
    expect(typeof finding.stage).toBe('string');
  }
  const keysGiven = result.findings.some((f) => f.code === 'key-recognized');
  for (const [layerIndex, layer] of result.layers.entries()) {
    for (const entry of layer.entries) {
      const about = (code: string) =>
        result.findings.filter(
          (f) => f.code === code && (f.layer ?? 0) === layerIndex && (f.entry === undefined || f.entry === entry.index),
        );
      const { outcome, tried, kid } = entry.keySelection;
      expect(outcome === 'not-found').toBe(about('key-not-found').length > 0);
      expect(outcome === 'type-mismatch').toBe(about('header-param-invalid').some((f) => f.name === 'kid'));
      if (outcome !== 'type-mismatch') expect(outcome === 'no-keys').toBe(!keysGiven);
      if (outcome === 'no-keys' || outcome === 'type-mismatch') expect(tried).toBe(0);
      if (outcome === 'matched') expect(kid).not.toBeNull();
      if (entry.verdict === 'valid') {
        expect(tried).toBeGreaterThan(0);
        expect(entry.keyUsed).toBeDefined();
        expect(['matched', 'tried-unnamed', 'not-found']).toContain(outcome);
      }
    }
  }
}

describe('the report’s facts agree, for random tokens', () => {
  it('claims errors ⇔ claims invalid; keySelection ⇔ findings', async () => {
    await fc.assert(
      fc.asyncProperty(tokenCase, async ({ claims, kid, keys, expected }) => {
        const header = kid === undefined ? { alg: 'HS256' } : { alg: 'HS256', kid };
        const token = hs256Jws(header, JSON.stringify(claims), SECRET);
        check(await inspect(token, { ...keys, expected, now: NOW }));
      }),
      { numRuns: 300 },
    );
  });
});
