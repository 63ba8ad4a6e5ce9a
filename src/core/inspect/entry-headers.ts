import { isJsonObject } from '../decode/decode-part';
import type { DecodedToken, PartName } from '../types';

export interface EntryHeaders {
  protectedHeader: Record<string, unknown> | null;
  unprotected: Record<string, unknown> | null;
  /** Union of both, as a verifier reads it (RFC 7515 §7.2.1). */
  merged: Record<string, unknown>;
}

/** The headers of signature or recipient `index` of a decoded token. */
export function readEntryHeaders(decoded: DecodedToken, index: number, entryCount: number): EntryHeaders {
  const entry = entryCount > 1 ? index : undefined;
  const json = (name: PartName, anyEntry = false) => {
    const part = decoded.parts.find((p) => p.name === name && (anyEntry || p.entry === entry));
    return part?.content?.type === 'json' && isJsonObject(part.content.value) ? part.content.value : null;
  };
  const protectedHeader = json('header', decoded.format === 'jwe-json');
  const unprotected = json('unprotected-header');
  const merged = Object.fromEntries([...Object.entries(protectedHeader ?? {}), ...Object.entries(unprotected ?? {})]);
  return { protectedHeader, unprotected, merged };
}

/** A string member of a header, or null. */
export function readString(header: Record<string, unknown> | null, name: string): string | null {
  if (!header || !Object.hasOwn(header, name)) return null;
  const value = header[name];
  return typeof value === 'string' ? value : null;
}
