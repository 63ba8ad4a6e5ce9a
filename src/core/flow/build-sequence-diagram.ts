import type { Inspection } from '../inspect/types';
import { escapeMermaidLabel } from './escape-mermaid-label';
import { describeKid } from './layer-facts';
import { composeLabel, numberLinks, numberStages, readStatusBackground, toFlowStep } from './mermaid-text';
import { planFlow } from './plan-flow';
import type { FlowContext, FlowDiagram, FlowStep, PlannedStep } from './types';

const PARTICIPANTS = [
  '  participant I as Issuer',
  '  participant K as Key server (JWKS)',
  '  participant R as Receiver',
];

/**
 * A Mermaid sequence diagram: the issuer sends the token, the receiver fetches keys from the key server
 * when they came from a JWKS URL or discovery (RFC 7517 §5, OpenID Connect Discovery §3), then verifies,
 * decrypts and checks claims. Every note is coloured and marked by status; all token text is escaped.
 */
export function buildSequenceDiagram(inspection: Inspection, context: FlowContext = {}): FlowDiagram {
  const plan = planFlow(inspection, context);
  const receiver = withKeyFetch(plan.receiver.flat(), context);
  const stages = numberStages([plan.issuer.flat(), receiver]);
  const numbered = stages.flat();
  const lines = ['sequenceDiagram', ...PARTICIPANTS];
  for (const [i, { step }] of numbered.entries()) {
    if (i === plan.issuer.flat().length) lines.push(`  I->>R: ${escapeMermaidLabel(describeToken(inspection))};`);
    if (step.kind === 'select-key') lines.push(...noteKeyOrigin(step, context));
    lines.push(...renderStep(step, context));
  }
  const steps: FlowStep[] = numbered.map(({ id, step }) => toFlowStep(id, step));
  return { source: `${lines.join('\n')}\n`, steps, links: numberLinks(plan.links, stages) };
}

function isFetched(context: FlowContext): boolean {
  return context.keySource === 'jwks-url' || context.keySource === 'discovery';
}

/** Where the key came from when nothing was fetched: the inputs, or the token's own header (a DPoP proof). */
function noteKeyOrigin(step: PlannedStep, context: FlowContext): string[] {
  if (step.keyFrom === 'token-header') return ['  Note over R: key from the token header;'];
  return isFetched(context) ? [] : ['  Note over R: key pasted;'];
}

/** Keys from a URL are fetched just before the receiver selects one; a DPoP proof brings its own. */
function withKeyFetch(steps: PlannedStep[], context: FlowContext): PlannedStep[] {
  const at = steps.findIndex((s) => s.kind === 'select-key');
  if (at < 0 || !isFetched(context) || steps[at]?.keyFrom === 'token-header') return steps;
  const select = steps[at];
  const hasKeys =
    select !== undefined && !(select.status === 'skipped' && select.facts.includes('no verification key given'));
  const fetch: PlannedStep = {
    kind: 'fetch-keys',
    label: 'Fetch JWKS',
    status: hasKeys ? 'passed' : 'skipped',
    facts: [
      context.jwksUri ? `GET ${context.jwksUri}` : 'GET jwks_uri',
      ...(context.keySource === 'discovery' ? ['jwks_uri from the discovery document'] : []),
    ],
    actor: 'key-server',
  };
  return [...steps.slice(0, at), fetch, ...steps.slice(at)];
}

function renderStep(step: PlannedStep, context: FlowContext): string[] {
  if (step.actor === 'key-server') {
    const target = escapeMermaidLabel(context.jwksUri ? `GET ${context.jwksUri}` : 'GET jwks_uri');
    return [`  R->>K: ${target};`, `  K-->>R: ${composeLabel({ ...step, label: 'keys (JWKS)', facts: [] })};`];
  }
  const who = step.actor === 'issuer' ? 'I' : 'R';
  return [
    `  rect ${readStatusBackground(context.theme ?? 'light', step.status)}`,
    `    Note over ${who}: ${composeLabel(step)};`,
    '  end',
  ];
}

/** "token (alg RS256, kid k1)": what travels from issuer to receiver, from the outermost layer. */
function describeToken(inspection: Inspection): string {
  const outer = inspection.layers[0];
  if (!outer) return 'input that is not a JWS or JWE';
  const kind = outer.kind === 'jws' ? 'JWS' : 'JWE';
  if (outer.entries.length !== 1) {
    return `${kind} with ${outer.entries.length} ${outer.kind === 'jws' ? 'signatures' : 'recipients'}`;
  }
  const entry = outer.entries[0];
  const enc = outer.header && Object.hasOwn(outer.header, 'enc') ? outer.header.enc : undefined;
  const algs = `alg ${entry?.alg ?? '(none)'}${typeof enc === 'string' ? `, enc ${enc}` : ''}`;
  return `${kind} (${algs}, ${describeKid(entry?.kid ?? null)})`;
}
