/**
 * Test-only: a strict line grammar for the Mermaid source JWT Lens emits. Every line must be one of the
 * generated shapes, and every label may hold only safe characters, Mermaid entities (#NNN;), our `<br/>`
 * and the status markers. Anything token text could smuggle in (a quote, a newline, `%%`, `click`,
 * `<img`) makes some line fail to match. Imported by `*.test.ts` files only.
 */

const LABEL = String.raw`(?:[A-Za-z0-9 .,:/_\-+=@()?!]|#\d+;|<br/>|[✔✖↷–])*`;
const CLASS = '(?:passed|failed|skipped|na|input)';
/** Step nodes are s1, s2, …; the nodes of tokens given with this one are g1, g2, … */
const NODE = '[sg]\\d+';

const FLOWCHART_LINES = [
  /^flowchart LR$/,
  /^ {2}subgraph (?:issuer \[Issuer\]|receiver \[Receiver\])$/,
  /^ {4}direction TB$/,
  new RegExp(`^ {4}${NODE}\\["${LABEL}"\\];$`, 'u'),
  /^ {4}s\d+ --> s\d+$/,
  new RegExp(`^ {4}g\\d+ -->\\|"${LABEL}"\\| s\\d+$`, 'u'),
  /^ {2}end$/,
  /^ {2}issuer -->\|token\| receiver$/,
  new RegExp(`^ {2}classDef ${CLASS} [a-z0-9:#,\\- ]+$`),
  new RegExp(`^ {2}class ${NODE}(?:,${NODE})* ${CLASS}$`),
  /^ {2}linkStyle \d+ stroke:#[0-9a-f]{6},stroke-width:2px,color:#[0-9a-f]{6}$/,
];

const SEQUENCE_LINES = [
  /^sequenceDiagram$/,
  /^ {2}participant (?:I as Issuer|K as Key server \(JWKS\)|R as Receiver)$/,
  /^ {2}rect rgb\(\d{1,3}, \d{1,3}, \d{1,3}\)$/,
  new RegExp(`^ {4}Note over [IR]: ${LABEL};$`, 'u'),
  /^ {2}end$/,
  new RegExp(`^ {2}(?:I->>R|R->>K|K-->>R): ${LABEL};$`, 'u'),
  /^ {2}Note over R: key (?:pasted|from the token header);$/,
];

/** The lines that match no generated shape (empty when the source is well-formed). */
export function findStrayLines(source: string, kind: 'flowchart' | 'sequence'): string[] {
  const grammar = kind === 'flowchart' ? FLOWCHART_LINES : SEQUENCE_LINES;
  const lines = source.endsWith('\n') ? source.slice(0, -1).split('\n') : [...source.split('\n'), '(no final newline)'];
  return lines.filter((line) => !grammar.some((shape) => shape.test(line)));
}

/** Node id → class name, from the `class` lines. */
export function readClassAssignments(source: string): Map<string, string> {
  const assigned = new Map<string, string>();
  for (const match of source.matchAll(/^ {2}class ([sg\d,]+) (\w+)$/gm)) {
    for (const id of (match[1] ?? '').split(',')) assigned.set(id, match[2] ?? '');
  }
  return assigned;
}

/** Node id → label (still escaped), from the node lines. */
export function readNodes(source: string): Map<string, string> {
  return new Map([...source.matchAll(/^ {4}([sg]\d+)\["(.*)"\];$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

export interface MermaidEdge {
  from: string;
  to: string;
  /** The edge's text, when it has one (quotes removed). */
  label: string | null;
  /** Mermaid's own number for the edge: its place among all edges, in the order they are written. */
  index: number;
}

/** Every edge, in the order Mermaid numbers them (subgraph-to-subgraph edges included). */
export function readEdges(source: string): MermaidEdge[] {
  const edges = source.matchAll(/^ +(\w+) -->(?:\|"?(.*?)"?\|)? (\w+)$/gm);
  return [...edges].map((m, index) => ({ from: m[1] ?? '', label: m[2] ?? null, to: m[3] ?? '', index }));
}

/** Edge number → its style, from the `linkStyle` lines. */
export function readLinkStyles(source: string): Map<number, string> {
  return new Map([...source.matchAll(/^ {2}linkStyle (\d+) (.+)$/gm)].map((m) => [Number(m[1]), m[2] ?? '']));
}

/**
 * What Mermaid does to the text before parsing (its `encodeEntities`): a line mentioning `style` or
 * `classDef` loses its last `;`. Entities must survive that.
 */
export function applyMermaidPreprocessing(source: string): string {
  return source
    .replace(/style.*:\S*#.*;/g, (s) => s.slice(0, -1))
    .replace(/classDef.*:\S*#.*;/g, (s) => s.slice(0, -1));
}
