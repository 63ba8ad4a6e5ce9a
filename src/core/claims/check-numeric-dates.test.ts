import { describe, expect, it } from 'vitest';
import type { Expectations } from '../inspect/types';
import { checkClaims, type ClaimsReport } from './check-claims';

/** 2023-11-14T22:13:20Z */
const NOW = 1_700_000_000;
const HOUR = 3_600;

function check(claims: unknown, expected: Expectations = {}, clockToleranceSec = 60): ClaimsReport {
  return checkClaims(claims, { alg: 'RS256', typ: 'JWT' }, { expected, now: NOW, clockToleranceSec });
}
const codesOf = (report: ClaimsReport) => report.findings.map((f) => f.code);
const checkOf = (report: ClaimsReport, name: string) => report.checks.find((c) => c.name === name);

describe('checkClaims: NumericDate values (RFC 7519 §2)', () => {
  it.each([
    {
      name: 'exp in milliseconds, far future as seconds',
      claims: { exp: 1_700_000_000_000 },
      codes: ['timestamp-suspicious'],
    },
    {
      name: 'iat in milliseconds, so in the future',
      claims: { exp: NOW + HOUR, iat: NOW * 1000 },
      codes: ['timestamp-suspicious', 'iat-future'],
    },
    {
      name: 'nbf in milliseconds, so not yet valid',
      claims: { exp: NOW + HOUR, nbf: NOW * 1000 },
      codes: ['timestamp-suspicious', 'nbf-future'],
    },
  ])('$name: flagged, and still checked', ({ claims, codes }) => {
    expect(codesOf(check(claims))).toEqual(codes);
  });

  it('gives both readings of a millisecond timestamp', () => {
    const [finding] = check({ exp: 1_700_000_000_000 }).findings;
    expect(finding).toMatchObject({ code: 'timestamp-suspicious', severity: 'warning', part: 'payload' });
    expect(finding?.message).toContain('looks like milliseconds');
    expect(finding?.message).toContain('2023-11-14T22:13:20Z');
  });

  it('does not flag the largest value below the milliseconds threshold', () => {
    expect(codesOf(check({ exp: 99_999_999_999 }))).toEqual([]);
  });

  it.each([
    { name: 'a string', claims: { exp: '1700000000' }, claim: 'exp', type: 'a string' },
    { name: 'null', claims: { exp: NOW + HOUR, nbf: null }, claim: 'nbf', type: 'null' },
    { name: 'a boolean', claims: { exp: NOW + HOUR, iat: true }, claim: 'iat', type: 'a boolean' },
    { name: 'JSON 1e400 (Infinity)', claims: JSON.parse('{"exp":1e400}') as unknown, claim: 'exp', type: 'too large' },
    {
      name: 'beyond the Date range',
      claims: { exp: 8_640_000_000_001 },
      claim: 'exp',
      type: 'outside the range of dates',
    },
    {
      name: 'far before the Date range',
      claims: { exp: NOW + HOUR, iat: -1e20 },
      claim: 'iat',
      type: 'outside the range of dates',
    },
  ])('an unreadable $claim ($name) fails its check with claim-type-invalid', ({ claims, claim, type }) => {
    const report = check(claims);
    expect(checkOf(report, claim)?.status).toBe('failed');
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: 'claim-type-invalid',
        severity: 'error',
        message: expect.stringContaining(type),
      }),
    ]);
    expect(report.findings[0]?.message).toContain(`"${claim}"`);
    expect(report.verdict).toBe('invalid');
  });
});
