import { describe, expect, it } from 'vitest';
import { describeTimeDifference } from './describe-time-difference';

describe('describeTimeDifference: the other instant relative to this one, in two units', () => {
  it.each([
    [7200, 'later by 2 h 0 min'],
    [-7200, 'earlier by 2 h 0 min'],
    [3600 + 59 * 60, 'later by 1 h 59 min'],
    [45, 'later by 45 s'],
    [-125, 'earlier by 2 min 5 s'],
    [86_400 + 3 * 3600, 'later by 1 day 3 h'],
    [2 * 365 * 86_400 + 86_400, 'later by 2 years 1 day'],
    [0, 'the same instant'],
    [0.4, 'the same instant'],
    [60.9, 'later by 1 min 0 s'],
  ])('%d s: %s', (seconds, words) => {
    expect(describeTimeDifference(seconds)).toBe(words);
  });
});
