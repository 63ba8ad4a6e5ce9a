import { escapeMermaidLabel } from './escape-mermaid-label';
import type { DiagramTheme, FlowLink, FlowStatus, FlowStep, PlannedLink, PlannedStep } from './types';

/**
 * A text marker per status, so colour is never the only signal (WCAG 1.4.1). Skipped is "↷" rather than
 * "⏭": U+23ED has no glyph in common fonts (it drew as a box in headless Chromium), U+21B7 does.
 */
export const STATUS_MARKERS: Readonly<Record<FlowStatus, string>> = {
  passed: '✔',
  failed: '✖',
  skipped: '↷',
  'not-applicable': '–',
};

/** Mermaid class names: constants, never token data. */
export const STATUS_CLASSES: Readonly<Record<FlowStatus, string>> = {
  passed: 'passed',
  failed: 'failed',
  skipped: 'skipped',
  'not-applicable': 'na',
};

interface Swatch {
  fill: string;
  stroke: string;
  text: string;
}

/** What a node can be drawn as: a step's status, or a token the user gave with this one. */
type Swatched = FlowStatus | 'input';

/**
 * The one palette: fill, stroke and text colours with at least 4.5:1 text contrast. Dark: the same hues,
 * dark fills and light text, to sit in mermaid's dark theme on a dark card. Class definitions, sequence
 * note backgrounds and link colours are all read from it.
 */
const PALETTE: Readonly<Record<DiagramTheme, Readonly<Record<Swatched, Swatch>>>> = {
  light: {
    passed: { fill: '#dcfce7', stroke: '#15803d', text: '#14532d' },
    failed: { fill: '#fee2e2', stroke: '#b91c1c', text: '#7f1d1d' },
    skipped: { fill: '#fef3c7', stroke: '#b45309', text: '#78350f' },
    'not-applicable': { fill: '#f1f5f9', stroke: '#64748b', text: '#334155' },
    input: { fill: '#e0f2fe', stroke: '#0369a1', text: '#0c4a6e' },
  },
  dark: {
    passed: { fill: '#052e16', stroke: '#4ade80', text: '#dcfce7' },
    failed: { fill: '#450a0a', stroke: '#f87171', text: '#fee2e2' },
    skipped: { fill: '#451a03', stroke: '#fbbf24', text: '#fef3c7' },
    'not-applicable': { fill: '#1e293b', stroke: '#94a3b8', text: '#e2e8f0' },
    input: { fill: '#082f49', stroke: '#38bdf8', text: '#e0f2fe' },
  },
};

/** Mermaid class of a given token's node: a constant, never token data. */
export const INPUT_CLASS = 'input';

/** A failed step gets a heavier border and a skipped one a dashed border, so colour is not the only cue. */
const BORDERS: Readonly<Partial<Record<Swatched, string>>> = {
  failed: ',stroke-width:2px',
  skipped: ',stroke-dasharray: 5 3',
};

const CLASS_OF: Readonly<Record<Swatched, string>> = { ...STATUS_CLASSES, input: INPUT_CLASS };

function defineClasses(theme: DiagramTheme): string[] {
  return (Object.keys(CLASS_OF) as Swatched[]).map((name) => {
    const { fill, stroke, text } = PALETTE[theme][name];
    return `classDef ${CLASS_OF[name]} fill:${fill},stroke:${stroke},color:${text}${BORDERS[name] ?? ''}`;
  });
}

export const CLASS_DEFINITIONS: Readonly<Record<DiagramTheme, readonly string[]>> = {
  light: defineClasses('light'),
  dark: defineClasses('dark'),
};

/** "#fee2e2" → "rgb(254, 226, 226)". */
function toRgb(hex: string): string {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${channels.join(', ')})`;
}

/** Background of a sequence-diagram note block per status (`rect`). */
export function readStatusBackground(theme: DiagramTheme, status: FlowStatus): string {
  return toRgb(PALETTE[theme][status].fill);
}

/** The `linkStyle` of a link between two tokens, coloured by the status of the check that ties them. */
export function describeLinkStyle(theme: DiagramTheme, status: 'passed' | 'failed'): string {
  const { stroke, text } = PALETTE[theme][status];
  return `stroke:${stroke},stroke-width:2px,color:${text}`;
}

const MAX_FACT_LINES = 4;

/**
 * The text of a node or note: marker and title, then one line per fact. Every piece is escaped on its
 * own, so a cut never splits an entity; `<br/>` is the only markup and is ours.
 */
export function composeLabel(step: PlannedStep): string {
  const facts = step.facts.length > MAX_FACT_LINES ? [...step.facts.slice(0, MAX_FACT_LINES - 1), '…'] : step.facts;
  return [
    `${STATUS_MARKERS[step.status]} ${escapeMermaidLabel(step.label)}`,
    ...facts.map((f) => escapeMermaidLabel(f)),
  ].join('<br/>');
}

export function toFlowStep(id: string, step: PlannedStep): FlowStep {
  return { id, label: step.label, status: step.status, detail: step.facts.join(' · '), actor: step.actor };
}

/** Generated ids in order of appearance: the only node names that ever reach the source. */
export function numberStages(stages: PlannedStep[][]): Array<Array<{ id: string; step: PlannedStep }>> {
  let next = 0;
  return stages.map((stage) => stage.map((step) => ({ id: `s${(next += 1)}`, step })));
}

/**
 * Ids for the given tokens' nodes ("g1", …; one per input however many checks read it) and the step each
 * link lands on: its rule's check step, or the profile's step for a rule that has none.
 */
export function numberLinks(links: PlannedLink[], numbered: ReturnType<typeof numberStages>): FlowLink[] {
  const steps = numbered.flat();
  const profileStep = steps.find(({ step }) => step.kind === 'profile');
  const inputs: string[] = [];
  return links.flatMap(({ input, label, via, status, rule }) => {
    const target = steps.find(({ step }) => step.kind === 'profile-check' && step.rule === rule) ?? profileStep;
    if (!target) return [];
    if (!inputs.includes(input)) inputs.push(input);
    return [{ from: `g${inputs.indexOf(input) + 1}`, label, via, status, to: target.id }];
  });
}
