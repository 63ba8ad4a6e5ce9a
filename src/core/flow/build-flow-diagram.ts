import type { Inspection } from '../inspect/types';
import { CLASS_DEFINITIONS, composeLabel, numberStages, STATUS_CLASSES, toFlowStep } from './mermaid-text';
import { planFlow } from './plan-flow';
import type { FlowContext, FlowDiagram, FlowStatus } from './types';

type Numbered = ReturnType<typeof numberStages>;

/**
 * A Mermaid flowchart of what happened to the token: the issuer's steps and the receiver's, each node
 * coloured and marked by its status (RFC 7515 §5, RFC 7516 §5, RFC 7519 §7). Node ids are generated,
 * every label is escaped and double-quoted, and no directive or click handler is ever emitted.
 */
export function buildFlowDiagram(inspection: Inspection, context: FlowContext = {}): FlowDiagram {
  const plan = planFlow(inspection, context);
  const numbered = numberStages([...plan.issuer, ...plan.receiver]);
  const issuer = numbered.slice(0, plan.issuer.length);
  const receiver = numbered.slice(plan.issuer.length);
  const lines = ['flowchart LR'];
  if (issuer.length > 0) lines.push(...renderSubgraph('issuer', 'Issuer', issuer));
  lines.push(...renderSubgraph('receiver', 'Receiver', receiver));
  if (issuer.length > 0) lines.push('  issuer -->|token| receiver');
  const classDefinitions = CLASS_DEFINITIONS[context.theme ?? 'light'];
  lines.push(...classDefinitions.map((line) => `  ${line}`), ...renderClassAssignments(numbered));
  return { source: `${lines.join('\n')}\n`, steps: numbered.flat().map(({ id, step }) => toFlowStep(id, step)) };
}

/**
 * Edges stay inside each subgraph, and one edge joins the subgraphs, so Mermaid keeps each subgraph's
 * own top-to-bottom direction. Consecutive stages are fully connected (one node per signature or recipient).
 */
function renderSubgraph(id: string, title: string, stages: Numbered): string[] {
  // A trailing ";" ends each node statement: Mermaid strips the last ";" of any line that mentions
  // "style" or "classDef" (its colour-entity fix-up), and it must never be an entity's.
  const nodes = stages.flat().map(({ id: nodeId, step }) => `    ${nodeId}["${composeLabel(step)}"];`);
  const edges = stages
    .slice(1)
    .flatMap((stage, i) => (stages[i] ?? []).flatMap((from) => stage.map((to) => `    ${from.id} --> ${to.id}`)));
  return [`  subgraph ${id} [${title}]`, '    direction TB', ...nodes, ...edges, '  end'];
}

function renderClassAssignments(numbered: Numbered): string[] {
  const byStatus = new Map<FlowStatus, string[]>();
  for (const { id, step } of numbered.flat()) byStatus.set(step.status, [...(byStatus.get(step.status) ?? []), id]);
  return [...byStatus].map(([status, ids]) => `  class ${ids.join(',')} ${STATUS_CLASSES[status]}`);
}
