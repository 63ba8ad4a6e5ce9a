import { isJsonObject } from '../json/is-json-object';
import { sortNewestFirst } from './add-to-history';
import type { HistoryEntry, HistoryKind } from './types';

const KINDS: ReadonlySet<unknown> = new Set<HistoryKind>(['JWS', 'JWE', 'SD-JWT']);

/**
 * The entries among values read back from storage, newest first. Storage is shared with every other
 * version of the app on this origin, so a record of another shape is left out rather than trusted.
 */
export function readHistoryEntries(values: readonly unknown[]): HistoryEntry[] {
  return sortNewestFirst(values.flatMap((value) => (isHistoryEntry(value) ? [value] : [])));
}

function isHistoryEntry(value: unknown): value is HistoryEntry {
  if (!isJsonObject(value)) return false;
  const { token, label, kind, iss, exp, seenAt } = value;
  return (
    typeof token === 'string' &&
    token.length > 0 &&
    (label === null || typeof label === 'string') &&
    KINDS.has(kind) &&
    (iss === null || typeof iss === 'string') &&
    (exp === null || (typeof exp === 'number' && Number.isFinite(exp))) &&
    typeof seenAt === 'number' &&
    Number.isFinite(seenAt)
  );
}
