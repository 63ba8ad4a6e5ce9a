import { describe, expect, it } from 'vitest';
import { describeClaimTimes } from './describe-times';
import { MAX_DATE_SECONDS, whyNotATime } from './numeric-date';

/** One rule decides what can be a time (RFC 7519 §2; ECMA-262 §21.4.1.1); the checker and the view share it. */
describe('whyNotATime', () => {
  it('the Date range ends far below 2^53, so no value beyond 2^53 is within the range of dates', () => {
    expect(MAX_DATE_SECONDS).toBe(8.64e15 / 1000);
    expect(MAX_DATE_SECONDS).toBeLessThan(2 ** 53);
  });

  it.each([
    { seconds: 0, why: null },
    { seconds: 1_700_000_000.5, why: null },
    { seconds: MAX_DATE_SECONDS, why: null },
    { seconds: -MAX_DATE_SECONDS, why: null },
    { seconds: MAX_DATE_SECONDS + 1, why: 'outside-dates' },
    { seconds: -9e15, why: 'outside-dates' },
    { seconds: 2 ** 53, why: 'outside-dates' },
    { seconds: 2 ** 53 + 2, why: 'beyond-2^53' },
    { seconds: -1e20, why: 'beyond-2^53' },
    { seconds: Infinity, why: 'not-finite' },
    { seconds: -Infinity, why: 'not-finite' },
    { seconds: NaN, why: 'not-finite' },
  ])('$seconds → $why', ({ seconds, why }) => {
    expect(whyNotATime(seconds)).toBe(why);
  });

  it.each([0, MAX_DATE_SECONDS, MAX_DATE_SECONDS + 1, -MAX_DATE_SECONDS - 0.5, 2 ** 53 + 2, 1e300])(
    'the time view gives %s an ISO time exactly when it can be a time',
    (seconds) => {
      const [time] = describeClaimTimes({ iat: seconds }, 0);
      expect(time?.iso === null).toBe(whyNotATime(seconds) !== null);
    },
  );
});
