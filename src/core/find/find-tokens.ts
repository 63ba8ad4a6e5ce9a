import { isTokenText } from './is-token-text';
import { joinChunkCookies } from './join-chunk-cookies';
import { labelToken } from './label-token';
import { readRequests, type RequestBlock } from './read-requests';
import { scanTokenRuns, type TokenRun } from './scan-token-runs';
import type { FoundToken } from './types';

export type { FoundToken, TokenRole } from './types';

/**
 * Finds every compact JWS, compact JWE (RFC 7515 §7.1, RFC 7516 §7.1) and SD-JWT (RFC 9901 §4) in any
 * pasted text — headers, curl commands, HTTP requests, JSON, URLs, cookies, logs — in text order, each
 * once, labelled from the text around it. Linear in the text: one scan, bounded look-behind per token.
 */
export function findTokens(text: string): FoundToken[] {
  const joinedCookies = joinChunkCookies(text);
  const requests = readRequests(text);
  const found: FoundToken[] = [...joinedCookies];
  for (const run of scanTokenRuns(text)) {
    const token = acceptRun(run);
    if (token === null) continue;
    // A chunk cookie's first chunk can look like a token on its own; the joined token stands for it.
    if (joinedCookies.some((c) => c.at.start <= run.at.start && run.at.start < c.at.end)) continue;
    const { label, role } = labelToken(text, run.at.start);
    found.push({
      token,
      at: run.lines > 1 ? run.at : { start: run.at.start, end: run.at.start + token.length },
      label: run.lines > 1 ? `${label} (joined from ${run.lines} lines)` : label,
      role,
    });
  }
  found.sort((a, b) => a.at.start - b.at.start);
  const seen = new Set<string>();
  const unique: FoundToken[] = [];
  for (const f of found) {
    if (seen.has(f.token)) continue;
    seen.add(f.token);
    unique.push(f);
  }
  return attachRequests(unique, requests);
}

/** The run as a token, or without trailing dots (a sentence's full stop), or null. */
function acceptRun(run: TokenRun): string | null {
  if (isTokenText(run.text)) return run.text;
  let end = run.text.length;
  while (end > 0 && run.text.charAt(end - 1) === '.') end -= 1;
  const trimmed = run.text.slice(0, end);
  return trimmed !== run.text && isTokenText(trimmed) ? trimmed : null;
}

/** Gives each token the request of the curl command or HTTP request it sits in; both lists are in text order. */
function attachRequests(tokens: FoundToken[], requests: RequestBlock[]): FoundToken[] {
  let next = 0;
  return tokens.map((token) => {
    while (next < requests.length && (requests[next]?.at.end ?? 0) <= token.at.start) next += 1;
    const request = requests[next];
    return request && request.at.start <= token.at.start ? { ...token, http: request.http } : token;
  });
}
