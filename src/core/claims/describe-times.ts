import { NUMERIC_DATE_CLAIMS } from '../catalogue/claim-types';
import { isJsonObject } from '../json/is-json-object';
import { describeExactDifference, formatInstant, type OffsetAt } from './format-instant';
import { whyNotATime } from './numeric-date';

/** A NumericDate claim of the catalogue: `exp`, `nbf`, `iat`, `auth_time`, `updated_at`, `toe`, … */

export interface ClaimTime {
  claim: string;
  seconds: number;
  /** ISO 8601 in UTC, or null when the value is outside the range a Date can hold. */
  iso: string | null;
  /** The same instant for people, in the zone asked for, with its offset: "2026-01-01 11:00:00 UTC+01:00". */
  shown: string | null;
  /** Plain words relative to the instant evaluated: "expires in 14 min", "expired 3 h ago". */
  relative: string;
  /** For a tooltip: the instant and its exact difference in seconds from the instant evaluated. */
  exact: string;
  isPast: boolean;
}

/** How each claim says "in the future" and "in the past"; others read "in 3 h" and "3 h ago". */
const WORDING: Readonly<Record<string, readonly [future: string, past: string]>> = {
  exp: ['expires in {}', 'expired {} ago'],
  nbf: ['not valid for another {}', 'valid since {} ago'],
  iat: ['issued {} in the future', 'issued {} ago'],
  auth_time: ['authenticated {} in the future', 'authenticated {} ago'],
};
const GENERIC: readonly [string, string] = ['in {}', '{} ago'];

/**
 * Describes every NumericDate claim the catalogue lists (RFC 7519 §2, §4.1.4–4.1.6; OIDC Core §2
 * `auth_time`, §5.1 `updated_at`; RFC 8417 §2.2 `toe`) relative to `nowSeconds`, the instant the checks
 * use ("Evaluated at", else the clock), in catalogue order; absolute times in the zone `offsetAt`
 * describes (UTC when not given).
 * Reading aid only: validation, types and impossible values are reported by the claim checker
 * (check-claims.ts), the single source of those findings. A value that is not a finite number gets no
 * time; one that is not a time by the same rule as the checker's gets no ISO string.
 */
export function describeClaimTimes(claims: unknown, nowSeconds: number, offsetAt?: OffsetAt): ClaimTime[] {
  const times: ClaimTime[] = [];
  if (!isJsonObject(claims)) return times;

  for (const claim of NUMERIC_DATE_CLAIMS) {
    if (!Object.hasOwn(claims, claim)) continue;
    const value = claims[claim];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const iso = whyNotATime(value) === null ? new Date(value * 1000).toISOString() : null;
    times.push({
      claim,
      seconds: value,
      iso,
      shown: iso === null ? null : formatInstant(value, offsetAt),
      relative: iso === null ? 'outside the range of representable dates' : describeRelative(claim, value - nowSeconds),
      exact: describeExactDifference(value, nowSeconds, offsetAt),
      isPast: value <= nowSeconds,
    });
  }
  return times;
}

function describeRelative(claim: string, delta: number): string {
  const [future, past] = Object.hasOwn(WORDING, claim) ? (WORDING[claim] ?? GENERIC) : GENERIC;
  return (delta > 0 ? future : past).replace('{}', formatSpan(Math.abs(delta)));
}

/** Units of a span of time, largest first: every "in 14 min" / "later by 2 h 0 min" reads this one table. */
export const SPAN_UNITS: ReadonlyArray<readonly [seconds: number, one: string, many: string]> = [
  [365 * 86_400, 'year', 'years'],
  [86_400, 'day', 'days'],
  [3_600, 'h', 'h'],
  [60, 'min', 'min'],
  [1, 's', 's'],
];

/** "45 s", "14 min", "3 h", "2 days", "4 years": the largest unit that fits, rounded down. */
export function formatSpan(seconds: number): string {
  for (const [size, one, many] of SPAN_UNITS) {
    if (seconds >= size) {
      const n = Math.floor(seconds / size);
      return `${n} ${n === 1 ? one : many}`;
    }
  }
  return `${Math.floor(seconds)} s`;
}
