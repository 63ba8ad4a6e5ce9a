import { SPAN_UNITS as UNITS } from '../claims/describe-times';

/**
 * How much later or earlier the other token's instant is: "later by 2 h 0 min", "earlier by 1 day 3 h",
 * "later by 45 s", "the same instant". Two units, the largest that fits and the next one, so a difference
 * of one hour and of one hour and fifty-nine minutes do not read alike. Fractions of a second are dropped.
 */
export function describeTimeDifference(differenceSec: number): string {
  const span = Math.floor(Math.abs(differenceSec));
  if (span === 0) return 'the same instant';
  return `${differenceSec > 0 ? 'later' : 'earlier'} by ${formatTwoUnits(span)}`;
}

function formatTwoUnits(seconds: number): string {
  const first = UNITS.findIndex(([size]) => seconds >= size);
  const [size, one, many] = UNITS[first] ?? [1, 's', 's'];
  const count = Math.floor(seconds / size);
  const head = `${count} ${count === 1 ? one : many}`;
  const next = UNITS[first + 1];
  if (next === undefined) return head;
  const rest = Math.floor((seconds % size) / next[0]);
  return `${head} ${rest} ${rest === 1 ? next[1] : next[2]}`;
}
