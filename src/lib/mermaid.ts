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
  // Natural size (no `width="100%"`): the panel scrolls and zooms the diagram instead of shrinking its
  // text below the page's. Every label is drawn at least at the body text size (16 px).
  flowchart: { htmlLabels: false, useMaxWidth: false },
  sequence: { useMaxWidth: false, actorFontSize: 16, messageFontSize: 16, noteFontSize: 16 },
  themeVariables: { fontSize: '16px' },
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
  // A failed import is forgotten, so the next render (after the network is back) imports again.
  loading ??= import('mermaid').then(
    (module) => module.default,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  const mermaid = await loading;
  mermaid.initialize({ ...CONFIG, theme });
  return mermaid;
}

/** `load`: mermaid's chunk did not arrive (worth trying again); `draw`: mermaid refused or failed the source. */
export type RenderResult = { ok: true; svg: string } | { ok: false; failed: 'load' | 'draw'; message: string };

/** Renders Mermaid source to an SVG string; a bad diagram gives a message, never a thrown error. */
export async function renderDiagram(source: string, theme: 'default' | 'dark'): Promise<RenderResult> {
  if (/%%\s*\{/.test(source))
    return {
      ok: false,
      failed: 'draw',
      message: 'The diagram source contains a Mermaid directive; refusing to render it.',
    };
  let mermaid: MermaidApi;
  try {
    mermaid = await loadMermaid(theme);
  } catch (error) {
    return { ok: false, failed: 'load', message: describe(error) };
  }
  try {
    counter += 1;
    const { svg } = await mermaid.render(`jwt-lens-diagram-${counter}`, source);
    return { ok: true, svg };
  } catch (error) {
    return { ok: false, failed: 'draw', message: describe(error) };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
