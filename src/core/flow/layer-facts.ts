import type { EntryVerdict, Inspection, Layer } from '../inspect/types';
import { readString } from '../json/read-string';
import type { Finding, FindingStage } from '../types';

/** Reads what the diagram needs from one layer of a report; every value stays plain, unescaped text. */
export interface LayerView {
  layer: Layer;
  index: number;
  findings: Finding[];
  /** Of the layer's header (`enc` is shared by every recipient of a JWE). */
  enc: string | null;
  cty: string | null;
}

export function viewLayers(inspection: Inspection): LayerView[] {
  return inspection.layers.map((layer, index) => ({
    layer,
    index,
    findings: inspection.findings.filter((f) => f.layer === index),
    enc: readString(layer.header, 'enc'),
    cty: readString(layer.header, 'cty'),
  }));
}

/**
 * The message of the worst finding of this layer (and of this entry, in a general serialization) that one
 * of these stages reported: an error before a warning. Chosen by the finding's fields, never its wording.
 */
export function describeProblem(
  view: LayerView,
  entry: EntryVerdict | null,
  stages: readonly FindingStage[],
): string | null {
  const candidates = view.findings.filter(
    (f) =>
      stages.includes(f.stage) &&
      f.severity !== 'info' &&
      (entry === null || f.entry === undefined || f.entry === entry.index),
  );
  return (candidates.find((f) => f.severity === 'error') ?? candidates[0])?.message ?? null;
}

/** "signature 2 of 3" for a general JSON serialization; nothing for a single entry. */
export function entrySuffix(view: LayerView, index: number, noun: string): string {
  return view.layer.entries.length > 1 ? ` (${noun} ${index + 1} of ${view.layer.entries.length})` : '';
}

/** A cty of "JWT" says the plaintext is a token: a signature is hidden inside (RFC 7519 §5.2). */
export function saysNestedJwt(view: LayerView): boolean {
  return view.cty !== null && /^(application\/)?jwt$/i.test(view.cty);
}

export function describeKid(kid: string | null): string {
  return kid === null ? 'no kid' : `kid ${kid}`;
}
