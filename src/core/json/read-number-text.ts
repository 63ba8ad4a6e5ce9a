import type { NumberLoss } from '../types';

/**
 * How JavaScript reads one JSON number (RFC 8259 §6): null when it prints the value back exactly as written
 * (nearly every number, so nothing is recorded); otherwise the value it reads and what that costs. `none`:
 * the same value spelled otherwise (`1.0`, `1E3`, `-0`); `rounded`: more digits than a double keeps;
 * `out-of-range`: beyond a double (Infinity) or below its smallest step (0); `unsafe-integer`: an integer
 * literal past ±(2^53−1), which a double cannot tell from its neighbours even when it prints back unchanged.
 * Linear in the length of `written`, which must match the JSON number grammar.
 */
export function readNumberText(written: string): { value: number; loss: NumberLoss } | null {
  const value = Number(written);
  const printed = String(value);
  if (!Number.isFinite(value)) return { value, loss: 'out-of-range' };
  // Up to 15 digits in a double's normal range always read back as the same decimal (DBL_DIG): no need to compare.
  const isShortNormal = written.length <= 15 && Math.abs(value) >= MIN_NORMAL;
  if (printed !== written && !isShortNormal && decimalKey(printed) !== decimalKey(written)) {
    return { value, loss: value === 0 ? 'out-of-range' : 'rounded' };
  }
  if (Number.isInteger(value) && !Number.isSafeInteger(value) && !/[.eE]/.test(written)) {
    return { value, loss: 'unsafe-integer' };
  }
  return printed === written ? null : { value, loss: 'none' };
}

const MIN_NORMAL = 2.2250738585072014e-308;
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** The written decimal value as `<sign><digits>e<exponent>` without redundant zeros; every zero is `0`. */
function decimalKey(text: string): string {
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = DECIMAL.exec(text) ?? [];
  const digits = whole + fraction;
  let first = 0;
  while (first < digits.length && digits.charCodeAt(first) === 0x30) first++;
  if (first === digits.length) return '0';
  let last = digits.length;
  while (digits.charCodeAt(last - 1) === 0x30) last--;
  // A finite non-zero value has a modest exponent, so Number() of the exponent text is exact here.
  return `${sign}${digits.slice(first, last)}e${Number(exponent) - fraction.length + (digits.length - last)}`;
}
