import { describeJsonType } from '../decode/decode-part';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../types';
import { readClaim, showValue, type ClaimCheckResult, type ClaimsObject } from './claim-check-result';
import { formatSpan, MAX_DATE_SECONDS } from './describe-times';

type NumericDateClaim = 'exp' | 'nbf' | 'iat';

/** Seconds past this (year 5138) are almost always milliseconds. */
const MILLISECONDS_THRESHOLD = 100_000_000_000;

export interface ClockOptions {
  now: number;
  clockToleranceSec: number;
}

type NumericDate =
  | { kind: 'missing' }
  | { kind: 'invalid'; result: ClaimCheckResult }
  | { kind: 'ok'; seconds: number; iso: string; findings: Finding[] };

/** RFC 7519 §4.1.4: the current time must be before `exp`; past it by more than the tolerance fails. */
export function checkExp(claims: ClaimsObject, { now, clockToleranceSec: tolerance }: ClockOptions): ClaimCheckResult {
  const read = readNumericDate(claims, 'exp');
  if (read.kind === 'missing') {
    return {
      check: { name: 'exp', status: 'skipped', detail: 'no exp: the token never expires' },
      findings: [makeFinding('exp-missing', 'Payload has no "exp": the token never expires.', { part: 'payload' })],
    };
  }
  if (read.kind === 'invalid') return read.result;
  const { seconds, iso, findings } = read;
  const ago = formatSpan(now - seconds);
  // RFC 7519 §4.1.4: now must be *before* exp (plus the tolerance), so exactly exp + tolerance is expired.
  if (now >= seconds + tolerance) {
    findings.push(
      makeFinding('exp-expired', `Expired ${ago} ago (at ${iso}); clock tolerance ${tolerance} s.`, {
        part: 'payload',
      }),
    );
    return { check: { name: 'exp', status: 'failed', detail: `expired ${ago} ago (at ${iso})` }, findings };
  }
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
  if (read.kind === 'invalid') return read.result;
  const { seconds, iso, findings } = read;
  const wait = formatSpan(seconds - now);
  if (now + tolerance < seconds) {
    const message = `Not valid for another ${wait} (from ${iso}); the issuer's clock may be ahead. Clock tolerance ${tolerance} s.`;
    findings.push(makeFinding('nbf-future', message, { part: 'payload' }));
    return {
      check: { name: 'nbf', status: 'failed', detail: `not valid for another ${wait} (from ${iso})` },
      findings,
    };
  }
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
  if (read.kind === 'invalid') return read.result;
  const { seconds, iso, findings } = read;
  const ahead = formatSpan(seconds - now);
  if (seconds > now + tolerance) {
    const message = `Issued ${ahead} in the future (at ${iso}); the issuer's clock may be ahead. Clock tolerance ${tolerance} s.`;
    findings.push(makeFinding('iat-future', message, { part: 'payload' }));
    return { check: { name: 'iat', status: 'failed', detail: `issued ${ahead} in the future (at ${iso})` }, findings };
  }
  const detail =
    seconds > now
      ? `issued ${ahead} in the future, accepted within the ${tolerance} s clock tolerance`
      : `issued ${formatSpan(now - seconds)} ago`;
  return { check: { name: 'iat', status: 'passed', detail }, findings };
}

/**
 * Reads a NumericDate (RFC 7519 §2). A value that cannot be compared with the clock is an error here, not
 * the catalogue's warning: a verifier cannot accept a token whose validity window it cannot read.
 */
function readNumericDate(claims: ClaimsObject, claim: NumericDateClaim): NumericDate {
  const { isPresent, value } = readClaim(claims, claim);
  if (!isPresent) return { kind: 'missing' };
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const type = typeof value === 'number' ? 'a number too large to represent' : describeJsonType(value);
    return invalid(
      claim,
      `Payload: "${claim}" is ${type} (${showValue(value)}); a NumericDate must be a number of seconds.`,
      `not a NumericDate: ${type}`,
    );
  }
  if (Math.abs(value) > MAX_DATE_SECONDS) {
    return invalid(
      claim,
      `Payload: "${claim}" is ${value}, outside the range of dates (±${MAX_DATE_SECONDS} s, the year 275760).`,
      'outside the range of dates',
    );
  }
  const iso = toIso(value);
  const findings: Finding[] = [];
  if (Math.abs(value) >= MILLISECONDS_THRESHOLD) {
    const year = new Date(value * 1000).getUTCFullYear();
    const message = `Payload: "${claim}" is ${value}, which looks like milliseconds: as seconds it is in the year ${year}; as milliseconds it would be ${toIso(value / 1000)}.`;
    findings.push(makeFinding('timestamp-suspicious', message, { part: 'payload' }));
  }
  return { kind: 'ok', seconds: value, iso, findings };
}

function invalid(claim: NumericDateClaim, message: string, detail: string): NumericDate {
  return {
    kind: 'invalid',
    result: {
      check: { name: claim, status: 'failed', detail },
      findings: [makeFinding('claim-type-invalid', message, { part: 'payload', severity: 'error' })],
    },
  };
}

/** "2023-11-14T22:13:20Z": milliseconds only when the value has them. */
function toIso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
}
