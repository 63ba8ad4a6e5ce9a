/**
 * Instants as people read them: "2026-01-01 10:00:00 UTC", "2026-01-01 11:00:00 UTC+01:00", always with
 * the offset, in UTC or in the browser's zone. The zone is a function from an instant to its offset, so
 * tests pin any zone (and its daylight-saving switch) without touching the machine's.
 */

export type TimeZoneChoice = 'utc' | 'local';

/** Minutes east of UTC in force at an instant (seconds since the epoch): Berlin in winter is 60. */
export type OffsetAt = (seconds: number) => number;

const UTC: OffsetAt = () => 0;
// Date#getTimezoneOffset counts minutes *west* of UTC, and may be fractional for old local mean times.
const LOCAL: OffsetAt = (seconds) => -new Date(seconds * 1000).getTimezoneOffset() || 0;

export function offsetFor(zone: TimeZoneChoice): OffsetAt {
  return zone === 'local' ? LOCAL : UTC;
}

/** "UTC", "UTC+01:00", "UTC-03:30"; an old local mean time keeps its seconds: "UTC+00:19:32". */
export function formatOffset(minutes: number): string {
  const total = Math.round(minutes * 60);
  if (total === 0) return 'UTC';
  const abs = Math.abs(total);
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = abs % 60 === 0 ? '' : `:${pad(abs % 60)}`;
  return `UTC${total < 0 ? '-' : '+'}${pad(Math.floor(abs / 3600))}:${pad(Math.floor(abs / 60) % 60)}${seconds}`;
}

/**
 * The wall-clock time at `seconds` in the zone `offsetAt` describes, with that zone's offset then;
 * milliseconds only when the instant has them. A value outside the range of dates (ECMA-262 §21.4.1.1)
 * is given as it is, in seconds; one whose wall-clock time falls outside that range is shown in UTC.
 */
export function formatInstant(seconds: number, offsetAt: OffsetAt = UTC): string {
  const utc = new Date(seconds * 1000);
  if (Number.isNaN(utc.getTime())) return `${seconds} s since 1970 (outside the range of dates)`;
  const offset = offsetAt(seconds);
  const wall = new Date(utc.getTime() + Math.round(offset * 60) * 1000);
  const [shown, offsetShown] = Number.isNaN(wall.getTime()) ? [utc, 0] : [wall, offset];
  const text = shown
    .toISOString()
    .replace('T', ' ')
    .replace(/(\.000)?Z$/, '');
  return `${text} ${formatOffset(offsetShown)}`;
}

/**
 * The exact difference for a tooltip: "2026-01-01 09:00:00 UTC — exactly 3,600 s before
 * 2026-01-01 10:00:00 UTC", where the second instant is the one the checks were evaluated at.
 */
export function describeExactDifference(seconds: number, reference: number, offsetAt: OffsetAt = UTC): string {
  const at = formatInstant(seconds, offsetAt);
  const difference = seconds - reference;
  if (difference === 0) return `${at} — exactly the instant evaluated`;
  const amount = Math.abs(difference).toLocaleString('en', { maximumFractionDigits: 3 });
  return `${at} — exactly ${amount} s ${difference < 0 ? 'before' : 'after'} ${formatInstant(reference, offsetAt)}`;
}

export type ParsedInstant = { seconds: number } | { error: string };

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:\s*(.*))?$/;
const OFFSET = /^(?:Z|UTC|GMT|(?:UTC|GMT)?([+-])(\d{2}):?(\d{2})(?::?(\d{2}))?)$/i;

const NOT_A_TIME =
  'Give seconds since 1970 (1767261600) or a date and time (2026-01-01 10:00:00, ISO 8601, optionally with Z or +01:00).';

/**
 * What a person types for an instant: seconds since 1970 (a NumericDate, RFC 7519 §2, as copied from a
 * claim), or an ISO 8601 date and time. With an offset ("Z", "+01:00", "UTC+01:00", as formatInstant
 * writes it) it is exact; without one it is a wall-clock time in the zone `offsetAt` describes.
 */
export function parseInstant(text: string, offsetAt: OffsetAt = UTC): ParsedInstant {
  const trimmed = text.trim();
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return within(Number(trimmed));
  const match = WALL_CLOCK.exec(trimmed);
  if (!match) return { error: NOT_A_TIME };
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone = ''] = match;
  const fields = [Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)] as const;
  const wallMs = Date.UTC(...fields) + Math.round(Number(fraction || 0) * 1000);
  const check = new Date(wallMs);
  const isReal =
    check.getUTCFullYear() === fields[0] &&
    check.getUTCMonth() === fields[1] &&
    check.getUTCDate() === fields[2] &&
    check.getUTCHours() === fields[3] &&
    check.getUTCMinutes() === fields[4] &&
    fields[5] < 60;
  if (!isReal) return { error: `There is no such date and time. ${NOT_A_TIME}` };
  const wall = wallMs / 1000;
  if (zone === '') return within(wall - offsetOfWallClock(wall, offsetAt) * 60);
  const offset = OFFSET.exec(zone);
  if (!offset) return { error: `"${zone}" is not an offset. ${NOT_A_TIME}` };
  const [, sign, hh = '0', mm = '0', ss = '0'] = offset;
  const minutes = (Number(hh) * 60 + Number(mm) + Number(ss) / 60) * (sign === '-' ? -1 : 1);
  return within(wall - minutes * 60);
}

/**
 * The offset that applies to a wall-clock time: the offset at the instant it would be in UTC, corrected
 * once more from the instant that gives (right on both sides of a daylight-saving switch; a time in the
 * gap of a spring switch reads with the offset before it).
 */
function offsetOfWallClock(wall: number, offsetAt: OffsetAt): number {
  const first = offsetAt(wall);
  return offsetAt(wall - first * 60);
}

function within(seconds: number): ParsedInstant {
  return Number.isNaN(new Date(seconds * 1000).getTime())
    ? { error: 'That is outside the range of dates (±8,640,000,000,000 s, the year 275760).' }
    : { seconds };
}
