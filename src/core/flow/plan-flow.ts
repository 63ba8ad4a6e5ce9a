import type { Inspection } from '../inspect/types';
import { saysNestedJwt, viewLayers, type LayerView } from './layer-facts';
import { planIssuer } from './plan-issuer';
import { describeProfileFailures, planProfile } from './plan-profile';
import { planLayer } from './plan-receiver';
import { planSdJwt } from './plan-sd-jwt';
import type { FlowContext, FlowPlan, PlannedStep } from './types';

/**
 * The steps of a token's life as the report shows them: the issuer's (build, sign, encrypt) and the
 * receiver's (decrypt, read kid, select key, verify, validate claims, the token profile's checks, use).
 * RFC 7519 §7.1–7.2; the profile's rules and the tokens its checks tie this one to, from its table.
 */
export function planFlow(inspection: Inspection, context: FlowContext): FlowPlan {
  if (inspection.format === 'unknown' || inspection.layers.length === 0) {
    return {
      issuer: [],
      links: [],
      receiver: [
        [{ kind: 'decode', label: 'Read token', status: 'failed', facts: ['not a JWS or JWE'], actor: 'receiver' }],
        [{ kind: 'use', label: 'Use claims', status: 'failed', facts: ['nothing to use'], actor: 'receiver' }],
      ],
    };
  }
  const views = viewLayers(inspection);
  const innermost = views.at(-1);
  const hasHiddenInner =
    innermost !== undefined && innermost.layer.kind === 'jwe' && !inspection.payload && saysNestedJwt(innermost);
  const receiver: PlannedStep[][] = views.flatMap((view) => planLayer(view, context));
  if (hasHiddenInner) {
    receiver.push([
      {
        kind: 'verify',
        label: 'Verify signature (inside the JWE)',
        status: 'skipped',
        facts: ['decrypt the token first'],
        actor: 'receiver',
      },
    ]);
  }
  // RFC 9901 §7.1, §7.3: disclosures and key binding are checked before the processed claims are.
  const sdJwt = planSdJwt(inspection);
  const claims = planClaims(inspection);
  const profile = planProfile(inspection);
  const unverified = [
    ...(hasHiddenInner ? ['inner signature not verified'] : []),
    ...(inspection.sdJwt?.keyBinding === 'not-verified' ? ['key binding not verified'] : []),
  ];
  receiver.push(...sdJwt, [claims], ...profile.stages, [planUse(views, [...sdJwt.flat(), claims], unverified)]);
  return { issuer: planIssuer(inspection, views, hasHiddenInner), receiver, links: profile.links };
}

function planClaims(inspection: Inspection): PlannedStep {
  const step = { kind: 'claims', label: 'Validate claims', actor: 'receiver' } as const;
  const passed = inspection.claimChecks.filter((c) => c.status === 'passed').map((c) => c.name);
  const failed = inspection.claimChecks.filter((c) => c.status === 'failed');
  const passedFact = passed.length > 0 ? [`passed: ${passed.join(', ')}`] : [];
  switch (inspection.claims) {
    case 'valid':
      return { ...step, status: 'passed', facts: passedFact.length > 0 ? passedFact : ['no check failed'] };
    case 'invalid':
      return {
        ...step,
        status: 'failed',
        facts: [
          ...failed.map((c) => `failed: ${c.name} (${c.detail})`),
          ...describeProfileFailures(inspection),
          ...passedFact,
        ],
      };
    default:
      return inspection.payload
        ? { ...step, status: 'not-applicable', facts: ['the payload is not a JSON claims set'] }
        : { ...step, status: 'skipped', facts: ['the claims are not readable'] };
  }
}

const USE_FAILED: Partial<Record<PlannedStep['kind'], string>> = {
  claims: 'claims invalid',
  disclosures: 'disclosures invalid',
  'key-binding': 'key binding failed',
};

/**
 * Claims are usable only when every layer checked out and the claims are valid (RFC 7519 §7.2) — and, for
 * an SD-JWT, its disclosures and key binding (RFC 9901 §7.1, §7.3).
 */
function planUse(views: LayerView[], checks: PlannedStep[], unverified: string[]): PlannedStep {
  const step = { kind: 'use', label: 'Use claims', actor: 'receiver' } as const;
  const failed: string[] = [];
  const skipped: string[] = [];
  for (const { layer } of views) {
    if (layer.verdict === 'invalid') failed.push('signature invalid');
    else if (layer.verdict === 'unsecured') failed.push('unsecured (alg none)');
    else if (layer.verdict === 'failed') failed.push('decryption failed');
    else if (layer.verdict === 'not-verified') skipped.push('signature not verified');
    else if (layer.verdict === 'not-decrypted') skipped.push('not decrypted');
    else if (layer.verdict === 'unsupported') skipped.push('algorithm not supported here');
  }
  skipped.push(...unverified);
  for (const check of checks) {
    if (check.status === 'failed') failed.push(USE_FAILED[check.kind] ?? `${check.label} failed`);
    if (check.status === 'skipped' && check.kind === 'claims') skipped.push('claims not checked');
  }
  if (failed.length > 0) return { ...step, status: 'failed', facts: [`do not use: ${failed.join(', ')}`] };
  if (skipped.length > 0) return { ...step, status: 'skipped', facts: [`not established: ${skipped.join(', ')}`] };
  const hasSignature = views.some((v) => v.layer.kind === 'jws');
  return {
    ...step,
    status: 'passed',
    facts: hasSignature
      ? ['every check passed']
      : ['every check passed', 'no signature: anyone holding the encryption key could have made it'],
  };
}
