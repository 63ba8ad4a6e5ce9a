import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, summaryChips } from './look';

describe('formatCount', () => {
  it('writes a whole number as toLocaleString("en") does, which the app shows beside it', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 1_000_000, 16_777_216, Number.MAX_SAFE_INTEGER])
      expect(formatCount(n)).toBe(n.toLocaleString('en'));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('en'));
      }),
    );
  });
});

describe('summaryChips', () => {
  it('names the string members alg, enc, typ and kid in that order, and nothing else', () => {
    expect(summaryChips({ kid: 'k', alg: 'RS256', x: 'y', typ: 7, enc: '' })).toEqual([
      { label: 'alg', value: 'RS256' },
      { label: 'kid', value: 'k' },
    ]);
    expect(summaryChips(null)).toEqual([]);
    expect(summaryChips(JSON.parse('{"__proto__":"x","alg":"none"}'))).toEqual([{ label: 'alg', value: 'none' }]);
  });
});
