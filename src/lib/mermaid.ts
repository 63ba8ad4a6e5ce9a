/**
 * The one door to mermaid, imported lazily (only when a diagram is shown). Strict security level, no
 * HTML labels, and a private render id per call. The source is built by src/core/flow, which escapes
 * every token-derived string; this adapter adds a second line of defence by refusing directives.
 */
import type { Mermaid, MermaidConfig } from 'mermaid';

type MermaidApi = Mermaid;

let loading: Promise<MermaidApi> | null = null;
let counter = 0;

const CONFIG: MermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  htmlLabels: false,
  flowchart: { htmlLabels: false, useMaxWidth: true },
  sequence: { useMaxWidth: true },
  fontFamily: 'ui-sans-serif, system-ui, sans-serif',
  // Never let diagram text reconfigure mermaid (`%%{init: …}%%`).
  secure: [
    'secure',
    'securityLevel',
    'startOnLoad',
    'maxTextSize',
    'htmlLabels',
    'theme',
    'themeVariables',
    'flowchart',
    'sequence',
  ],
};

async function loadMermaid(theme: 'default' | 'dark'): Promise<MermaidApi> {
  loading ??= import('mermaid').then((module) => module.default);
  const mermaid = await loading;
  mermaid.initialize({ ...CONFIG, theme });
  return mermaid;
}

export type RenderResult = { ok: true; svg: string } | { ok: false; message: string };

/** Renders Mermaid source to an SVG string; a bad diagram gives a message, never a thrown error. */
export async function renderDiagram(source: string, theme: 'default' | 'dark'): Promise<RenderResult> {
  if (/%%\s*\{/.test(source))
    return { ok: false, message: 'The diagram source contains a Mermaid directive; refusing to render it.' };
  try {
    const mermaid = await loadMermaid(theme);
    counter += 1;
    const { svg } = await mermaid.render(`jwt-lens-diagram-${counter}`, source);
    return { ok: true, svg };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
