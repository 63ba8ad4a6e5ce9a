import { describeJsonType } from '../decode/decode-part';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../types';
import { readClaim, type ClaimCheckResult, type ClaimsObject } from './claim-check-result';

const STRING_CLAIMS = ['iss', 'sub', 'jti'] as const;
const NUMERIC_DATE_CLAIMS = ['exp', 'nbf', 'iat'] as const;

/**
 * The types RFC 7519 §4.1 gives the registered claims. NumericDate claims are only listed here: their own
 * checks report them (once), because a wrong-typed `exp` also means the expiry cannot be checked.
 */
export function checkClaimTypes(claims: ClaimsObject): ClaimCheckResult {
  const wrong: string[] = [];
  const findings: Finding[] = [];

  for (const claim of NUMERIC_DATE_CLAIMS) {
    const { isPresent, value } = readClaim(claims, claim);
    if (isPresent && (typeof value !== 'number' || !Number.isFinite(value))) {
      wrong.push(`${claim} (${typeof value === 'number' ? 'not finite' : describeJsonType(value)})`);
    }
  }
  for (const claim of STRING_CLAIMS) {
    const { isPresent, value } = readClaim(claims, claim);
    if (!isPresent || typeof value === 'string') continue;
    wrong.push(`${claim} (${describeJsonType(value)})`);
    findings.push(
      makeFinding('claim-type-invalid', `Payload: "${claim}" is ${describeJsonType(value)}; it must be a string.`, {
        part: 'payload',
      }),
    );
  }
  const aud = readClaim(claims, 'aud');
  const audType = aud.isPresent ? describeAudienceType(aud.value) : null;
  if (audType !== null) {
    wrong.push(`aud (${audType})`);
    findings.push(
      makeFinding('claim-type-invalid', `Payload: "aud" is ${audType}; it must be a string or an array of strings.`, {
        part: 'payload',
      }),
    );
  }

  const check =
    wrong.length === 0
      ? { name: 'types' as const, status: 'passed' as const, detail: 'registered claims have the right types' }
      : { name: 'types' as const, status: 'failed' as const, detail: `wrong type: ${wrong.join(', ')}` };
  return { check, findings };
}

/** Null when `aud` is well-typed; otherwise what it is, in words. */
function describeAudienceType(aud: unknown): string | null {
  if (typeof aud === 'string') return null;
  if (!Array.isArray(aud)) return describeJsonType(aud);
  const stray: unknown[] = aud.filter((item) => typeof item !== 'string');
  return stray.length === 0 ? null : `an array holding ${describeJsonType(stray[0])}`;
}
