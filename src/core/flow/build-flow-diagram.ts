import type { Inspection } from '../inspect/types';
import { escapeMermaidLabel } from './escape-mermaid-label';
import {
  CLASS_DEFINITIONS,
  composeLabel,
  describeLinkStyle,
  INPUT_CLASS,
  numberLinks,
  numberStages,
  STATUS_CLASSES,
  STATUS_MARKERS,
  toFlowStep,
} from './mermaid-text';
import { planFlow } from './plan-flow';
import type { DiagramTheme, FlowContext, FlowDiagram, FlowLink } from './types';

type Numbered = ReturnType<typeof numberStages>;

/**
 * A Mermaid flowchart of what happened to the token: the issuer's steps and the receiver's, each node
 * coloured and marked by its status (RFC 7515 §5, RFC 7516 §5, RFC 7519 §7), with the token profile's
 * checks and the other tokens they tie this one to. Node ids are generated, every label is escaped and
 * double-quoted, and no directive or click handler is ever emitted.
 */
export function buildFlowDiagram(inspection: Inspection, context: FlowContext = {}): FlowDiagram {
  const theme = context.theme ?? 'light';
  const plan = planFlow(inspection, context);
  const numbered = numberStages([...plan.issuer, ...plan.receiver]);
  const issuer = numbered.slice(0, plan.issuer.length);
  const receiver = numbered.slice(plan.issuer.length);
  const links = numberLinks(plan.links, receiver);
  const issuerEdges = renderStageEdges(issuer);
  const receiverEdges = renderStageEdges(receiver);
  const receiverNodes = [...renderNodes(receiver), ...renderInputNodes(links)];
  const lines = ['flowchart LR'];
  if (issuer.length > 0) lines.push(...renderSubgraph('issuer', 'Issuer', renderNodes(issuer), issuerEdges));
  lines.push(
    ...renderSubgraph('receiver', 'Receiver', receiverNodes, [...receiverEdges, ...links.map(renderLinkEdge)]),
  );
  if (issuer.length > 0) lines.push('  issuer -->|token| receiver');
  lines.push(
    ...CLASS_DEFINITIONS[theme].map((line) => `  ${line}`),
    ...renderClassAssignments(numbered, links),
    ...renderLinkStyles(links, issuerEdges.length + receiverEdges.length, theme),
  );
  const steps = numbered.flat().map(({ id, step }) => toFlowStep(id, step));
  return { source: `${lines.join('\n')}\n`, steps, links };
}

/**
 * Edges stay inside each subgraph, and one edge joins the subgraphs, so Mermaid keeps each subgraph's
 * own top-to-bottom direction; a given token's node therefore sits inside the receiver's subgraph.
 */
function renderSubgraph(id: string, title: string, nodes: string[], edges: string[]): string[] {
  return [`  subgraph ${id} [${title}]`, '    direction TB', ...nodes, ...edges, '  end'];
}

// A trailing ";" ends each node statement: Mermaid strips the last ";" of any line that mentions
// "style" or "classDef" (its colour-entity fix-up), and it must never be an entity's.
function renderNodes(stages: Numbered): string[] {
  return stages.flat().map(({ id, step }) => `    ${id}["${composeLabel(step)}"];`);
}

/** One node per given token, however many links it has. */
function renderInputNodes(links: FlowLink[]): string[] {
  const seen = new Map(links.map((link) => [link.from, link.label]));
  return [...seen].map(([id, label]) => `    ${id}["${escapeMermaidLabel(label)}"];`);
}

/** Consecutive stages are fully connected (one node per signature or recipient, one per profile check). */
function renderStageEdges(stages: Numbered): string[] {
  return stages
    .slice(1)
    .flatMap((stage, i) => (stages[i] ?? []).flatMap((from) => stage.map((to) => `    ${from.id} --> ${to.id}`)));
}

/** Labelled with what ties the tokens and a status marker, so colour is never the only signal. */
function renderLinkEdge(link: FlowLink): string {
  return `    ${link.from} -->|"${STATUS_MARKERS[link.status]} ${escapeMermaidLabel(link.via)}"| ${link.to}`;
}

/** Mermaid numbers edges in the order they are written: the links come right after `first` others. */
function renderLinkStyles(links: FlowLink[], first: number, theme: DiagramTheme): string[] {
  return links.map((link, i) => `  linkStyle ${first + i} ${describeLinkStyle(theme, link.status)}`);
}

function renderClassAssignments(numbered: Numbered, links: FlowLink[]): string[] {
  const byClass = new Map<string, string[]>();
  const assign = (id: string, name: string) => byClass.set(name, [...(byClass.get(name) ?? []), id]);
  for (const { id, step } of numbered.flat()) assign(id, STATUS_CLASSES[step.status]);
  for (const id of new Set(links.map((link) => link.from))) assign(id, INPUT_CLASS);
  return [...byClass].map(([name, ids]) => `  class ${ids.join(',')} ${name}`);
}
