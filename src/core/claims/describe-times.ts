export type TimeClaim = 'exp' | 'nbf' | 'iat' | 'auth_time';

export interface ClaimTime {
  claim: TimeClaim;
  seconds: number;
  /** ISO 8601 in UTC, or null when the value is outside the range a Date can hold. */
  iso: string | null;
  /** Plain words relative to now: "expires in 14 min", "expired 3 h ago". */
  relative: string;
  isPast: boolean;
}

const TIME_CLAIMS: readonly TimeClaim[] = ['exp', 'nbf', 'iat', 'auth_time'];
/** The largest |seconds| a Date can hold (ECMA-262 §21.4.1.1). */
export const MAX_DATE_SECONDS = 8_640_000_000_000;

/**
 * Describes the NumericDate claims (RFC 7519 §2, §4.1.4–4.1.6; OIDC Core §2 `auth_time`) relative to
 * `nowSeconds`. Reading aid only: validation, types and suspicious values are reported by the claim
 * checker (check-claims.ts), the single source of those findings. A value that is not a finite
 * number gets no time.
 */
export function describeClaimTimes(claims: unknown, nowSeconds: number): ClaimTime[] {
  const times: ClaimTime[] = [];
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return times;

  for (const claim of TIME_CLAIMS) {
    if (!Object.hasOwn(claims, claim)) continue;
    const value: unknown = (claims as Record<string, unknown>)[claim];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const iso = Math.abs(value) <= MAX_DATE_SECONDS ? new Date(value * 1000).toISOString() : null;
    times.push({
      claim,
      seconds: value,
      iso,
      relative: iso === null ? 'outside the range of representable dates' : describeRelative(claim, value - nowSeconds),
      isPast: value <= nowSeconds,
    });
  }
  return times;
}

function describeRelative(claim: TimeClaim, delta: number): string {
  const span = formatSpan(Math.abs(delta));
  const isFuture = delta > 0;
  switch (claim) {
    case 'exp':
      return isFuture ? `expires in ${span}` : `expired ${span} ago`;
    case 'nbf':
      return isFuture ? `not valid for another ${span}` : `valid since ${span} ago`;
    case 'iat':
      return isFuture ? `issued ${span} in the future` : `issued ${span} ago`;
    case 'auth_time':
      return isFuture ? `authenticated ${span} in the future` : `authenticated ${span} ago`;
  }
}

/** "45 s", "14 min", "3 h", "2 days", "4 years": the largest unit that fits, rounded down. */
export function formatSpan(seconds: number): string {
  const units: ReadonlyArray<readonly [number, string, string]> = [
    [365 * 86_400, 'year', 'years'],
    [86_400, 'day', 'days'],
    [3_600, 'h', 'h'],
    [60, 'min', 'min'],
  ];
  for (const [size, one, many] of units) {
    if (seconds >= size) {
      const n = Math.floor(seconds / size);
      return `${n} ${n === 1 ? one : many}`;
    }
  }
  return `${Math.floor(seconds)} s`;
}
