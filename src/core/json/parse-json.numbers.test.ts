import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json';
import type { JsonNumberText } from '../types';

/*
 * RFC 8259 §6: JSON numbers are decimals of any length, but software that reads them as IEEE 754 doubles
 * (every JavaScript verifier) only agrees on integers within ±(2^53−1) and on what a double keeps.
 * parseJson keeps the text of every number JavaScript prints otherwise than written, and says what it costs.
 */
function numbersOf(text: string, maxNumbers?: number) {
  const result = parseJson(text, maxNumbers === undefined ? {} : { maxNumbers });
  if (!result.ok) throw new Error(`not JSON: ${result.message}`);
  return result;
}

describe('numbers JavaScript reads as another value (loss other than none)', () => {
  it.each<{ name: string; text: string; value: number; loss: JsonNumberText['loss'] }>([
    { name: 'a 20-digit ID', text: '12345678901234567890', value: Number('12345678901234567890'), loss: 'rounded' },
    { name: '2^53 + 1', text: '9007199254740993', value: 2 ** 53, loss: 'rounded' },
    { name: '−(2^53 + 1)', text: '-9007199254740993', value: -(2 ** 53), loss: 'rounded' },
    {
      name: 'an integer past 2^53 JavaScript prints back as written',
      text: '12345678901234567000',
      value: Number('12345678901234567000'),
      loss: 'unsafe-integer',
    },
    {
      name: '2^53 itself (outside the interoperable range)',
      text: '9007199254740992',
      value: 2 ** 53,
      loss: 'unsafe-integer',
    },
    {
      name: 'an integer literal JavaScript prints in exponent form',
      text: '1000000000000000000000',
      value: 1e21,
      loss: 'unsafe-integer',
    },
    {
      name: 'a decimal with more digits than a double keeps',
      text: '0.1000000000000000055511151231257827',
      value: 0.1,
      loss: 'rounded',
    },
    {
      name: 'a NumericDate with 20 fractional digits',
      text: '1516239022.12345678901234567890',
      value: 1516239022.1234567,
      loss: 'rounded',
    },
    { name: 'a subnormal that prints shorter', text: '4.9e-324', value: 5e-324, loss: 'rounded' },
    { name: 'an exponent past a double (1e400)', text: '1e400', value: Infinity, loss: 'out-of-range' },
    { name: 'a negative one', text: '-1E400', value: -Infinity, loss: 'out-of-range' },
    { name: 'a non-zero value below a double’s smallest step', text: '1e-400', value: 0, loss: 'out-of-range' },
  ])('$name: $text', ({ text, value, loss }) => {
    expect(numbersOf(`{"n":${text}}`).numbers).toEqual([{ path: '$.n', text, value, loss }]);
  });
});

describe('numbers spelled otherwise than JavaScript prints them keep their text (loss none)', () => {
  it.each([
    { text: '1.0', value: 1 },
    { text: '1.50', value: 1.5 },
    { text: '1E3', value: 1000 },
    { text: '100e-2', value: 1 },
    { text: '1e21', value: 1e21 },
    { text: '-0', value: -0 },
    { text: '-0.0', value: -0 },
    { text: '0e400', value: 0 },
    { text: '0.000000000000000000000000000000000000000000001e45', value: 1 },
  ])('$text', ({ text, value }) => {
    expect(numbersOf(`[${text}]`).numbers).toEqual([{ path: '$[0]', text, value, loss: 'none' }]);
  });
});

describe('numbers JavaScript prints back as written are not listed', () => {
  it.each([
    '0',
    '1.5',
    '0.1',
    '-42',
    '1516239022',
    '0.30000000000000004',
    '9007199254740991',
    '-9007199254740991',
    '1.7976931348623157e+308',
    '5e-324',
  ])('%s', (text) => {
    expect(numbersOf(`{"a":[${text}]}`).numbers).toEqual([]);
  });
});

describe('each listed number names its path, in the notation of duplicate findings', () => {
  it('finds numbers at the top level, in arrays, nested objects and under names that need quoting', () => {
    const text =
      '{"a":{"b":[1,2,12345678901234567890]},"x-y":1.0,"__proto__":1e400,"ok":1.5,"list":[[0,-0]],"n":9007199254740993}';
    expect(numbersOf(text).numbers.map(({ path, text: written }) => [path, written])).toEqual([
      ['$.a.b[2]', '12345678901234567890'],
      ['$["x-y"]', '1.0'],
      ['$.__proto__', '1e400'],
      ['$.list[0][1]', '-0'],
      ['$.n', '9007199254740993'],
    ]);
    expect(numbersOf('12345678901234567890').numbers).toMatchObject([{ path: '$', loss: 'rounded' }]);
  });

  it('lists every occurrence of a duplicated member, while the value keeps the last (as JSON.parse)', () => {
    const result = numbersOf('{"id":12345678901234567890,"id":1}');
    expect(result.value).toEqual({ id: 1 });
    expect(result.numbers).toMatchObject([{ path: '$.id', text: '12345678901234567890' }]);
  });
});

describe('`maxNumbers` bounds the list and counts the imprecise rest', () => {
  const text = '[1.0,12345678901234567890,2.0,1e400,3.0,9007199254740993]';

  it('lists the first in text order; past the limit only imprecise numbers are counted', () => {
    const result = numbersOf(text, 2);
    expect(result.numbers.map((n) => n.text)).toEqual(['1.0', '12345678901234567890']);
    expect(result.omittedImprecise).toBe(2);
  });

  it('adds no count when nothing imprecise was left out', () => {
    const result = numbersOf('[12345678901234567890,1.0,2.0]', 1);
    expect(result).not.toHaveProperty('omittedImprecise');
  });

  it('keeps 10,000 of 50,000 big integers and counts the other 40,000', () => {
    const big = `[${Array.from({ length: 50_000 }, (_, i) => `9${String(i).padStart(19, '0')}`).join(',')}]`;
    const result = numbersOf(big, 10_000);
    expect(result.numbers).toHaveLength(10_000);
    expect(result.numbers[9_999]).toMatchObject({ path: '$[9999]', text: '90000000000000009999' });
    expect(result.omittedImprecise).toBe(40_000);
  });
});

/** Exact comparison of two decimal texts with BigInt: an oracle independent of the parser's own. */
function equalDecimals(a: string, b: string): boolean {
  const [ma, ea] = scaled(a);
  const [mb, eb] = scaled(b);
  const e = Math.min(ea, eb);
  return ma * 10n ** BigInt(ea - e) === mb * 10n ** BigInt(eb - e);
}

/** `text` as an integer and a power of ten. */
function scaled(text: string): [bigint, number] {
  const [, sign = '', whole = '', fraction = '', exponent = '0'] =
    /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text) ?? [];
  return [BigInt(`${sign}${whole}${fraction}`), Number(exponent) - fraction.length];
}

/** A JSON number text from its parts: sign, integer digits, fraction digits, exponent. */
const numberText = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9][0-9]{0,24}$/)),
    fc.option(fc.stringMatching(/^[0-9]{1,24}$/), { nil: undefined }),
    fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 400 })), {
      nil: undefined,
    }),
  )
  .map(
    ([negative, whole, fraction, exponent]) =>
      `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}${exponent ? exponent.join('') : ''}`,
  );

describe('properties', () => {
  it('JavaScript’s own spelling of any double is never listed, unless it is an integer past 2^53 − 1', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = JSON.stringify(value);
        const listed = numbersOf(`{"v":${text}}`).numbers;
        const isUnsafeInteger = Number.isInteger(value) && !Number.isSafeInteger(value) && !/[.e]/.test(text);
        expect(listed.length).toBe(isUnsafeInteger ? 1 : 0);
      }),
      { numRuns: 2_000 },
    );
  });

  it('a decimal of at most 15 significant digits within a double’s normal range never loses precision', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }),
        fc.integer({ min: -290, max: 290 }),
        (mantissa, exponent) => {
          const listed = numbersOf(`[${mantissa}e${exponent}]`).numbers;
          expect(listed.filter((n) => n.loss !== 'none')).toEqual([]);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('an integer past ±(2^53 − 1) is always listed as imprecise, with the value JSON.parse gives', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 2n ** 53n, max: 2n ** 256n }), fc.boolean(), (magnitude, negative) => {
        const text = `${negative ? '-' : ''}${magnitude}`;
        const listed = numbersOf(`{"id":${text}}`).numbers;
        expect(listed).toEqual([
          { path: '$.id', text, value: JSON.parse(text), loss: expect.not.stringMatching(/^none$/) },
        ]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('any number text: listed as written exactly when JavaScript prints it otherwise, with the right loss', () => {
    fc.assert(
      fc.property(numberText, (text) => {
        const value = JSON.parse(text) as number;
        const printed = String(value);
        const isUnsafeInteger = /^-?\d+$/.test(text) && !Number.isSafeInteger(value);
        const loss = !Number.isFinite(value)
          ? 'out-of-range'
          : !equalDecimals(text, printed)
            ? value === 0
              ? 'out-of-range'
              : 'rounded'
            : isUnsafeInteger
              ? 'unsafe-integer'
              : 'none';
        const listed = numbersOf(`[${text}]`).numbers;
        if (printed === text && !isUnsafeInteger) expect(listed).toEqual([]);
        else expect(listed).toEqual([{ path: '$[0]', text, value, loss }]);
      }),
      { numRuns: 5_000 },
    );
  });
});
