import { makeFinding } from '../findings/make-finding';
import type { KeyCandidate } from '../keys';
import type { Finding, FindingSource, JsonObject } from '../types';
import type { KeySelectionOutcome } from './types';

export interface SelectedKeys {
  keys: KeyCandidate[];
  kid: string | null;
  outcome: KeySelectionOutcome;
  findings: Finding[];
}

/**
 * Picks the keys to try for one entry (RFC 7515 §4.1.4, RFC 7517 §4.5). A `kid` in the token must match
 * a key's `kid` exactly — no fallback to other keys of a set. Keys pasted on their own, without a `kid`
 * (a PEM, a secret), were chosen by the user and are always tried. A `kid` that is not a string matches
 * nothing at all (the decoder has reported `header-param-invalid`).
 */
export function selectKeys(candidates: KeyCandidate[], header: JsonObject, at: Partial<Finding>): SelectedKeys {
  const hasKid = Object.hasOwn(header, 'kid');
  const kid = hasKid ? header.kid : undefined;
  if (hasKid && typeof kid !== 'string') return { keys: [], kid: null, outcome: 'type-mismatch', findings: [] };
  if (candidates.length === 0)
    return { keys: [], kid: typeof kid === 'string' ? kid : null, outcome: 'no-keys', findings: [] };
  if (typeof kid !== 'string') return { keys: candidates, kid: null, outcome: 'tried-unnamed', findings: [] };
  const matching = candidates.filter((c) => c.kid === kid);
  const unnamed = candidates.filter((c) => c.kid === undefined);
  const named = candidates.filter((c) => c.kid !== undefined);
  const keys = [...matching, ...unnamed];
  if (matching.length > 0) return { keys, kid, outcome: 'matched', findings: [] };
  if (named.length === 0) return { keys, kid, outcome: 'tried-unnamed', findings: [] };
  const kids = named.map((c) => JSON.stringify(c.kid)).join(', ');
  const finding = makeFinding(
    'key-not-found',
    `The token's kid ${JSON.stringify(kid)} matches none of the keys given (available: ${kids}).`,
    { ...at, part: 'header', name: 'kid' },
  );
  return { keys, kid, outcome: 'not-found', findings: [finding, ...notesOnUnusedBoxes(named, kid, at)] };
}

/**
 * A note beside each key box whose named keys the token's kid passed over: they were not used for this
 * token, which says nothing against them. A fetched key set has no box; the finding above covers it.
 */
function notesOnUnusedBoxes(named: KeyCandidate[], kid: string, at: Partial<Finding>): Finding[] {
  const boxes: FindingSource[] = ['verification-key', 'decryption-key'];
  return boxes.flatMap((source) => {
    const kids = named.filter((c) => c.source === source).map((c) => JSON.stringify(c.kid));
    if (kids.length === 0) return [];
    const which = kids.length === 1 ? `this key has kid ${kids[0]}` : `these keys have kids ${kids.join(', ')}`;
    const message = `The token names kid ${JSON.stringify(kid)}; ${which}.`;
    return [makeFinding('key-not-found', message, { ...at, source, stage: 'key', severity: 'info' })];
  });
}
