import { TYPED_CLAIMS } from '../catalogue/claim-types';
import type { ValueType } from '../catalogue/name-info';
import { describeValueType, hasValueType } from '../catalogue/value-type';
import { describeJsonType } from '../decode/describe-json-type';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../types';
import { readClaim, type ClaimCheckResult, type ClaimsObject } from './claim-check-result';
import { CLOCK_CLAIMS } from './check-times';
import { readNumericDate } from './numeric-date';

const CLOCK_CHECKED: ReadonlySet<string> = new Set(CLOCK_CLAIMS);

/**
 * Every claim present must have the type the catalogue gives it (RFC 7519 §4.1; OpenID Connect Core §5.1,
 * §2; RFC 7800, 8417, 8693, 9068, …): one `claim-type-invalid` finding per wrong claim. NumericDates must
 * also be times (RFC 7519 §2). `exp`, `nbf` and `iat` are only listed here: their own checks report them
 * (once), because a wrong-typed `exp` also means the expiry cannot be checked.
 */
export function checkClaimTypes(claims: ClaimsObject): ClaimCheckResult {
  const wrongType: string[] = [];
  const notATime: string[] = [];
  const findings: Finding[] = [];

  for (const [claim, type] of TYPED_CLAIMS) {
    const { isPresent, value } = readClaim(claims, claim);
    if (!isPresent) continue;
    if (type === 'numeric-date') {
      const read = readNumericDate(claims, claim);
      if (read.kind === 'wrong-type') wrongType.push(`${claim} (${read.reason})`);
      // exp, nbf and iat: their own checks report them, and an impossible time fails that check.
      if (CLOCK_CHECKED.has(claim)) continue;
      if (read.kind === 'not-a-time') notATime.push(`${claim} (${read.reason})`);
      if (read.kind === 'time') findings.push(...read.findings);
      else if (read.kind !== 'missing') findings.push(read.finding);
      continue;
    }
    if (hasValueType(value, type)) continue;
    const actual = describeWrongValue(value, type);
    wrongType.push(`${claim} (${actual})`);
    findings.push(
      makeFinding('claim-type-invalid', `Payload: "${claim}" is ${actual}; it must be ${describeValueType(type)}.`, {
        part: 'payload',
        name: claim,
      }),
    );
  }

  const problems = [
    ...(wrongType.length > 0 ? [`wrong type: ${wrongType.join(', ')}`] : []),
    ...(notATime.length > 0 ? [`not a time: ${notATime.join(', ')}`] : []),
  ];
  const check =
    problems.length === 0
      ? { name: 'types' as const, status: 'passed' as const, detail: 'known claims have the right types' }
      : { name: 'types' as const, status: 'failed' as const, detail: problems.join('; ') };
  return { check, findings };
}

/** What a wrongly typed value is, in words; for an array of strings, the first item that is not one. */
function describeWrongValue(value: unknown, type: ValueType): string {
  const wantsStrings = type === 'string-array' || type === 'string-or-string-array';
  if (!wantsStrings || !Array.isArray(value)) return describeJsonType(value);
  const stray: unknown = value.find((item) => typeof item !== 'string');
  return `an array holding ${describeJsonType(stray)}`;
}
