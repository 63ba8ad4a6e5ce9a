import { describe, expect, it } from 'vitest';
import {
  describeExactDifference,
  formatInstant,
  formatOffset,
  offsetFor,
  parseInstant,
  type OffsetAt,
} from './format-instant';
import { MAX_DATE_SECONDS } from './numeric-date';

/** 2026-01-01T10:00:00Z */
const JAN_1 = 1_767_261_600;
/** 2026-03-29T01:00:00Z: Berlin leaves CET (+01:00) for CEST (+02:00). */
const BERLIN_SPRING = 1_774_746_000;
const fixed =
  (minutes: number): OffsetAt =>
  () =>
    minutes;
/** Europe/Berlin around its 2026 spring switch, pinned here rather than read from the machine. */
const berlin: OffsetAt = (seconds) => (seconds >= BERLIN_SPRING ? 120 : 60);

describe('formatOffset: the offset shown with every time', () => {
  it.each([
    { minutes: 0, shown: 'UTC' },
    { minutes: 60, shown: 'UTC+01:00' },
    { minutes: 120, shown: 'UTC+02:00' },
    { minutes: -300, shown: 'UTC-05:00' },
    { minutes: 330, shown: 'UTC+05:30' },
    { minutes: -570, shown: 'UTC-09:30' },
    { minutes: 840, shown: 'UTC+14:00' },
    { minutes: 19 + 32 / 60, shown: 'UTC+00:19:32' },
  ])('$minutes min east of UTC is "$shown"', ({ minutes, shown }) => {
    expect(formatOffset(minutes)).toBe(shown);
  });
});

describe('formatInstant: date, time and offset', () => {
  it.each([
    { name: 'UTC', offsetAt: fixed(0), shown: '2026-01-01 10:00:00 UTC' },
    { name: 'Berlin in winter', offsetAt: fixed(60), shown: '2026-01-01 11:00:00 UTC+01:00' },
    { name: 'New York in winter', offsetAt: fixed(-300), shown: '2026-01-01 05:00:00 UTC-05:00' },
    { name: 'India', offsetAt: fixed(330), shown: '2026-01-01 15:30:00 UTC+05:30' },
    { name: 'Kiribati, across the date line', offsetAt: fixed(840), shown: '2026-01-02 00:00:00 UTC+14:00' },
  ])('in $name', ({ offsetAt, shown }) => {
    expect(formatInstant(JAN_1, offsetAt)).toBe(shown);
  });

  it('is UTC when no zone is given', () => {
    expect(formatInstant(JAN_1)).toBe('2026-01-01 10:00:00 UTC');
  });

  it('takes the offset in force at that instant: either side of a daylight-saving switch', () => {
    expect(formatInstant(BERLIN_SPRING - 1, berlin)).toBe('2026-03-29 01:59:59 UTC+01:00');
    expect(formatInstant(BERLIN_SPRING, berlin)).toBe('2026-03-29 03:00:00 UTC+02:00');
  });

  it('keeps milliseconds only when the instant has them', () => {
    expect(formatInstant(JAN_1 + 0.5)).toBe('2026-01-01 10:00:00.500 UTC');
    expect(formatInstant(0)).toBe('1970-01-01 00:00:00 UTC');
    expect(formatInstant(-86_400)).toBe('1969-12-31 00:00:00 UTC');
  });

  it('shows the last instant a Date holds; past it, the seconds as they are', () => {
    expect(formatInstant(MAX_DATE_SECONDS)).toBe('+275760-09-13 00:00:00 UTC');
    expect(formatInstant(MAX_DATE_SECONDS + 1)).toBe('8640000000001 s since 1970 (outside the range of dates)');
  });

  it('falls back to UTC when the wall-clock time would leave the range of dates', () => {
    expect(formatInstant(MAX_DATE_SECONDS, fixed(60))).toBe('+275760-09-13 00:00:00 UTC');
  });

  it('"local" reads the offset from Date#getTimezoneOffset, with the sign turned east', () => {
    const local = offsetFor('local');
    for (const seconds of [0, JAN_1, BERLIN_SPRING]) {
      expect(local(seconds)).toBe(-new Date(seconds * 1000).getTimezoneOffset() || 0);
    }
    expect(offsetFor('utc')(JAN_1)).toBe(0);
  });
});

describe('describeExactDifference: the tooltip of a relative time', () => {
  it.each([
    {
      name: 'an hour before',
      seconds: JAN_1 - 3_600,
      offsetAt: fixed(0),
      text: '2026-01-01 09:00:00 UTC — exactly 3,600 s before 2026-01-01 10:00:00 UTC',
    },
    {
      name: 'two days after, in Berlin',
      seconds: JAN_1 + 172_800,
      offsetAt: fixed(60),
      text: '2026-01-03 11:00:00 UTC+01:00 — exactly 172,800 s after 2026-01-01 11:00:00 UTC+01:00',
    },
    {
      name: 'a fraction of a second',
      seconds: JAN_1 + 59.9,
      offsetAt: fixed(0),
      text: '2026-01-01 10:00:59.900 UTC — exactly 59.9 s after 2026-01-01 10:00:00 UTC',
    },
    {
      name: 'the same instant',
      seconds: JAN_1,
      offsetAt: fixed(0),
      text: '2026-01-01 10:00:00 UTC — exactly the instant evaluated',
    },
  ])('$name', ({ seconds, offsetAt, text }) => {
    expect(describeExactDifference(seconds, JAN_1, offsetAt)).toBe(text);
  });
});

describe('parseInstant: what a person types in "Evaluate at"', () => {
  it.each([
    { name: 'seconds since 1970 (a NumericDate)', text: '1767261600', seconds: JAN_1 },
    { name: 'seconds with a fraction', text: ' 1767261600.5 ', seconds: JAN_1 + 0.5 },
    { name: 'negative seconds', text: '-86400', seconds: -86_400 },
    { name: 'ISO 8601 in UTC', text: '2026-01-01T10:00:00Z', seconds: JAN_1 },
    { name: 'ISO 8601 with milliseconds', text: '2026-01-01T10:00:00.250Z', seconds: JAN_1 + 0.25 },
    { name: 'ISO 8601 with microseconds', text: '2026-01-01T10:00:00.250400Z', seconds: JAN_1 + 0.25 },
    { name: 'ISO 8601 with an offset', text: '2026-01-01T11:00:00+01:00', seconds: JAN_1 },
    { name: 'a negative offset without a colon', text: '2026-01-01T05:00:00-0500', seconds: JAN_1 },
    { name: 'as formatInstant writes it', text: '2026-01-01 11:00:00 UTC+01:00', seconds: JAN_1 },
    { name: 'as formatInstant writes UTC', text: '2026-01-01 10:00:00 UTC', seconds: JAN_1 },
    { name: 'without seconds', text: '2026-01-01T10:00Z', seconds: JAN_1 },
    { name: 'a date alone: midnight there', text: '2026-01-01', seconds: JAN_1 - 39_600 },
  ])('$name: "$text"', ({ text, seconds }) => {
    expect(parseInstant(text, fixed(60))).toEqual({ seconds });
  });

  it('reads a time without an offset in the zone given', () => {
    expect(parseInstant('2026-01-01 10:00:00', fixed(0))).toEqual({ seconds: JAN_1 });
    expect(parseInstant('2026-01-01 11:00:00', fixed(60))).toEqual({ seconds: JAN_1 });
    expect(parseInstant('2026-01-01T05:00:00', fixed(-300))).toEqual({ seconds: JAN_1 });
    expect(parseInstant('2026-01-01 10:00:00')).toEqual({ seconds: JAN_1 });
  });

  it('gives a local time the offset of its own side of a daylight-saving switch', () => {
    expect(parseInstant('2026-03-29 01:59:59', berlin)).toEqual({ seconds: BERLIN_SPRING - 1 });
    expect(parseInstant('2026-03-29 03:00:00', berlin)).toEqual({ seconds: BERLIN_SPRING });
    expect(parseInstant('2026-07-01 12:00:00', berlin)).toEqual({ seconds: 1_782_900_000 });
  });

  it.each([
    { name: 'nothing', text: '' },
    { name: 'words', text: 'yesterday' },
    { name: 'a day that does not exist', text: '2026-02-30 10:00:00' },
    { name: 'an hour that does not exist', text: '2026-01-01 25:00:00' },
    { name: 'a second that does not exist', text: '2026-01-01 10:00:60' },
    { name: 'an unknown zone', text: '2026-01-01 10:00:00 CET' },
    { name: 'seconds outside the range of dates', text: '8640000000001' },
  ])('refuses $name with a reason', ({ text }) => {
    const parsed = parseInstant(text);
    expect(parsed).toEqual({ error: expect.stringMatching(/\S/) });
  });

  it('round-trips what formatInstant shows, in any zone', () => {
    for (const offsetAt of [fixed(0), fixed(60), fixed(-570), berlin]) {
      for (const seconds of [0, JAN_1, BERLIN_SPRING - 1, BERLIN_SPRING, JAN_1 + 0.125]) {
        expect(parseInstant(formatInstant(seconds, offsetAt))).toEqual({ seconds });
      }
    }
  });
});
