import { describeJsonType } from '../decode/describe-json-type';
import { makeFinding } from '../findings/make-finding';
import type { FindingCode } from '../findings/catalogue';
import { readClaim, type ClaimCheckResult, type ClaimsObject } from './claim-check-result';

type ExactClaim = 'iss' | 'sub';

const EXACT: Record<ExactClaim, { code: FindingCode; noun: string }> = {
  iss: { code: 'iss-mismatch', noun: 'issuer' },
  sub: { code: 'sub-mismatch', noun: 'subject' },
};

/**
 * RFC 7519 §4.1.1, §4.1.2: `iss` and `sub` are case-sensitive strings compared exactly: no trimming, no
 * case folding, no URL normalization (a trailing slash is a different issuer).
 */
export function checkExactClaim(
  claims: ClaimsObject,
  claim: ExactClaim,
  expected: string | undefined,
): ClaimCheckResult {
  const { code, noun } = EXACT[claim];
  if (!isGiven(expected)) return skipped(claim, `no expected ${noun} given`);
  const { isPresent, value } = readClaim(claims, claim);
  const fail = (detail: string, message: string): ClaimCheckResult => ({
    check: { name: claim, status: 'failed', detail },
    findings: [makeFinding(code, message, { part: 'payload', name: claim })],
  });
  if (!isPresent) return fail(`token has no ${claim}`, `Token has no ${claim}; expected ${noun} ${quote(expected)}.`);
  if (typeof value !== 'string') {
    const type = describeJsonType(value);
    return fail(`${claim} is ${type}`, `Token's ${claim} is ${type}, not the expected ${noun} ${quote(expected)}.`);
  }
  if (value === expected)
    return { check: { name: claim, status: 'passed', detail: `is ${quote(value)}` }, findings: [] };
  const nearMiss = describeNearMiss(value, expected);
  return fail(
    `is ${quote(value)}, not ${quote(expected)}`,
    `Token's ${claim} is ${quote(value)}, expected ${quote(expected)}${nearMiss ? ` (${nearMiss}, and ${claim} is compared exactly)` : ''}.`,
  );
}

/** RFC 7519 §4.1.3: the expected audience must equal `aud` or one of its entries, never a prefix of it. */
export function checkAudience(claims: ClaimsObject, expected: string | undefined): ClaimCheckResult {
  if (!isGiven(expected)) return skipped('aud', 'no expected audience given');
  const { isPresent, value } = readClaim(claims, 'aud');
  const fail = (detail: string, message: string): ClaimCheckResult => ({
    check: { name: 'aud', status: 'failed', detail },
    findings: [makeFinding('aud-mismatch', message, { part: 'payload', name: 'aud' })],
  });
  if (!isPresent) return fail('token has no aud', `Token has no aud; expected audience ${quote(expected)}.`);
  const candidates = typeof value === 'string' ? [value] : Array.isArray(value) ? value : null;
  if (candidates === null) {
    const type = describeJsonType(value);
    return fail(`aud is ${type}`, `Token's aud is ${type}, so it cannot name the audience ${quote(expected)}.`);
  }
  if (candidates.includes(expected)) {
    return { check: { name: 'aud', status: 'passed', detail: `contains ${quote(expected)}` }, findings: [] };
  }
  const audiences = candidates.filter((item): item is string => typeof item === 'string');
  if (audiences.length === 0) {
    return fail('aud is empty', `Token's aud names no audience; expected ${quote(expected)}.`);
  }
  const listed = audiences.map(quote).join(', ');
  const nearMisses = audiences.flatMap((aud) => {
    const nearMiss = describeNearMiss(aud, expected);
    return nearMiss ? [`${quote(aud)}: ${nearMiss}`] : [];
  });
  const note = nearMisses.length > 0 ? ` (${nearMisses.join('; ')}, and audiences are compared exactly)` : '';
  return fail(`is for ${listed}, not ${quote(expected)}`, `Token is for ${listed}, not ${quote(expected)}${note}.`);
}

/**
 * RFC 8725 §3.11 explicit typing. RFC 7515 §4.1.9: media types are case-insensitive and "application/"
 * may be left out, so "JWT" equals "application/jwt" and "at+jwt" equals "application/at+jwt".
 */
export function checkTyp(header: Record<string, unknown> | null, expected: string | undefined): ClaimCheckResult {
  if (!isGiven(expected)) return skipped('typ', 'no expected typ given');
  const value = header && Object.hasOwn(header, 'typ') ? header.typ : undefined;
  const fail = (detail: string, message: string): ClaimCheckResult => ({
    check: { name: 'typ', status: 'failed', detail },
    findings: [makeFinding('typ-mismatch', message, { part: 'header', name: 'typ' })],
  });
  if (value === undefined) return fail('header has no typ', `Header has no typ; expected ${quote(expected)}.`);
  if (typeof value !== 'string') {
    const type = describeJsonType(value);
    return fail(`typ is ${type}`, `Header typ is ${type}, not the expected ${quote(expected)}.`);
  }
  if (normalizeMediaType(value) !== normalizeMediaType(expected)) {
    return fail(
      `is ${quote(value)}, not ${quote(expected)}`,
      `Header typ is ${quote(value)}, expected ${quote(expected)}.`,
    );
  }
  return { check: { name: 'typ', status: 'passed', detail: `is ${quote(value)}` }, findings: [] };
}

function normalizeMediaType(type: string): string {
  const lower = type.toLowerCase();
  return lower.includes('/') ? lower : `application/${lower}`;
}

/** Why two strings that a person would read as the same are still different values. */
function describeNearMiss(actual: string, expected: string): string | null {
  const slashless = (s: string) => s.replace(/\/+$/, '');
  if (actual.trim() === expected.trim()) return 'they differ only in surrounding whitespace';
  if (slashless(actual) === slashless(expected)) return 'they differ only by a trailing slash';
  if (actual.toLowerCase() === expected.toLowerCase()) return 'they differ only in letter case';
  if (slashless(actual).toLowerCase() === slashless(expected).toLowerCase()) {
    return 'they differ only in letter case and a trailing slash';
  }
  return null;
}

/** An empty expectation (a cleared input box) means "not given", never "must equal the empty string". */
function isGiven(expected: string | undefined): expected is string {
  return expected !== undefined && expected !== '';
}

function skipped(name: 'iss' | 'sub' | 'aud' | 'typ', detail: string): ClaimCheckResult {
  return { check: { name, status: 'skipped', detail }, findings: [] };
}

function quote(text: string): string {
  return JSON.stringify(text);
}
