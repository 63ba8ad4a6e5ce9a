import { checkClaims } from '../claims/check-claims';
import { groupFindings } from '../findings/group-findings';
import type { JsonObject } from '../types';
import { buildHeadline } from './headline';
import type { ClaimsVerdict, Inspection, InspectOptions } from './types';

type ClaimOptions = Pick<InspectOptions, 'expected' | 'now' | 'clockToleranceSec'>;

/**
 * Runs the claim checks (RFC 7519 §7.2, §4.1) on a report's innermost payload and settles the claims
 * verdict and the headline. Earlier claim findings are replaced, so a clock tick can re-run this alone —
 * never key import, verification, decryption or PBKDF2. Any error finding of the claims stage makes the
 * claims verdict invalid, whoever raised it.
 */
export function applyClaimChecks(report: Inspection, header: JsonObject | null, options: ClaimOptions): Inspection {
  const kept = report.findings.filter((f) => f.stage !== 'claims');
  const json = report.payload?.json;
  const claimsReport =
    json === undefined
      ? null
      : checkClaims(json, header, {
          expected: options.expected ?? {},
          now: options.now ?? Math.floor(Date.now() / 1000),
          clockToleranceSec: options.clockToleranceSec ?? 60,
        });
  const layer = Math.max(0, report.layers.length - 1);
  const findings = [...kept, ...(claimsReport?.findings ?? []).map((f) => ({ ...f, layer }))];
  const claims: ClaimsVerdict = findings.some((f) => f.stage === 'claims' && f.severity === 'error')
    ? 'invalid'
    : claimsReport === null || claimsReport.verdict === 'not-applicable'
      ? 'not-applicable'
      : 'valid';
  const settled = { ...report, findings: groupFindings(findings), claims, claimChecks: claimsReport?.checks ?? [] };
  return { ...settled, headline: buildHeadline(settled) };
}

/** The claim checks again at a new instant (or with new expectations), on a finished report. */
export function recheckClaims(inspection: Inspection, options: ClaimOptions): Inspection {
  return applyClaimChecks(inspection, inspection.layers.at(-1)?.header ?? null, options);
}
