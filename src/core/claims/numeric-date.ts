import { describeJsonType } from '../decode/describe-json-type';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../types';
import { readClaim, showValue, type ClaimsObject } from './claim-check-result';

/** The largest |seconds| a Date can hold (ECMA-262 §21.4.1.1: ±8.64e15 ms, the year 275760). */
export const MAX_DATE_SECONDS = 8_640_000_000_000;

/**
 * Past 2^53 a double no longer holds every whole number. It lies far beyond MAX_DATE_SECONDS, so a value
 * there is never a time either; the rule below only names the more telling reason.
 */
const MAX_EXACT_SECONDS = 2 ** 53;

/** Seconds past this (year 5138) are almost always milliseconds. */
const MILLISECONDS_THRESHOLD = 100_000_000_000;

type NotATime = 'not-finite' | 'beyond-2^53' | 'outside-dates';

const NOT_A_TIME: Readonly<Record<NotATime, { short: string; long: string }>> = {
  'not-finite': {
    short: 'not finite',
    long: 'it is not finite (the JSON number is too large for a double and reads as Infinity)',
  },
  'beyond-2^53': {
    short: 'beyond 2^53',
    long: 'it is beyond 2^53, where a number no longer holds every whole second, and far outside the range of dates',
  },
  'outside-dates': {
    short: 'outside the range of dates',
    long: `it is outside the range of dates (±${MAX_DATE_SECONDS} s, the year 275760)`,
  },
};

const NOT_A_TIME_HINT = `A NumericDate is a number of seconds since 1970 within the range of dates (±${MAX_DATE_SECONDS} s); this value cannot be one. Fix the issuer.`;

/**
 * Why a JSON number cannot be a NumericDate (RFC 7519 §2), or null when it can: the one rule the claim
 * checks and the time view share. A time is exactly a finite number within ±MAX_DATE_SECONDS.
 */
export function whyNotATime(seconds: number): NotATime | null {
  if (!Number.isFinite(seconds)) return 'not-finite';
  if (Math.abs(seconds) > MAX_EXACT_SECONDS) return 'beyond-2^53';
  if (Math.abs(seconds) > MAX_DATE_SECONDS) return 'outside-dates';
  return null;
}

/** A NumericDate claim that is present but cannot be read as a time. */
export interface UnusableDate {
  kind: 'wrong-type' | 'not-a-time';
  /** The one finding that says why. */
  finding: Finding;
  /** Why, in a few words: "a string", "outside the range of dates". */
  reason: string;
  /** The same for a check's detail: "not a NumericDate: a string", "not a time: beyond 2^53". */
  detail: string;
}

export type NumericDateReading =
  | { kind: 'missing' }
  | UnusableDate
  /** A time; `findings` holds a warning when the value looks like milliseconds. */
  | { kind: 'time'; seconds: number; iso: string; findings: Finding[] };

/**
 * Reads a NumericDate claim (RFC 7519 §2). A value that is not a number has the wrong type
 * (`claim-type-invalid`); a number that cannot be a time (not finite, beyond 2^53, outside the range of
 * dates) has the right type and an impossible value (`timestamp-suspicious`, raised to an error); both
 * are errors because a verifier cannot compare them with its clock.
 */
export function readNumericDate(claims: ClaimsObject, claim: string): NumericDateReading {
  const { isPresent, value } = readClaim(claims, claim);
  if (!isPresent) return { kind: 'missing' };
  const about = { part: 'payload', name: claim } as const;
  if (typeof value !== 'number') {
    const type = describeJsonType(value);
    const message = `Payload: "${claim}" is ${type} (${showValue(value)}); a NumericDate must be a number of seconds.`;
    const finding = makeFinding('claim-type-invalid', message, about);
    return { kind: 'wrong-type', finding, reason: type, detail: `not a NumericDate: ${type}` };
  }
  const reason = whyNotATime(value);
  if (reason !== null) {
    const { short, long } = NOT_A_TIME[reason];
    const message = `Payload: "${claim}" is ${showValue(value)}, which cannot be a time: ${long}.`;
    const finding = makeFinding('timestamp-suspicious', message, {
      ...about,
      severity: 'error',
      hint: NOT_A_TIME_HINT,
    });
    return { kind: 'not-a-time', finding, reason: short, detail: `not a time: ${short}` };
  }
  const findings: Finding[] = [];
  if (Math.abs(value) >= MILLISECONDS_THRESHOLD) {
    const year = new Date(value * 1000).getUTCFullYear();
    const message = `Payload: "${claim}" is ${value}, which looks like milliseconds: as seconds it is in the year ${year}; as milliseconds it would be ${toIso(value / 1000)}.`;
    findings.push(makeFinding('timestamp-suspicious', message, about));
  }
  return { kind: 'time', seconds: value, iso: toIso(value), findings };
}

/** "2023-11-14T22:13:20Z": milliseconds only when the value has them. Only for values that are times. */
export function toIso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
}
