import { describe, expect, it } from 'vitest';
import type { Expectations } from '../inspect/types';
import { checkClaims, type ClaimsReport } from './check-claims';

/** 2023-11-14T22:13:20Z */
const NOW = 1_700_000_000;
const EXP = NOW + 3_600;

function check(
  claims: Record<string, unknown>,
  expected: Expectations,
  header: Record<string, unknown> | null = { alg: 'RS256' },
): ClaimsReport {
  return checkClaims({ exp: EXP, ...claims }, header, { expected, now: NOW, clockToleranceSec: 60 });
}
const checkOf = (report: ClaimsReport, name: string) => report.checks.find((c) => c.name === name);

describe('checkClaims: expected issuer (RFC 7519 §4.1.1, exact comparison)', () => {
  const issuer = 'https://issuer.example';
  it.each([
    { iss: issuer, status: 'passed', message: null },
    { iss: `${issuer}/`, status: 'failed', message: 'differ only by a trailing slash' },
    { iss: 'HTTPS://Issuer.example', status: 'failed', message: 'differ only in letter case' },
    { iss: 'https://Issuer.example/', status: 'failed', message: 'letter case and a trailing slash' },
    { iss: ` ${issuer}`, status: 'failed', message: 'surrounding whitespace' },
    {
      iss: 'https://evil.example',
      status: 'failed',
      message: 'is "https://evil.example", expected "https://issuer.example".',
    },
    { iss: undefined, status: 'failed', message: 'Token has no iss' },
    { iss: 42, status: 'failed', message: 'iss is a number' },
  ])('iss $iss → $status', ({ iss, status, message }) => {
    const report = check(iss === undefined ? {} : { iss }, { issuer });
    expect(checkOf(report, 'iss')?.status).toBe(status);
    const mismatch = report.findings.filter((f) => f.code === 'iss-mismatch');
    if (message === null) expect(mismatch).toEqual([]);
    else
      expect(mismatch).toEqual([
        expect.objectContaining({ severity: 'error', part: 'payload', message: expect.stringContaining(message) }),
      ]);
  });

  it('treats an empty expectation as none given', () => {
    expect(checkOf(check({ iss: 'x' }, { issuer: '' }), 'iss')).toEqual({
      name: 'iss',
      status: 'skipped',
      detail: 'no expected issuer given',
    });
  });
});

describe('checkClaims: expected audience (RFC 7519 §4.1.3, never a substring or prefix)', () => {
  it.each([
    { aud: 'api', status: 'passed' },
    { aud: ['other', 'api'], status: 'passed' },
    { aud: 'api2', status: 'failed' },
    { aud: 'https://api', status: 'failed' },
    { aud: ['api2', 'https://api'], status: 'failed' },
    { aud: 'API', status: 'failed' },
    { aud: [], status: 'failed' },
    { aud: undefined, status: 'failed' },
    { aud: 7, status: 'failed' },
  ])('aud $aud, expecting "api" → $status', ({ aud, status }) => {
    const report = check(aud === undefined ? {} : { aud }, { audience: 'api' });
    expect(checkOf(report, 'aud')?.status).toBe(status);
    expect(report.findings.some((f) => f.code === 'aud-mismatch')).toBe(status === 'failed');
  });

  it('says what it found', () => {
    expect(checkOf(check({ aud: ['other', 'api'] }, { audience: 'api' }), 'aud')?.detail).toBe('contains "api"');
    const report = check({ aud: ['api2', 'https://api'] }, { audience: 'api' });
    expect(report.findings[0]?.message).toBe('Token is for "api2", "https://api", not "api".');
    expect(check({}, { audience: 'api' }).findings[0]?.message).toContain('Token has no aud');
  });

  it('points out a near miss', () => {
    const report = check({ aud: ['https://api.example/'] }, { audience: 'https://api.example' });
    expect(report.findings[0]?.message).toContain('differ only by a trailing slash');
  });

  it('finds the audience beside a wrongly typed entry, but the wrong type makes the claims invalid', () => {
    const report = check({ aud: ['api', 5] }, { audience: 'api' });
    expect(checkOf(report, 'aud')?.status).toBe('passed');
    expect(report.findings).toEqual([
      expect.objectContaining({ code: 'claim-type-invalid', severity: 'error', name: 'aud' }),
    ]);
    expect(report.verdict).toBe('invalid');
  });
});

describe('checkClaims: expected subject (RFC 7519 §4.1.2)', () => {
  it.each([
    { sub: 'alice', status: 'passed', codes: [] },
    { sub: 'Alice', status: 'failed', codes: ['sub-mismatch'] },
    { sub: undefined, status: 'failed', codes: ['sub-mismatch'] },
  ])('sub $sub, expecting "alice" → $status', ({ sub, status, codes }) => {
    const report = check(sub === undefined ? {} : { sub }, { subject: 'alice' });
    expect(checkOf(report, 'sub')?.status).toBe(status);
    expect(report.findings.map((f) => f.code)).toEqual(codes);
  });
});

describe('checkClaims: expected typ (RFC 8725 §3.11; RFC 7515 §4.1.9 media type rules)', () => {
  it.each([
    { typ: 'JWT', expected: 'application/jwt', status: 'passed' },
    { typ: 'application/jwt', expected: 'JWT', status: 'passed' },
    { typ: 'at+jwt', expected: 'application/at+jwt', status: 'passed' },
    { typ: 'AT+JWT', expected: 'at+jwt', status: 'passed' },
    { typ: 'JWT', expected: 'at+jwt', status: 'failed' },
    { typ: 'text/jwt', expected: 'jwt', status: 'failed' },
    { typ: undefined, expected: 'at+jwt', status: 'failed' },
    { typ: 1, expected: 'at+jwt', status: 'failed' },
  ])('header typ $typ, expecting "$expected" → $status', ({ typ, expected, status }) => {
    const report = check({}, { typ: expected }, typ === undefined ? { alg: 'RS256' } : { alg: 'RS256', typ });
    expect(checkOf(report, 'typ')?.status).toBe(status);
    const mismatch = report.findings.filter((f) => f.code === 'typ-mismatch');
    expect(mismatch).toEqual(
      status === 'failed' ? [expect.objectContaining({ part: 'header', severity: 'error' })] : [],
    );
  });

  it('fails when there is no header to read', () => {
    const report = checkClaims({ exp: EXP }, null, { expected: { typ: 'JWT' }, now: NOW, clockToleranceSec: 60 });
    expect(report.findings).toEqual([
      expect.objectContaining({ code: 'typ-mismatch', message: 'Header has no typ; expected "JWT".' }),
    ]);
  });
});

describe('checkClaims: registered claim types (RFC 7519 §4.1)', () => {
  it.each([
    { claims: { iss: 1 }, message: 'Payload: "iss" is a number; it must be a string.' },
    { claims: { sub: { id: 1 } }, message: 'Payload: "sub" is an object; it must be a string.' },
    { claims: { jti: null }, message: 'Payload: "jti" is null; it must be a string.' },
    { claims: { aud: true }, message: 'Payload: "aud" is a boolean; it must be a string or an array of strings.' },
    {
      claims: { aud: ['a', 1] },
      message: 'Payload: "aud" is an array holding a number; it must be a string or an array of strings.',
    },
  ])('$message', ({ claims, message }) => {
    const report = check(claims, {});
    const [name] = Object.keys(claims);
    expect(report.findings).toEqual([
      expect.objectContaining({ code: 'claim-type-invalid', severity: 'error', part: 'payload', name, message }),
    ]);
    expect(checkOf(report, 'types')?.status).toBe('failed');
    expect(report.verdict).toBe('invalid');
  });

  it('reports one finding per wrongly typed claim and lists them all in the types check, in catalogue order', () => {
    const report = check({ iss: 1, sub: [], aud: 2, exp: 'soon' }, {});
    expect(report.findings.map((f) => f.code)).toEqual(Array(4).fill('claim-type-invalid'));
    expect(checkOf(report, 'types')?.detail).toBe(
      'wrong type: iss (a number), sub (an array), aud (a number), exp (a string)',
    );
  });

  it('does not call a wrongly typed iss a match, even with an expected issuer', () => {
    const report = check({ iss: ['https://issuer.example'] }, { issuer: 'https://issuer.example' });
    expect(report.findings.map((f) => [f.code, f.name])).toEqual([
      ['iss-mismatch', 'iss'],
      ['claim-type-invalid', 'iss'],
    ]);
    expect(report.verdict).toBe('invalid');
  });
});
