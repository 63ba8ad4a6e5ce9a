import type { Finding } from '../types';

/** How many findings of one kind are shown before the rest are folded into a count. */
export const DEFAULT_KEPT_PER_GROUP = 3;

interface Group {
  seen: number;
  /** Index in the output of the last finding kept. */
  lastKept: number;
  /** Findings folded away, counting those already folded into them. */
  dropped: number;
}

/**
 * Findings are "of one kind" when they share code, input, layer, part, entry and the name they are about
 * (four `header-key-ignored` findings for jwk, jku, x5u and x5c are four kinds); message text is not compared.
 */
function groupKey(finding: Finding): string {
  const { code, source, layer, part, entry, name } = finding;
  // JSON.stringify keeps the key unambiguous whatever a name (a token's own member name) contains.
  return JSON.stringify([code, source, layer ?? null, part ?? null, entry ?? null, name ?? null]);
}

/**
 * Folds long runs of findings of one kind so a report stays small whatever the input (issue 9: 50,000
 * duplicate header members gave 50,000 findings). For each group of findings with the same code, source,
 * layer, part, entry and name, keeps the first `keep` in their original order and sets `repeats` on the last kept
 * one to the number dropped; groups of `keep` or fewer are returned untouched.
 *
 * Linear in the number of findings; the input and its findings are not modified. A dropped finding's own
 * `repeats` is carried over, so grouping an already grouped list changes nothing and every original
 * finding is still counted. `keep` is at least 1, since the count needs a finding to sit on.
 */
export function groupFindings(findings: readonly Finding[], keep = DEFAULT_KEPT_PER_GROUP): Finding[] {
  const limit = Math.max(1, Math.floor(keep));
  const kept: Finding[] = [];
  const groups = new Map<string, Group>();
  let previous: Finding | undefined;
  let group: Group = { seen: 0, lastKept: -1, dropped: 0 };
  for (const finding of findings) {
    // Repeats come in runs (one part's duplicates are reported together): skip building a key for them.
    if (!previous || !isSameKind(previous, finding)) {
      const key = groupKey(finding);
      const known = groups.get(key);
      group = known ?? { seen: 0, lastKept: -1, dropped: 0 };
      if (!known) groups.set(key, group);
    }
    previous = finding;
    group.seen++;
    if (group.seen <= limit) {
      group.lastKept = kept.length;
      kept.push(finding);
    } else {
      group.dropped += 1 + (finding.repeats ?? 0);
    }
  }
  for (const { lastKept, dropped } of groups.values()) {
    const finding = kept[lastKept];
    if (dropped === 0 || !finding) continue;
    kept[lastKept] = { ...finding, repeats: (finding.repeats ?? 0) + dropped };
  }
  return kept;
}

function isSameKind(a: Finding, b: Finding): boolean {
  return (
    a.code === b.code &&
    a.source === b.source &&
    a.layer === b.layer &&
    a.part === b.part &&
    a.entry === b.entry &&
    a.name === b.name
  );
}
