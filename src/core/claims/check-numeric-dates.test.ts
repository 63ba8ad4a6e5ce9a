import { describe, expect, it } from 'vitest';
import type { Expectations } from '../inspect/types';
import { parseJson } from '../json/parse-json';
import { checkClaims, type ClaimsReport } from './check-claims';

/** 2023-11-14T22:13:20Z */
const NOW = 1_700_000_000;
const HOUR = 3_600;

function check(claims: unknown, expected: Expectations = {}, clockToleranceSec = 60): ClaimsReport {
  return checkClaims(claims, { alg: 'RS256', typ: 'JWT' }, { expected, now: NOW, clockToleranceSec });
}
const codesOf = (report: ClaimsReport) => report.findings.map((f) => f.code);
const checkOf = (report: ClaimsReport, name: string) => report.checks.find((c) => c.name === name);

/** The payload as the decoder reads it: a JSON number too large for a double becomes Infinity. */
function payloadText(text: string): unknown {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

describe('checkClaims: NumericDate values (RFC 7519 §2)', () => {
  it.each([
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
    {
      name: 'auth_time in milliseconds (OIDC Core §2)',
      claims: { exp: NOW + HOUR, auth_time: NOW * 1000 },
      codes: ['timestamp-suspicious'],
    },
  ])('$name: a warning, and still checked', ({ claims, codes }) => {
    const report = check(claims);
    expect(codesOf(report)).toEqual(codes);
    expect(report.findings[0]).toMatchObject({ severity: 'warning', name: Object.keys(claims).at(-1) });
  });

  /*
   * A time that would pass only because milliseconds are read as seconds never shows "passed": an exp of
   * 1700000000000 "expires in 53,000 years", which a verifier would accept for ever. The check fails and its
   * warning becomes the error that makes the claims invalid (a failed check always carries one).
   */
  it.each([
    { name: 'exp in milliseconds, far future as seconds', claims: { exp: 1_700_000_000_000 }, year: 55840 },
    { name: 'the last second a Date can hold, as exp', claims: { exp: 8_640_000_000_000 }, year: 275760 },
    { name: 'nbf in negative milliseconds', claims: { exp: NOW + HOUR, nbf: -NOW * 1000 }, year: -51901 },
    { name: 'iat in negative milliseconds', claims: { exp: NOW + HOUR, iat: -NOW * 1000 }, year: -51901 },
  ])('$name: the check fails, never passes', ({ claims, year }) => {
    const name = Object.keys(claims).at(-1) ?? '';
    const report = check(claims);
    expect(codesOf(report)).toEqual(['timestamp-suspicious']);
    expect(report.findings[0]).toMatchObject({ severity: 'error', name });
    expect(checkOf(report, name)).toMatchObject({ status: 'failed' });
    expect(checkOf(report, name)?.detail).toMatch(new RegExp(`^looks like milliseconds: as seconds it .* ${year}$`));
    expect(report.verdict).toBe('invalid');
  });

  it('gives both readings of a millisecond timestamp', () => {
    const [finding] = check({ exp: 1_700_000_000_000 }).findings;
    expect(finding).toMatchObject({ code: 'timestamp-suspicious', severity: 'error', part: 'payload', name: 'exp' });
    expect(finding?.message).toContain('looks like milliseconds');
    expect(finding?.message).toContain('2023-11-14T22:13:20Z');
  });

  it('does not flag the largest value below the milliseconds threshold', () => {
    expect(codesOf(check({ exp: 99_999_999_999 }))).toEqual([]);
  });
});

describe('checkClaims: NumericDates that are not numbers have the wrong type (claim-type-invalid)', () => {
  it.each([
    { title: 'exp a string', claims: { exp: '1700000000' }, claim: 'exp', check: 'exp', words: 'a string' },
    { title: 'nbf null', claims: { exp: NOW + HOUR, nbf: null }, claim: 'nbf', check: 'nbf', words: 'null' },
    { title: 'iat a boolean', claims: { exp: NOW + HOUR, iat: true }, claim: 'iat', check: 'iat', words: 'a boolean' },
    {
      title: 'auth_time an object',
      claims: { exp: NOW + HOUR, auth_time: { s: 1 } },
      claim: 'auth_time',
      check: 'types',
      words: 'an object',
    },
    {
      title: 'toe a string (RFC 8417)',
      claims: { exp: NOW + HOUR, toe: 'now' },
      claim: 'toe',
      check: 'types',
      words: 'a string',
    },
  ])('$title: one error, its check failed, the claims invalid', ({ claims, claim, check: checkName, words }) => {
    const report = check(claims);
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: 'claim-type-invalid',
        severity: 'error',
        part: 'payload',
        name: claim,
        message: expect.stringContaining(`"${claim}" is ${words}`) as string,
      }),
    ]);
    expect(checkOf(report, checkName)?.status).toBe('failed');
    expect(report.verdict).toBe('invalid');
  });
});

describe('checkClaims: numbers that cannot be times are impossible values (timestamp-suspicious, an error)', () => {
  it.each([
    { title: 'exp 1e16', claims: { exp: 1e16 }, claim: 'exp', check: 'exp', why: 'beyond 2^53' },
    {
      title: 'nbf -9e15',
      claims: { exp: NOW + HOUR, nbf: -9e15 },
      claim: 'nbf',
      check: 'nbf',
      why: 'outside the range of dates',
    },
    {
      title: 'iat 2^53 + 2',
      claims: { exp: NOW + HOUR, iat: 2 ** 53 + 2 },
      claim: 'iat',
      check: 'iat',
      why: 'beyond 2^53',
    },
    {
      title: 'exp 1e400 in the payload text',
      claims: payloadText('{"exp":1e400}'),
      claim: 'exp',
      check: 'exp',
      why: 'not finite',
    },
    {
      title: 'auth_time 1e300',
      claims: { exp: NOW + HOUR, auth_time: 1e300 },
      claim: 'auth_time',
      check: 'types',
      why: 'beyond 2^53',
    },
    {
      title: 'exp one second past the Date range',
      claims: { exp: 8_640_000_000_001 },
      claim: 'exp',
      check: 'exp',
      why: 'outside the range of dates',
    },
    { title: 'iat -1e20', claims: { exp: NOW + HOUR, iat: -1e20 }, claim: 'iat', check: 'iat', why: 'beyond 2^53' },
    {
      title: 'updated_at -Infinity (OIDC Core §5.1)',
      claims: payloadText('{"exp":1800000000,"updated_at":-1e999}'),
      claim: 'updated_at',
      check: 'types',
      why: 'not finite',
    },
  ])('$title: cannot be a time ($why)', ({ claims, claim, check: checkName, why }) => {
    const report = check(claims);
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: 'timestamp-suspicious',
        severity: 'error',
        part: 'payload',
        name: claim,
        message: expect.stringContaining(`"${claim}" is `) as string,
      }),
    ]);
    expect(report.findings[0]?.message).toContain(`which cannot be a time: it is ${why}`);
    expect(report.findings[0]?.hint).not.toMatch(/milliseconds/);
    expect(checkOf(report, checkName)).toMatchObject({
      status: 'failed',
      detail: expect.stringContaining(why) as string,
    });
    expect(report.verdict).toBe('invalid');
  });

  it('the type is right, so the types check passes when only exp, nbf or iat is impossible', () => {
    const report = check({ exp: 1e16, nbf: -9e15, iat: 2 ** 53 + 2 });
    expect(codesOf(report)).toEqual(Array(3).fill('timestamp-suspicious'));
    expect(checkOf(report, 'types')?.status).toBe('passed');
  });

  it('lists a wrong type and an impossible time apart in the types check', () => {
    const report = check({ exp: NOW + HOUR, auth_time: 1e300, updated_at: 'yesterday' });
    expect(checkOf(report, 'types')?.detail).toBe(
      'wrong type: updated_at (a string); not a time: auth_time (beyond 2^53)',
    );
  });
});
