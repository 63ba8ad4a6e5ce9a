import { escapeMermaidLabel } from './escape-mermaid-label';
import type { DiagramTheme, FlowStatus, FlowStep, PlannedStep } from './types';

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

/**
 * Fill, stroke and text colours with at least 4.5:1 text contrast; skipped steps also get a dashed border.
 * Dark: the same hues, dark fills and light text, to sit in mermaid's dark theme on a dark card.
 */
export const CLASS_DEFINITIONS: Readonly<Record<DiagramTheme, readonly string[]>> = {
  light: [
    'classDef passed fill:#dcfce7,stroke:#15803d,color:#14532d',
    'classDef failed fill:#fee2e2,stroke:#b91c1c,color:#7f1d1d,stroke-width:2px',
    'classDef skipped fill:#fef3c7,stroke:#b45309,color:#78350f,stroke-dasharray: 5 3',
    'classDef na fill:#f1f5f9,stroke:#64748b,color:#334155',
  ],
  dark: [
    'classDef passed fill:#052e16,stroke:#4ade80,color:#dcfce7',
    'classDef failed fill:#450a0a,stroke:#f87171,color:#fee2e2,stroke-width:2px',
    'classDef skipped fill:#451a03,stroke:#fbbf24,color:#fef3c7,stroke-dasharray: 5 3',
    'classDef na fill:#1e293b,stroke:#94a3b8,color:#e2e8f0',
  ],
};

/** Background of a sequence-diagram note block per status (`rect`). */
export const STATUS_BACKGROUNDS: Readonly<Record<DiagramTheme, Readonly<Record<FlowStatus, string>>>> = {
  light: {
    passed: 'rgb(220, 252, 231)',
    failed: 'rgb(254, 226, 226)',
    skipped: 'rgb(254, 243, 199)',
    'not-applicable': 'rgb(241, 245, 249)',
  },
  dark: {
    passed: 'rgb(5, 46, 22)',
    failed: 'rgb(69, 10, 10)',
    skipped: 'rgb(69, 26, 3)',
    'not-applicable': 'rgb(30, 41, 59)',
  },
};

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
