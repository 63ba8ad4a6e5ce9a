import type { ClaimCheck } from '../inspect/types';
import type { Finding } from '../types';

/** One check with the findings it raised; the claims report concatenates these in check order. */
export interface ClaimCheckResult {
  check: ClaimCheck;
  findings: Finding[];
}

export type ClaimsObject = Record<string, unknown>;

/** Own members only: an inherited `exp` (or one on a `__proto__` key's target) is not a claim. */
export function readClaim(claims: ClaimsObject, name: string): { isPresent: boolean; value: unknown } {
  return Object.hasOwn(claims, name)
    ? { isPresent: true, value: claims[name] }
    : { isPresent: false, value: undefined };
}

/** A value as the user would see it in the payload; an overflowing JSON number (1e400) is Infinity. */
export function showValue(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}
