import type { Inspection } from '../inspect/types';
import type { DisclosureReport } from '../sd-jwt/types';
import type { Finding } from '../types';
import type { PlannedStep } from './types';
import { DISCLOSURE_CODES } from '../sd-jwt/claim-codes';

/**
 * The disclosure-processing rules of RFC 9901 §7.1: an error under one of these codes means the verifier
 * must reject the presentation. (The same codes make the claims invalid in `inspect/apply-claim-checks.ts`.)
 */

const isKeyBindingFinding = (f: Finding) =>
  f.stage === 'sd-jwt' && (f.code.startsWith('kb-') || (f.part?.startsWith('kb-') ?? false));

/**
 * An SD-JWT's own receiver steps, after the issuer's signature (RFC 9901 §7.1, §7.3): check the disclosures
 * against the signed digests, then the key binding. Nothing for any other token.
 */
export function planSdJwt(inspection: Inspection): PlannedStep[][] {
  if (!inspection.sdJwt) return [];
  return [[planDisclosures(inspection)], [planKeyBinding(inspection)]];
}

function planDisclosures(inspection: Inspection): PlannedStep {
  const step = { kind: 'disclosures', label: 'Check disclosures', actor: 'receiver' } as const;
  const sd = inspection.sdJwt;
  const disclosures = sd?.disclosures ?? [];
  const count = (status: DisclosureReport['status']) => disclosures.filter((d) => d.status === status).length;
  const decoys = sd?.decoys ?? 0;
  const counts = `${count('disclosed')} disclosed, ${decoys} decoy${decoys === 1 ? '' : 's'} (or withheld)`;
  const errors = inspection.findings.filter((f) => f.severity === 'error' && DISCLOSURE_CODES.has(f.code));
  const first = errors[0];
  if (!first) return { ...step, status: 'passed', facts: [counts, `_sd_alg ${sd?.sdAlg ?? 'sha-256'}`] };
  const problems = (['unreferenced', 'invalid'] as const)
    .filter((status) => count(status) > 0)
    .map((status) => `${count(status)} ${status}`);
  return {
    ...step,
    status: 'failed',
    facts: [counts, ...(problems.length > 0 ? [problems.join(', ')] : []), first.message],
  };
}

function planKeyBinding(inspection: Inspection): PlannedStep {
  const step = { kind: 'key-binding', label: 'Check key binding', actor: 'receiver' } as const;
  const findings = inspection.findings.filter(isKeyBindingFinding);
  const worst = (findings.find((f) => f.severity === 'error') ?? findings[0])?.message;
  switch (inspection.sdJwt?.keyBinding) {
    case 'valid':
      return { ...step, status: 'passed', facts: ['signed by the holder key in cnf', 'iat, aud, nonce, sd_hash hold'] };
    case 'invalid':
      return { ...step, status: 'failed', facts: [worst ?? 'the key-binding JWT does not hold'] };
    case 'not-verified':
      return { ...step, status: 'skipped', facts: [worst ?? 'the holder key’s algorithm is not supported here'] };
    default:
      return findings.some((f) => f.code === 'kb-jwt-missing')
        ? { ...step, status: 'failed', facts: ['required, but no key-binding JWT was presented'] }
        : { ...step, status: 'skipped', facts: ['no key-binding JWT (not required)'] };
  }
}
