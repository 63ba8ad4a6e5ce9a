import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../types';
import type { ClaimCheckResult, ClaimsObject } from './claim-check-result';
import { formatSpan } from './describe-times';
import { readNumericDate, type UnusableDate } from './numeric-date';

/**
 * The NumericDates compared with the clock, each by its own check. Their type and value problems are
 * reported there, once; the claim type check leaves them alone.
 */
export const CLOCK_CLAIMS = ['exp', 'nbf', 'iat'] as const;
type ClockClaim = (typeof CLOCK_CLAIMS)[number];

export interface ClockOptions {
  now: number;
  clockToleranceSec: number;
}

/** RFC 7519 §4.1.4: the current time must be before `exp`; past it by more than the tolerance fails. */
export function checkExp(claims: ClaimsObject, { now, clockToleranceSec: tolerance }: ClockOptions): ClaimCheckResult {
  const read = readNumericDate(claims, 'exp');
  if (read.kind === 'missing') {
    return {
      check: { name: 'exp', status: 'skipped', detail: 'no exp: the token never expires' },
      findings: [
        makeFinding('exp-missing', 'Payload has no "exp": the token never expires.', { part: 'payload', name: 'exp' }),
      ],
    };
  }
  if (read.kind !== 'time') return unreadable('exp', read);
  const { seconds, iso, findings } = read;
  const ago = formatSpan(now - seconds);
  // RFC 7519 §4.1.4: now must be *before* exp (plus the tolerance), so exactly exp + tolerance is expired.
  if (now >= seconds + tolerance) {
    findings.push(
      makeFinding('exp-expired', `Expired ${ago} ago (at ${iso}); clock tolerance ${tolerance} s.`, {
        part: 'payload',
        name: 'exp',
      }),
    );
    return { check: { name: 'exp', status: 'failed', detail: `expired ${ago} ago (at ${iso})` }, findings };
  }
  if (looksLikeMilliseconds(findings)) return refuseMilliseconds('exp', read);
  const detail =
    now >= seconds
      ? `expired ${ago} ago, accepted within the ${tolerance} s clock tolerance`
      : `expires in ${formatSpan(seconds - now)} (at ${iso})`;
  return { check: { name: 'exp', status: 'passed', detail }, findings };
}

/** RFC 7519 §4.1.5: the current time must be on or after `nbf`, give or take the tolerance. */
export function checkNbf(claims: ClaimsObject, { now, clockToleranceSec: tolerance }: ClockOptions): ClaimCheckResult {
  const read = readNumericDate(claims, 'nbf');
  if (read.kind === 'missing') return { check: { name: 'nbf', status: 'skipped', detail: 'no nbf' }, findings: [] };
  if (read.kind !== 'time') return unreadable('nbf', read);
  const { seconds, iso, findings } = read;
  const wait = formatSpan(seconds - now);
  if (now + tolerance < seconds) {
    const message = `Not valid for another ${wait} (from ${iso}); the issuer's clock may be ahead. Clock tolerance ${tolerance} s.`;
    findings.push(makeFinding('nbf-future', message, { part: 'payload', name: 'nbf' }));
    return {
      check: { name: 'nbf', status: 'failed', detail: `not valid for another ${wait} (from ${iso})` },
      findings,
    };
  }
  if (looksLikeMilliseconds(findings)) return refuseMilliseconds('nbf', read);
  const detail =
    now < seconds
      ? `not valid for another ${wait}, accepted within the ${tolerance} s clock tolerance`
      : `valid since ${formatSpan(now - seconds)} ago`;
  return { check: { name: 'nbf', status: 'passed', detail }, findings };
}

/** RFC 7519 §4.1.6: an `iat` later than now plus the tolerance means one of the clocks is wrong. */
export function checkIat(claims: ClaimsObject, { now, clockToleranceSec: tolerance }: ClockOptions): ClaimCheckResult {
  const read = readNumericDate(claims, 'iat');
  if (read.kind === 'missing') return { check: { name: 'iat', status: 'skipped', detail: 'no iat' }, findings: [] };
  if (read.kind !== 'time') return unreadable('iat', read);
  const { seconds, iso, findings } = read;
  const ahead = formatSpan(seconds - now);
  if (seconds > now + tolerance) {
    const message = `Issued ${ahead} in the future (at ${iso}); the issuer's clock may be ahead. Clock tolerance ${tolerance} s.`;
    findings.push(makeFinding('iat-future', message, { part: 'payload', name: 'iat' }));
    return { check: { name: 'iat', status: 'failed', detail: `issued ${ahead} in the future (at ${iso})` }, findings };
  }
  if (looksLikeMilliseconds(findings)) return refuseMilliseconds('iat', read);
  const detail =
    seconds > now
      ? `issued ${ahead} in the future, accepted within the ${tolerance} s clock tolerance`
      : `issued ${formatSpan(now - seconds)} ago`;
  return { check: { name: 'iat', status: 'passed', detail }, findings };
}

const AS_SECONDS: Readonly<Record<ClockClaim, string>> = {
  exp: 'expires in',
  nbf: 'is valid from',
  iat: 'was issued in',
};

/** `readNumericDate` warns (timestamp-suspicious) when a time's size says it is milliseconds. */
const looksLikeMilliseconds = (findings: Finding[]) => findings.some((f) => f.code === 'timestamp-suspicious');

/**
 * A time that would pass its check only because it is read as seconds when it was written in milliseconds
 * (an `exp` of 1700000000000 "expires in 53,000 years") must not show as passed: the issuer's intended
 * window is unknown, and a verifier that trusts it accepts the token for ever. It fails, and its warning
 * becomes an error, since a failed check always carries the error that makes the claims invalid.
 */
function refuseMilliseconds(claim: ClockClaim, read: { seconds: number; findings: Finding[] }): ClaimCheckResult {
  const year = new Date(read.seconds * 1000).getUTCFullYear();
  const findings = read.findings.map((f) =>
    f.code === 'timestamp-suspicious' ? { ...f, severity: 'error' as const } : f,
  );
  const detail = `looks like milliseconds: as seconds it ${AS_SECONDS[claim]} the year ${year}`;
  return { check: { name: claim, status: 'failed', detail }, findings };
}

/** A present NumericDate that cannot be compared with the clock fails its check: the window is unknown. */
function unreadable(claim: ClockClaim, read: UnusableDate): ClaimCheckResult {
  return { check: { name: claim, status: 'failed', detail: read.detail }, findings: [read.finding] };
}
