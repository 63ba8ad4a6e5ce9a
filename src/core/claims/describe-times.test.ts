import { describe, expect, it } from 'vitest';
import { NUMERIC_DATE_CLAIMS } from '../catalogue/claim-types';
import { CLAIMS } from '../catalogue/names';
import { describeClaimTimes, formatSpan } from './describe-times';

/** 2023-11-14T22:13:20Z */
const NOW = 1_700_000_000;
const MIN = 60;
const HOUR = 3_600;
const DAY = 86_400;

describe('describeClaimTimes: NumericDate claims in plain words (RFC 7519 §2, §4.1.4–4.1.6)', () => {
  it.each([
    { name: 'exp in the future', claims: { exp: NOW + 14 * MIN }, relative: 'expires in 14 min', isPast: false },
    { name: 'exp in the past', claims: { exp: NOW - 3 * HOUR }, relative: 'expired 3 h ago', isPast: true },
    {
      name: 'exp exactly now has expired (RFC 7519 §4.1.4: "on or after")',
      claims: { exp: NOW },
      relative: 'expired 0 s ago',
      isPast: true,
    },
    { name: 'iat in the past', claims: { iat: NOW - 5 * MIN }, relative: 'issued 5 min ago', isPast: true },
    { name: 'iat in the future', claims: { iat: NOW + 10 }, relative: 'issued 10 s in the future', isPast: false },
    {
      name: 'nbf in the future',
      claims: { nbf: NOW + 2 * HOUR },
      relative: 'not valid for another 2 h',
      isPast: false,
    },
    { name: 'nbf in the past', claims: { nbf: NOW - 90 }, relative: 'valid since 1 min ago', isPast: true },
    {
      name: 'auth_time (OIDC Core §2)',
      claims: { auth_time: NOW - 2 * DAY },
      relative: 'authenticated 2 days ago',
      isPast: true,
    },
    { name: 'a fractional exp', claims: { exp: NOW + 59.9 }, relative: 'expires in 59 s', isPast: false },
    {
      name: 'updated_at (OIDC Core §5.1)',
      claims: { updated_at: NOW - 2 * DAY },
      relative: '2 days ago',
      isPast: true,
    },
    { name: 'toe in the future (RFC 8417 §2.2)', claims: { toe: NOW + 5 * MIN }, relative: 'in 5 min', isPast: false },
  ])('$name', ({ claims, relative, isPast }) => {
    expect(describeClaimTimes(claims, NOW)).toEqual([expect.objectContaining({ relative, isPast })]);
  });

  it.each([
    { name: 'the RFC 7520 §6 exp', seconds: 1_300_819_380, iso: '2011-03-22T18:43:00.000Z' },
    { name: 'the epoch', seconds: 0, iso: '1970-01-01T00:00:00.000Z' },
    { name: 'a negative time', seconds: -86_400, iso: '1969-12-31T00:00:00.000Z' },
    { name: 'a fractional time', seconds: 1.5, iso: '1970-01-01T00:00:01.500Z' },
    { name: 'the last time a Date can hold', seconds: 8_640_000_000_000, iso: '+275760-09-13T00:00:00.000Z' },
    { name: 'one second beyond the Date range', seconds: 8_640_000_000_001, iso: null },
    { name: 'far beyond the Date range', seconds: 1e20, iso: null },
  ])('gives the ISO 8601 time of $name', ({ seconds, iso }) => {
    expect(describeClaimTimes({ iat: seconds }, NOW)[0]).toMatchObject({ claim: 'iat', seconds, iso });
  });

  it('lists exactly the catalogue’s NumericDate claims present in the payload, in catalogue order', () => {
    const everyClaim = Object.fromEntries(Object.keys(CLAIMS).map((name) => [name, NOW]));
    expect(describeClaimTimes({ ...everyClaim, custom_time: NOW }, NOW).map((t) => t.claim)).toEqual(
      NUMERIC_DATE_CLAIMS,
    );
    expect(NUMERIC_DATE_CLAIMS).toEqual(
      expect.arrayContaining(['exp', 'nbf', 'iat', 'auth_time', 'updated_at', 'toe']),
    );

    const some = { toe: NOW, sub: 'x', exp: NOW, name: 'Alice' };
    expect(describeClaimTimes(some, NOW).map((t) => t.claim)).toEqual(
      NUMERIC_DATE_CLAIMS.filter((claim) => Object.hasOwn(some, claim)),
    );
  });

  it('lists exp, nbf, iat and auth_time in that order, whatever the payload order', () => {
    const times = describeClaimTimes({ auth_time: NOW, iat: NOW, nbf: NOW, exp: NOW, other: NOW }, NOW);
    expect(times.map((t) => t.claim)).toEqual(['exp', 'nbf', 'iat', 'auth_time']);
  });

  it.each([
    {
      name: 'an exp in milliseconds',
      claims: { exp: 1_700_000_000_000 },
    },
    {
      name: 'an iat in milliseconds',
      claims: { iat: 1_700_000_000_123 },
    },
    {
      name: 'a negative value in milliseconds',
      claims: { nbf: -100_000_000_000 },
    },
  ])('still describes $name (check-claims.ts flags it as timestamp-suspicious)', ({ claims }) => {
    expect(describeClaimTimes(claims, NOW)).toHaveLength(1);
  });

  it.each([
    {
      name: 'a string',
      claims: { exp: '1700000000' },
    },
    {
      name: 'null',
      claims: { nbf: null },
    },
    {
      name: 'a boolean',
      claims: { iat: true },
    },
    {
      name: 'an object',
      claims: { auth_time: { s: 1 } },
    },
    {
      name: 'a number too large for a double (JSON 1e400)',
      claims: JSON.parse('{"exp":1e400}') as unknown,
    },
  ])('gives $name no time (check-claims.ts reports it)', ({ claims }) => {
    expect(describeClaimTimes(claims, NOW)).toEqual([]);
  });

  it.each([
    { name: 'null', claims: null },
    { name: 'an array', claims: [NOW] },
    { name: 'a string', claims: 'exp' },
    { name: 'an object with no time claims', claims: { sub: 'x' } },
    { name: 'an inherited exp', claims: Object.create({ exp: NOW }) as unknown },
  ])('describes nothing for $name', ({ claims }) => {
    expect(describeClaimTimes(claims, NOW)).toEqual([]);
  });
});

describe('describeClaimTimes: absolute times in the zone chosen, the exact difference for a tooltip', () => {
  const berlinWinter = () => 60;

  it('shows each time with its offset, in UTC unless a zone is given', () => {
    const claims = { exp: NOW + HOUR, iat: NOW - 90 };
    expect(describeClaimTimes(claims, NOW).map((t) => t.shown)).toEqual([
      '2023-11-14 23:13:20 UTC',
      '2023-11-14 22:11:50 UTC',
    ]);
    expect(describeClaimTimes(claims, NOW, berlinWinter).map((t) => t.shown)).toEqual([
      '2023-11-15 00:13:20 UTC+01:00',
      '2023-11-14 23:11:50 UTC+01:00',
    ]);
  });

  it('keeps the machine-readable ISO time in UTC whatever the zone shown', () => {
    expect(describeClaimTimes({ exp: NOW }, NOW, berlinWinter)[0]?.iso).toBe('2023-11-14T22:13:20.000Z');
  });

  it('gives every relative time its exact difference in seconds from the instant evaluated', () => {
    const [exp, nbf] = describeClaimTimes({ exp: NOW - 3 * HOUR - 5, nbf: NOW + 61 }, NOW, berlinWinter);
    expect(exp).toMatchObject({
      relative: 'expired 3 h ago',
      exact: '2023-11-14 20:13:15 UTC+01:00 — exactly 10,805 s before 2023-11-14 23:13:20 UTC+01:00',
    });
    expect(nbf).toMatchObject({
      relative: 'not valid for another 1 min',
      exact: '2023-11-14 23:14:21 UTC+01:00 — exactly 61 s after 2023-11-14 23:13:20 UTC+01:00',
    });
  });

  it('describes the same claims relative to another instant (what "Evaluate at" sets)', () => {
    const claims = { exp: NOW };
    expect(describeClaimTimes(claims, NOW - 2 * HOUR)[0]).toMatchObject({ relative: 'expires in 2 h', isPast: false });
    expect(describeClaimTimes(claims, NOW + 2 * HOUR)[0]).toMatchObject({ relative: 'expired 2 h ago', isPast: true });
  });

  it('shows no absolute time for a value outside the range of dates', () => {
    expect(describeClaimTimes({ exp: 1e20 }, NOW)[0]).toMatchObject({ iso: null, shown: null });
  });
});

describe('formatSpan: the largest unit that fits, rounded down', () => {
  it.each([
    { input: 0, expected: '0 s' },
    { input: 59, expected: '59 s' },
    { input: 59.99, expected: '59 s' },
    { input: 60, expected: '1 min' },
    { input: 119, expected: '1 min' },
    { input: 120, expected: '2 min' },
    { input: 3_599, expected: '59 min' },
    { input: 3_600, expected: '1 h' },
    { input: 7_200, expected: '2 h' },
    { input: 86_399, expected: '23 h' },
    { input: 86_400, expected: '1 day' },
    { input: 2 * 86_400, expected: '2 days' },
    { input: 365 * 86_400 - 1, expected: '364 days' },
    { input: 365 * 86_400, expected: '1 year' },
    { input: 10 * 365 * 86_400, expected: '10 years' },
  ])('$input s → "$expected"', ({ input, expected }) => {
    expect(formatSpan(input)).toBe(expected);
  });
});
