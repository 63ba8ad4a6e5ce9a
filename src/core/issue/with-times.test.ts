import { describe, expect, it } from 'vitest';
import { withTimes } from './with-times';

const NOW = 1_700_000_000;

describe('withTimes sets NumericDates (RFC 7519 §2, §4.1.4–4.1.6)', () => {
  it.each([
    [
      '§4.1.6 iat and §4.1.4 exp added last',
      { sub: 'a' },
      { lifetimeSec: 600 },
      { sub: 'a', iat: NOW, exp: NOW + 600 },
    ],
    ['§4.1.5 nbf when asked', {}, { lifetimeSec: 60, notBefore: true }, { iat: NOW, nbf: NOW, exp: NOW + 60 }],
    [
      'existing times replaced in place',
      { exp: 1, sub: 'a', iat: 2 },
      { lifetimeSec: 60 },
      { exp: NOW + 60, sub: 'a', iat: NOW },
    ],
    ['an existing nbf left alone unless asked', { nbf: 5 }, { lifetimeSec: 60 }, { nbf: 5, iat: NOW, exp: NOW + 60 }],
    ['§2 fractions dropped', {}, { lifetimeSec: 59.9, now: NOW + 0.7 }, { iat: NOW, exp: NOW + 59 }],
  ])('%s', (_title, claims, options, expected) => {
    const result = withTimes(claims, { now: NOW, ...options });
    expect(result).toEqual(expected);
    expect(Object.keys(result)).toEqual(Object.keys(expected));
  });

  it('returns a copy and keeps "__proto__" an ordinary claim', () => {
    const claims = JSON.parse('{"__proto__": {"admin": true}, "sub": "a"}') as Record<string, unknown>;
    const result = withTimes(claims, { now: NOW, lifetimeSec: 60 });
    expect(result).not.toBe(claims);
    expect(Object.keys(result)).toEqual(['__proto__', 'sub', 'iat', 'exp']);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(JSON.stringify(result)).toBe(`{"__proto__":{"admin":true},"sub":"a","iat":${NOW},"exp":${NOW + 60}}`);
  });
});
