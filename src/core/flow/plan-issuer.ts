import { isUnsecuredAlg } from '../algorithms/registry';
import type { Inspection } from '../inspect/types';
import { describeKid, entrySuffix, type LayerView } from './layer-facts';
import type { PlannedStep } from './types';

/** What the issuer did, innermost first: build the claims, sign (RFC 7515 §5.1), encrypt (RFC 7516 §5.1). */
export function planIssuer(inspection: Inspection, views: LayerView[], hasHiddenInner: boolean): PlannedStep[][] {
  const stages: PlannedStep[][] = [[planBuildClaims(inspection, views)]];
  if (hasHiddenInner) {
    stages.push([
      {
        kind: 'sign',
        label: 'Sign (inside the JWE)',
        status: 'skipped',
        facts: ['the inner token is encrypted: decrypt it to see how it was signed'],
        actor: 'issuer',
      },
    ]);
  }
  for (const view of [...views].reverse()) {
    stages.push(view.layer.kind === 'jws' ? planSign(view) : planEncrypt(view));
  }
  return stages;
}

function planBuildClaims(inspection: Inspection, views: LayerView[]): PlannedStep {
  const step = { kind: 'build', label: 'Build claims', actor: 'issuer' } as const;
  const payload = inspection.payload;
  if (!payload) {
    const isEncrypted = views.some((v) => v.layer.kind === 'jwe');
    const fact = isEncrypted ? 'encrypted: decrypt the token to read the claims' : 'no payload to read (detached?)';
    return { ...step, status: 'skipped', facts: [fact] };
  }
  const claims = payload.json;
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
    return { ...step, status: 'passed', facts: [`payload is not a JSON object (${payload.text.length} characters)`] };
  }
  const record = claims as Record<string, unknown>;
  const names = Object.keys(record);
  const facts: string[] = [];
  const iss = Object.hasOwn(record, 'iss') ? record.iss : undefined;
  if (typeof iss === 'string') facts.push(`iss ${iss}`);
  const shown = names.slice(0, 6).join(', ');
  facts.push(`${names.length} claims${names.length > 0 ? `: ${shown}${names.length > 6 ? ', …' : ''}` : ''}`);
  return { ...step, status: 'passed', facts };
}

function planSign(view: LayerView): PlannedStep[] {
  return view.layer.entries.map((entry, i) => {
    const label = `Sign${entrySuffix(view, i, 'signature')}`;
    const step = { kind: 'sign', label, actor: 'issuer' } as const;
    if (entry.verdict === 'unsecured' || isUnsecuredAlg(entry.alg)) {
      return { ...step, status: 'failed', facts: ['alg none — nothing signed'] };
    }
    if (entry.alg === null) return { ...step, status: 'failed', facts: ['no alg in the header'] };
    return { ...step, status: 'passed', facts: [`alg ${entry.alg}`, describeKid(entry.kid)] };
  });
}

function planEncrypt(view: LayerView): PlannedStep[] {
  return view.layer.entries.map((entry, i) => {
    const label = `Encrypt${entrySuffix(view, i, 'recipient')}`;
    const step = { kind: 'encrypt', label, actor: 'issuer' } as const;
    const facts = [`alg ${entry.alg ?? '(none)'}, enc ${view.enc ?? '(none)'}`, describeKid(entry.kid)];
    const isWellFormed = entry.alg !== null && view.enc !== null;
    return { ...step, status: isWellFormed ? 'passed' : 'failed', facts };
  });
}
