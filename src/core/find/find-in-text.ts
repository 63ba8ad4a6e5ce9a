import { isTokenText } from './is-token-text';
import { joinChunkCookies } from './join-chunk-cookies';
import { labelToken } from './label-token';
import type { Located } from './link-found-tokens';
import { readRequests, type RequestBlock } from './read-requests';
import { scanTokenRuns, type TokenRun } from './scan-token-runs';

/** Tokens in plain text, each with the group it came in; `firstGroup` numbers the groups from there. */
export function findInText(text: string, firstGroup: number): Located[] {
  const joinedCookies = joinChunkCookies(text);
  const requests = readRequests(text);
  const found: Located[] = joinedCookies.map((c) => ({ ...c, kind: 'cookie' }));
  for (const run of scanTokenRuns(text)) {
    const token = acceptRun(run);
    if (token === null) continue;
    // A chunk cookie's first chunk can look like a token on its own; the joined token stands for it.
    if (joinedCookies.some((c) => c.at.start <= run.at.start && run.at.start < c.at.end)) continue;
    const { label, role, kind } = labelToken(text, run.at.start);
    const isJoined = run.lines > 1;
    found.push({
      token,
      at: isJoined ? run.at : { start: run.at.start, end: run.at.start + token.length },
      label: isJoined ? `${label} (joined from ${run.lines} lines)` : label,
      role,
      kind,
      ...(isJoined ? { joined: { from: 'lines', count: run.lines } } : {}),
    });
  }
  found.sort((a, b) => a.at.start - b.at.start);
  return groupTokens(text, attachRequests(found, requests), firstGroup);
}

/** The run as a token, or without trailing dots (a sentence's full stop), or null. */
function acceptRun(run: TokenRun): string | null {
  if (isTokenText(run.text)) return run.text;
  let end = run.text.length;
  while (end > 0 && run.text.charAt(end - 1) === '.') end -= 1;
  const trimmed = run.text.slice(0, end);
  return trimmed !== run.text && isTokenText(trimmed) ? trimmed : null;
}

/**
 * Gives each token the request of the curl command or HTTP request it sits in, and says so in its label;
 * both lists are in text order.
 */
function attachRequests(tokens: Located[], requests: RequestBlock[]): Located[] {
  let next = 0;
  return tokens.map((token) => {
    while (next < requests.length && (requests[next]?.at.end ?? 0) <= token.at.start) next += 1;
    const request = requests[next];
    if (!request || request.at.start > token.at.start) return token;
    return { ...token, label: `${token.label} of ${describeRequest(request.http)}`, http: request.http, request: next };
  });
}

/** "POST https://as.example/token" for a label; a query or fragment (which may hold the token itself) is shortened. */
export function describeRequest({ method, url }: { method: string; url: string }): string {
  if (!url) return `a ${method} request`;
  const cut = url.search(/[?#]/);
  return `${method} ${cut === -1 ? url : `${url.slice(0, cut)}${url.charAt(cut)}…`}`;
}

/**
 * Numbers the tokens that came together: one request; parameters of one URL or form body (no whitespace
 * between them); members of one JSON object (no brace between them). Each gap between neighbours is read
 * once, so this stays linear.
 */
function groupTokens(text: string, tokens: Located[], firstGroup: number): Located[] {
  let group = firstGroup - 1;
  let previous: Located | undefined;
  const grouped = tokens.map((token) => {
    if (previous === undefined || !isTogether(text, previous, token)) group += 1;
    previous = token;
    return { ...token, group };
  });
  addUrlValues(text, grouped);
  return grouped;
}

const WHITESPACE = /\s/;
const BRACE = /[{}]/;

function isTogether(text: string, a: Located, b: Located): boolean {
  if (a.request !== undefined || b.request !== undefined) return a.request === b.request;
  const gap = text.slice(a.at.end, b.at.start);
  if (a.kind === 'parameter' && b.kind === 'parameter') return !WHITESPACE.test(gap);
  if (a.kind === 'json' && b.kind === 'json') return !BRACE.test(gap);
  return false;
}

/** How far either side of a URL's tokens its `code` and `state` are looked for. */
const WORD_REACH = 4000;
const URL_VALUE = /(?:^|[?#&])(code|state)=([^&#\s'"]{1,2048})/g;

/**
 * The authorization code and state that came in the same redirect URL or form body as an ID token
 * (OIDC Core §3.3.2.11 c_hash, FAPI s_hash): read from the whitespace-delimited word around the group.
 */
function addUrlValues(text: string, tokens: Located[]): void {
  const groups = new Map<number, Located[]>();
  for (const token of tokens) {
    if (token.kind !== 'parameter' || token.group === undefined) continue;
    const members = groups.get(token.group);
    if (members) members.push(token);
    else groups.set(token.group, [token]);
  }
  for (const members of groups.values()) {
    const first = members[0]?.at.start ?? 0;
    const last = members.at(-1)?.at.end ?? 0;
    const before = text.slice(Math.max(0, first - WORD_REACH), first);
    const after = text.slice(last, last + WORD_REACH);
    const afterEnd = after.search(WHITESPACE);
    const word = `${before.slice(lastWhitespace(before) + 1)}${text.slice(first, last)}${afterEnd === -1 ? after : after.slice(0, afterEnd)}`;
    const values: NonNullable<Located['values']> = {};
    for (const [, name, value] of word.matchAll(URL_VALUE)) {
      if ((name === 'code' || name === 'state') && value !== undefined && values[name] === undefined)
        values[name] = safeDecode(value);
    }
    for (const member of members) member.values = values;
  }
}

function lastWhitespace(text: string): number {
  for (let i = text.length - 1; i >= 0; i -= 1) if (WHITESPACE.test(text.charAt(i))) return i;
  return -1;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}
