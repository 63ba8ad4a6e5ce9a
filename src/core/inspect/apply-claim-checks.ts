import { checkClaims } from '../claims/check-claims';
import { groupFindings } from '../findings/group-findings';
import { isJsonObject } from '../json/is-json-object';
import { resolveProfile } from '../profiles/detect-profile';
import { DISCLOSURE_CODES } from '../sd-jwt/claim-codes';
import { PROFILES } from '../profiles/profiles';
import { normalizeContext } from '../profiles/normalize-context';
import { runProfile } from '../profiles/run-profile';
import type { InspectionProfile, LinkFacts } from '../profiles/types';
import type { Finding, JsonObject } from '../types';
import { buildHeadline } from './headline';
import type { ClaimsVerdict, Inspection, InspectOptions } from './types';

type ClaimOptions = Pick<InspectOptions, 'expected' | 'now' | 'clockToleranceSec' | 'profile' | 'context'>;

/** Stages whose findings this step owns: re-running it replaces them. */
const isClaimStage = (f: Finding) => f.stage === 'claims' || f.stage === 'profile';

const isClaimError = (f: Finding) =>
  f.severity === 'error' && (isClaimStage(f) || (f.stage === 'sd-jwt' && DISCLOSURE_CODES.has(f.code)));

/**
 * Runs the claim checks (RFC 7519 §7.2, §4.1) and the token profile's rules on a report's innermost payload
 * and settles the claims verdict and the headline. Earlier claim and profile findings are replaced, so a
 * clock tick can re-run this alone — never key import, verification, decryption, PBKDF2 or hashing (the
 * profile's linking hashes were computed with the report). Any error finding of the claims or profile
 * stage makes the claims verdict invalid, whoever raised it.
 */
export function applyClaimChecks(report: Inspection, header: JsonObject | null, options: ClaimOptions): Inspection {
  const kept = report.findings.filter((f) => !isClaimStage(f));
  const json = report.payload?.json;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const clockToleranceSec = options.clockToleranceSec ?? 60;
  const claimsReport =
    json === undefined ? null : checkClaims(json, header, { expected: options.expected ?? {}, now, clockToleranceSec });
  const claimsSet = isJsonObject(json) ? json : null;
  const profile = report.profile
    ? settleProfile(report.profile.links, report.signature, topLevelDisclosed(report.sdJwt), header, claimsSet, {
        ...options,
        now,
        clockToleranceSec,
      })
    : { profile: null, findings: [] };
  const layer = Math.max(0, report.layers.length - 1);
  const hasNoExp = profile.profile !== null && PROFILES[profile.profile.id].hasNoExp === true;
  const claimFindings = (claimsReport?.findings ?? []).filter((f) => !(hasNoExp && f.code === 'exp-missing'));
  const findings = [...kept, ...[...claimFindings, ...profile.findings].map((f) => ({ ...f, layer }))];
  const claims: ClaimsVerdict = findings.some(isClaimError)
    ? 'invalid'
    : claimsReport === null || claimsReport.verdict === 'not-applicable'
      ? 'not-applicable'
      : 'valid';
  const settled = {
    ...report,
    findings: groupFindings(findings),
    claims,
    claimChecks: (claimsReport?.checks ?? []).map((check) =>
      hasNoExp && check.name === 'exp' && check.status === 'skipped'
        ? { ...check, detail: `no exp: ${PROFILES[profile.profile?.id ?? 'jwt'].title} uses an iat window instead` }
        : check,
    ),
    profile: profile.profile,
  };
  return { ...settled, headline: buildHeadline(settled) };
}

/** The top-level claims an SD-JWT's disclosures gave (`$.name`), for the rules about what may be hidden. */
function topLevelDisclosed(sdJwt: Inspection['sdJwt']): string[] {
  return (sdJwt?.disclosures ?? []).flatMap((d) =>
    d.status === 'disclosed' && d.name !== null && d.path !== null && !/^\$[.[].*[.[]/.test(d.path) ? [d.name] : [],
  );
}

/** Resolves the profile (choice, typ, claims) and runs its rules with the report's linking hashes. */
function settleProfile(
  links: LinkFacts,
  signature: Inspection['signature'],
  disclosedNames: string[],
  header: JsonObject | null,
  claims: JsonObject | null,
  options: ClaimOptions & { now: number; clockToleranceSec: number },
): { profile: InspectionProfile; findings: Finding[] } {
  const resolved = resolveProfile(options.profile, header, claims ?? {});
  const run = claims
    ? runProfile(resolved, {
        claims,
        header,
        context: normalizeContext(options.context),
        expected: options.expected ?? {},
        now: options.now,
        clockToleranceSec: options.clockToleranceSec,
        links,
        signature,
        disclosedNames,
      })
    : { checks: [], findings: [] };
  const profile: InspectionProfile = {
    id: resolved.id,
    by: resolved.by,
    reason: resolved.reason,
    ...(resolved.detected ? { detected: resolved.detected } : {}),
    checks: run.checks,
    links,
  };
  return { profile, findings: run.findings };
}

/** The claim checks again at a new instant (or with new expectations), on a finished report. */
export function recheckClaims(inspection: Inspection, options: ClaimOptions): Inspection {
  return applyClaimChecks(inspection, inspection.layers.at(-1)?.header ?? null, options);
}
