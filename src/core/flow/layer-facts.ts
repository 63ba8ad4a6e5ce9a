import type { Inspection, Layer } from '../inspect/types';
import type { FindingCode } from '../findings/catalogue';
import type { Finding } from '../types';

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
    enc: readHeaderString(layer.header, 'enc'),
    cty: readHeaderString(layer.header, 'cty'),
  }));
}

export function readHeaderString(header: Record<string, unknown> | null, name: string): string | null {
  if (!header || !Object.hasOwn(header, name)) return null;
  const value = header[name];
  return typeof value === 'string' ? value : null;
}

export function hasFinding(view: LayerView, ...codes: FindingCode[]): boolean {
  return view.findings.some((f) => codes.includes(f.code));
}

/** The first error at the layer, to say why a step failed. */
export function firstError(view: LayerView): string | null {
  return view.findings.find((f) => f.severity === 'error')?.message ?? null;
}

/** The message of the first finding at the layer with one of these codes, whatever its severity. */
export function findMessage(view: LayerView, ...codes: FindingCode[]): string | null {
  return view.findings.find((f) => codes.includes(f.code))?.message ?? null;
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
