import { findInHar, readHarEntries } from './read-har';
import { findInText } from './find-in-text';
import { linkFoundTokens } from './link-found-tokens';
import type { FindProgress, FoundToken } from './types';

export type { FindProgress, FoundToken, TokenRole } from './types';

/**
 * Finds every compact JWS, compact JWE (RFC 7515 §7.1, RFC 7516 §7.1) and SD-JWT (RFC 9901 §4) in any
 * pasted text — headers, curl commands, HTTP requests, JSON, URLs, cookies, logs, HAR files — in text
 * order, each once, labelled from the text around it, and with the context the tokens found beside it
 * give (an ID token's access token, a DPoP proof's request). Linear in the text: one scan, bounded
 * look-behind per token.
 */
export function findTokens(text: string, onProgress?: FindProgress): FoundToken[] {
  const entries = readHarEntries(text);
  const located = entries ? findInHar(entries, text, onProgress) : findInText(text, 0);
  onProgress?.(text.length, text.length);
  return unique(linkFoundTokens(located));
}

/** Each token once, at its first place in the text; sorted by place. */
function unique(tokens: FoundToken[]): FoundToken[] {
  const sorted = [...tokens].sort((a, b) => a.at.start - b.at.start);
  const seen = new Set<string>();
  return sorted.filter((f) => !seen.has(f.token) && seen.add(f.token));
}
