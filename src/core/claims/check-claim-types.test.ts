import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TYPED_CLAIMS } from '../catalogue/claim-types';
import type { ValueType } from '../catalogue/name-info';
import { CLAIMS } from '../catalogue/names';
import { checkClaims, type ClaimsReport } from './check-claims';

/** 2023-11-14T22:13:20Z */
const NOW = 1_700_000_000;
const EXP = NOW + 3_600;

function check(claims: unknown): ClaimsReport {
  return checkClaims(claims, { alg: 'RS256', typ: 'JWT' }, { expected: {}, now: NOW, clockToleranceSec: 60 });
}
const checkOf = (report: ClaimsReport, name: string) => report.checks.find((c) => c.name === name);

describe('checkClaims: claims of the wrong type (the catalogue types them; RFC 7519 §4.1, OIDC Core §2, §5.1)', () => {
  it.each([
    { claim: 'sub', value: { id: 1 }, message: 'Payload: "sub" is an object; it must be a string.' },
    { claim: 'iss', value: 42, message: 'Payload: "iss" is a number; it must be a string.' },
    { claim: 'jti', value: ['a'], message: 'Payload: "jti" is an array; it must be a string.' },
    {
      claim: 'aud',
      value: [1],
      message: 'Payload: "aud" is an array holding a number; it must be a string or an array of strings.',
    },
    { claim: 'amr', value: 'pwd', message: 'Payload: "amr" is a string; it must be an array of strings.' },
    { claim: 'email_verified', value: 'yes', message: 'Payload: "email_verified" is a string; it must be a boolean.' },
    {
      claim: 'auth_time',
      value: 'x',
      message: 'Payload: "auth_time" is a string ("x"); a NumericDate must be a number of seconds.',
    },
    { claim: 'cnf', value: 'abc', message: 'Payload: "cnf" is a string; it must be a JSON object.' },
    { claim: 'scope', value: ['read'], message: 'Payload: "scope" is an array; it must be a string.' },
    { claim: 'events', value: [], message: 'Payload: "events" is an array; it must be a JSON object.' },
  ])(
    '$claim = $value: claim-type-invalid, an error; types check failed; claims invalid',
    ({ claim, value, message }) => {
      const report = check({ exp: EXP, [claim]: value });
      expect(report.findings).toEqual([
        expect.objectContaining({
          code: 'claim-type-invalid',
          severity: 'error',
          message,
          part: 'payload',
          name: claim,
        }),
      ]);
      expect(checkOf(report, 'types')).toMatchObject({
        status: 'failed',
        detail: expect.stringMatching(new RegExp(`^wrong type: ${claim} \\(`)) as string,
      });
      expect(report.verdict).toBe('invalid');
    },
  );

  it('reports every wrong claim, each under its own name', () => {
    const report = check({ exp: EXP, sub: {}, iss: 1, amr: 'pwd', email_verified: 'yes', cnf: 'abc' });
    expect(report.findings.map((f) => [f.code, f.name])).toEqual([
      ['claim-type-invalid', 'iss'],
      ['claim-type-invalid', 'sub'],
      ['claim-type-invalid', 'email_verified'],
      ['claim-type-invalid', 'amr'],
      ['claim-type-invalid', 'cnf'],
    ]);
    expect(report.verdict).toBe('invalid');
  });

  it('leaves claims the catalogue does not type, and unknown claims, alone', () => {
    const report = check({ exp: EXP, roles: 'admin', verified_claims: [], 'https://example.com/tier': 3 });
    expect(report).toMatchObject({ verdict: 'valid', findings: [] });
  });
});

/** A value of each catalogue type, and one that is not. */
const SAMPLES: Readonly<Record<ValueType, { right: unknown; wrong: unknown }>> = {
  string: { right: 'x', wrong: 42 },
  'string-array': { right: ['x'], wrong: 'x' },
  'string-or-string-array': { right: ['x', 'y'], wrong: { x: 1 } },
  'numeric-date': { right: NOW, wrong: '1700000000' },
  integer: { right: 1, wrong: 1.5 },
  number: { right: 1.5, wrong: '1.5' },
  boolean: { right: false, wrong: 'false' },
  object: { right: {}, wrong: 'abc' },
  array: { right: [], wrong: {} },
};

describe('checkClaims checks every claim the catalogue types, with the type its entry gives', () => {
  it.each(TYPED_CLAIMS)('%s (%s): a right value passes, a wrong one is claim-type-invalid', (claim, type) => {
    const base = claim === 'exp' ? {} : { exp: EXP };
    const right = check({ ...base, [claim]: SAMPLES[type].right });
    expect(right).toMatchObject({ verdict: 'valid', findings: [] });

    const wrong = check({ ...base, [claim]: SAMPLES[type].wrong });
    expect(wrong.findings).toEqual([
      expect.objectContaining({ code: 'claim-type-invalid', severity: 'error', part: 'payload', name: claim }),
    ]);
    expect(checkOf(wrong, 'types')?.status).toBe('failed');
    expect(wrong.verdict).toBe('invalid');
  });
});

describe('checkClaims: every error makes the claims invalid, and only an error does', () => {
  const names = [...Object.keys(CLAIMS), 'custom'];
  const value = fc.oneof(
    fc.jsonValue(),
    fc.double(),
    fc.constantFrom(NOW, NOW * 1000, 2 ** 53 + 2, 1e300, -9e15, Infinity, 'x', ['x'], {}),
  );

  it('holds for random claims sets over the catalogue names', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 8 }), (claims) => {
        const report = check(claims);
        const hasError = report.findings.some((f) => f.severity === 'error');
        expect(report.verdict).toBe(hasError ? 'invalid' : 'valid');
        for (const finding of report.findings) {
          if (finding.code === 'claim-type-invalid' || finding.code === 'timestamp-suspicious') {
            expect(finding).toMatchObject({ part: 'payload', name: expect.any(String) as string });
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
