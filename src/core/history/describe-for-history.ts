import { readTokenFacts } from '../decode/read-token-facts';
import type { DecodedToken } from '../types';
import type { HistoryEntry } from './types';

/** Longer texts are not remembered: fifty of them would fill a device's storage quota for little use. */
export const MAX_HISTORY_TOKEN_CHARS = 100_000;

/**
 * The entry to remember for a decoded token, or null when it is not a token (or too long to keep).
 * Reads only the decoder's report (`readTokenFacts`): a JWE's payload is never decoded there, so a decrypted
 * payload cannot reach the history.
 */
export function describeForHistory(decoded: DecodedToken, label: string | null, seenAt: number): HistoryEntry | null {
  const { kind, iss, exp } = readTokenFacts(decoded);
  const token = decoded.input.text;
  if (kind === null || token.length === 0 || token.length > MAX_HISTORY_TOKEN_CHARS) return null;
  return { token, label, kind, iss, exp, seenAt };
}
