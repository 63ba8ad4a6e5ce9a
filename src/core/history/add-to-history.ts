import type { HistoryEntry } from './types';

/** How many tokens the history keeps; the oldest goes first. */
export const HISTORY_LIMIT = 50;

/**
 * The history after `entry` was seen: newest first, one entry per token, at most HISTORY_LIMIT. Seeing a
 * token again moves it to the top; a label it had before is kept when this sighting brings none.
 */
export function addToHistory(entries: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const previous = entries.find((e) => e.token === entry.token);
  const label = entry.label ?? previous?.label ?? null;
  const others = sortNewestFirst(entries.filter((e) => e.token !== entry.token));
  return [{ ...entry, label }, ...others].slice(0, HISTORY_LIMIT);
}

/** Newest first; the order of two entries seen at the same millisecond is kept. */
export function sortNewestFirst(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return [...entries].sort((a, b) => b.seenAt - a.seenAt);
}
