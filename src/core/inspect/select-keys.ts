import { makeFinding } from '../findings/make-finding';
import type { KeyCandidate } from '../keys';
import type { Finding } from '../types';

export interface KeySelection {
  keys: KeyCandidate[];
  findings: Finding[];
}

/**
 * Picks the keys to try for a token (RFC 7515 §4.1.4, RFC 7517 §4.5). A `kid` in the token must match
 * a key's `kid` exactly — no fallback to other keys of a set. Keys pasted on their own, without a
 * `kid` (a PEM, a secret), were chosen by the user and are always tried.
 */
export function selectKeys(candidates: KeyCandidate[], kid: unknown, layer: number): KeySelection {
  if (typeof kid !== 'string') return { keys: candidates, findings: [] };
  const matching = candidates.filter((c) => c.kid === kid);
  const unnamed = candidates.filter((c) => c.kid === undefined);
  const keys = [...matching, ...unnamed];
  const named = candidates.filter((c) => c.kid !== undefined);
  if (matching.length === 0 && named.length > 0) {
    const kids = named.map((c) => JSON.stringify(c.kid)).join(', ');
    return {
      keys,
      findings: [
        makeFinding(
          'key-not-found',
          `The token's kid ${JSON.stringify(kid)} matches none of the keys given (available: ${kids}).`,
          { part: 'header', layer },
        ),
      ],
    };
  }
  return { keys, findings: [] };
}
