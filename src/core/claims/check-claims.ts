import type { ClaimCheck, ClaimsVerdict, Expectations } from '../inspect/types';
import type { Finding } from '../types';
import type { ClaimCheckResult, ClaimsObject } from './claim-check-result';
import { checkClaimTypes } from './check-claim-types';
import { checkAudience, checkExactClaim, checkTyp } from './check-expected';
import { checkExp, checkIat, checkNbf } from './check-times';

export interface CheckClaimsOptions {
  expected?: Expectations;
  /** Seconds since the epoch. */
  now: number;
  /** Leeway for exp, nbf and iat; a negative or non-finite value counts as 0. */
  clockToleranceSec: number;
}

export interface ClaimsReport {
  verdict: ClaimsVerdict;
  checks: ClaimCheck[];
  findings: Finding[];
}

/**
 * Validates a JWT claims set: RFC 7519 §4.1, §7.2; RFC 8725 §3.8–3.11. All checks run; every failure is
 * reported, not the first only. `alg` allow-lists are the inspector's job, not this function's.
 */
export function checkClaims(
  claims: unknown,
  header: Record<string, unknown> | null,
  options: CheckClaimsOptions,
): ClaimsReport {
  if (!isClaimsObject(claims)) return { verdict: 'not-applicable', checks: [], findings: [] };
  const { expected = {}, now } = options;
  const tolerance = Number.isFinite(options.clockToleranceSec) ? Math.max(0, options.clockToleranceSec) : 0;
  const clock = { now, clockToleranceSec: tolerance };

  const results: ClaimCheckResult[] = [
    checkExp(claims, clock),
    checkNbf(claims, clock),
    checkIat(claims, clock),
    checkExactClaim(claims, 'iss', expected.issuer),
    checkAudience(claims, expected.audience),
    checkExactClaim(claims, 'sub', expected.subject),
    checkTyp(header, expected.typ),
    checkClaimTypes(claims),
  ];
  const findings = results.flatMap((result) => result.findings);
  return {
    verdict: findings.some((finding) => finding.severity === 'error') ? 'invalid' : 'valid',
    checks: results.map((result) => result.check),
    findings,
  };
}

/** RFC 7519 §7.2 step 10: a claims set is a JSON object; text, arrays and null are not. */
function isClaimsObject(value: unknown): value is ClaimsObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
