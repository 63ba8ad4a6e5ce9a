import { describe, expect, it } from 'vitest';
import type { Expectations } from '../inspect/types';
import { checkClaims, type ClaimsReport } from './check-claims';

/** 2023-11-14T22:13:20Z */
const NOW = 1_700_000_000;
const MIN = 60;
const HOUR = 3_600;

function check(claims: unknown, expected: Expectations = {}, clockToleranceSec = 60): ClaimsReport {
  return checkClaims(claims, { alg: 'RS256', typ: 'JWT' }, { expected, now: NOW, clockToleranceSec });
}
const codesOf = (report: ClaimsReport) => report.findings.map((f) => f.code);
const checkOf = (report: ClaimsReport, name: string) => report.checks.find((c) => c.name === name);

describe('checkClaims: time claims (RFC 7519 §4.1.4–4.1.6, §7.2; RFC 8725 §3.10)', () => {
  it.each([
    { name: 'exp in the future', claims: { exp: NOW + 14 * MIN }, status: 'passed', detail: 'expires in 14 min' },
    {
      name: 'exp 20 s ago, within the tolerance',
      claims: { exp: NOW - 20 },
      status: 'passed',
      detail: 'expired 20 s ago, accepted within the 60 s clock tolerance',
    },
    {
      name: 'exp exactly now (expired, but within the tolerance)',
      claims: { exp: NOW },
      status: 'passed',
      detail: 'accepted within the 60 s clock tolerance',
    },
    {
      name: 'exp one second before exp + tolerance',
      claims: { exp: NOW - 59 },
      status: 'passed',
      detail: 'expired 59 s ago',
    },
    {
      name: 'exp exactly at exp + tolerance (now must be before it)',
      claims: { exp: NOW - 60 },
      status: 'failed',
      detail: 'expired 1 min ago',
    },
    { name: 'exp 3 h ago', claims: { exp: NOW - 3 * HOUR }, status: 'failed', detail: 'expired 3 h ago' },
  ])('§4.1.4 $name → exp $status', ({ claims, status, detail }) => {
    const report = check(claims);
    expect(checkOf(report, 'exp')).toEqual({ name: 'exp', status, detail: expect.stringContaining(detail) as string });
    expect(codesOf(report)).toEqual(status === 'failed' ? ['exp-expired'] : []);
    expect(report.verdict).toBe(status === 'failed' ? 'invalid' : 'valid');
  });

  it('§4.1.4 says when it expired and which tolerance was applied', () => {
    expect(check({ exp: NOW - 3 * HOUR }).findings).toEqual([
      expect.objectContaining({
        code: 'exp-expired',
        severity: 'error',
        part: 'payload',
        name: 'exp',
        message: 'Expired 3 h ago (at 2023-11-14T19:13:20Z); clock tolerance 60 s.',
      }),
    ]);
  });

  it('a tolerance of 0 rejects a token at exp and accepts it one second before', () => {
    expect(codesOf(check({ exp: NOW }, {}, 0))).toEqual(['exp-expired']);
    expect(codesOf(check({ exp: NOW + 1 }, {}, 0))).toEqual([]);
  });

  it('RFC 8725 §3.10: a missing exp is a warning, a skipped check, and does not fail the claims', () => {
    const report = check({ sub: 'alice' });
    expect(checkOf(report, 'exp')).toEqual({
      name: 'exp',
      status: 'skipped',
      detail: 'no exp: the token never expires',
    });
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: 'exp-missing',
        severity: 'warning',
        message: expect.stringContaining('never expires'),
      }),
    ]);
    expect(report.verdict).toBe('valid');
  });

  it.each([
    {
      name: 'nbf in the past',
      claims: { nbf: NOW - 90 },
      status: 'passed',
      detail: 'valid since 1 min ago',
      codes: [],
    },
    {
      name: 'nbf 20 s ahead, within the tolerance',
      claims: { nbf: NOW + 20 },
      status: 'passed',
      detail: 'not valid for another 20 s, accepted within the 60 s clock tolerance',
      codes: [],
    },
    { name: 'nbf exactly now + tolerance', claims: { nbf: NOW + 60 }, status: 'passed', detail: '1 min', codes: [] },
    {
      name: 'nbf one second later',
      claims: { nbf: NOW + 61 },
      status: 'failed',
      detail: '1 min',
      codes: ['nbf-future'],
    },
    { name: 'no nbf', claims: {}, status: 'skipped', detail: 'no nbf', codes: [] },
  ])('§4.1.5 $name → nbf $status', ({ claims, status, detail, codes }) => {
    const report = check({ exp: NOW + HOUR, ...claims });
    expect(checkOf(report, 'nbf')).toEqual({ name: 'nbf', status, detail: expect.stringContaining(detail) as string });
    expect(codesOf(report)).toEqual(codes);
  });

  it('§4.1.5 explains an nbf in the future as a clock difference', () => {
    const [finding] = check({ exp: NOW + HOUR, nbf: NOW + 5 * MIN }).findings;
    expect(finding?.code).toBe('nbf-future');
    expect(finding?.message).toContain(
      "Not valid for another 5 min (from 2023-11-14T22:18:20Z); the issuer's clock may be ahead",
    );
  });

  it.each([
    {
      name: 'iat in the past',
      claims: { iat: NOW - 5 * MIN },
      status: 'passed',
      detail: 'issued 5 min ago',
      codes: [],
    },
    {
      name: 'iat 10 s ahead, within the tolerance',
      claims: { iat: NOW + 10 },
      status: 'passed',
      detail: 'issued 10 s in the future, accepted within the 60 s clock tolerance',
      codes: [],
    },
    { name: 'iat exactly now + tolerance', claims: { iat: NOW + 60 }, status: 'passed', detail: '1 min', codes: [] },
    {
      name: 'iat one second later',
      claims: { iat: NOW + 61 },
      status: 'failed',
      detail: 'issued 1 min in the future',
      codes: ['iat-future'],
    },
    { name: 'no iat', claims: {}, status: 'skipped', detail: 'no iat', codes: [] },
  ])('§4.1.6 $name → iat $status', ({ claims, status, detail, codes }) => {
    const report = check({ exp: NOW + HOUR, ...claims });
    expect(checkOf(report, 'iat')).toEqual({ name: 'iat', status, detail: expect.stringContaining(detail) as string });
    expect(codesOf(report)).toEqual(codes);
  });
});

describe('checkClaims: the whole claims set (RFC 7519 §7.2)', () => {
  it('reports every failure at once, not the first only', () => {
    const report = check(
      { iss: 'https://evil.example', aud: 'other', exp: NOW - 3 * HOUR, nbf: NOW + 5 * MIN },
      { issuer: 'https://issuer.example', audience: 'api' },
    );
    expect(codesOf(report).sort()).toEqual(['aud-mismatch', 'exp-expired', 'iss-mismatch', 'nbf-future']);
    expect(report.verdict).toBe('invalid');
    expect(report.checks.filter((c) => c.status === 'failed').map((c) => c.name)).toEqual(['exp', 'nbf', 'iss', 'aud']);
  });

  it('lists every check, skipping those with nothing to compare', () => {
    const report = check({ exp: NOW + HOUR, iat: NOW - MIN, sub: 'alice' });
    expect(report.checks).toEqual([
      { name: 'exp', status: 'passed', detail: 'expires in 1 h (at 2023-11-14T23:13:20Z)' },
      { name: 'nbf', status: 'skipped', detail: 'no nbf' },
      { name: 'iat', status: 'passed', detail: 'issued 1 min ago' },
      { name: 'iss', status: 'skipped', detail: 'no expected issuer given' },
      { name: 'aud', status: 'skipped', detail: 'no expected audience given' },
      { name: 'sub', status: 'skipped', detail: 'no expected subject given' },
      { name: 'typ', status: 'skipped', detail: 'no expected typ given' },
      { name: 'types', status: 'passed', detail: 'known claims have the right types' },
    ]);
    expect(report).toMatchObject({ verdict: 'valid', findings: [] });
  });

  it.each([
    { name: 'a text payload', claims: 'hello' },
    { name: 'an array', claims: [{ exp: 0 }] },
    { name: 'null', claims: null },
    { name: 'a number', claims: NOW },
  ])('is not applicable to $name', ({ claims }) => {
    expect(check(claims, { issuer: 'x', audience: 'y' })).toEqual({
      verdict: 'not-applicable',
      checks: [],
      findings: [],
    });
  });

  it('ignores an inherited exp and keeps a "__proto__" member an ordinary claim', () => {
    const claims = JSON.parse('{"__proto__":{"exp":1},"exp":' + String(NOW + HOUR) + '}') as unknown;
    expect(codesOf(check(claims))).toEqual([]);
    expect(codesOf(check(Object.create({ exp: 1 }) as unknown))).toEqual(['exp-missing']);
  });
});
