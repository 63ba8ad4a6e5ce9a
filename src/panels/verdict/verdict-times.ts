import { describeClaimTimes } from '../../core/claims/describe-times';
import { formatInstant, offsetFor, type TimeZoneChoice } from '../../core/claims/format-instant';

/*
 * The verdict's time texts, with the formatting they need: loaded after the first paint (they only add
 * tooltips, and the "Evaluated at" note, which needs the lazily loaded expectations panel first).
 */

/** For each NumericDate claim of the payload, the exact difference from the instant evaluated. */
export function describeCheckTimes(
  claims: unknown,
  instant: number,
  zone: TimeZoneChoice,
): ReadonlyMap<string, string> {
  return new Map(describeClaimTimes(claims, instant, offsetFor(zone)).map((time) => [time.claim, time.exact]));
}

/** "2026-01-01 10:00:00 UTC" or "2026-01-01 11:00:00 UTC+01:00", as "Times in" says. */
export function formatEvaluatedAt(seconds: number, zone: TimeZoneChoice): string {
  return formatInstant(seconds, offsetFor(zone));
}
