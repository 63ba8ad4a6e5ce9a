import type { SourceRange } from '../types';
import { isTokenText } from './is-token-text';
import type { FoundToken } from './types';

interface CookieChunk {
  index: number;
  value: string;
  at: SourceRange;
}

const COOKIE_HEADER = /(?:^|[^\w-])(set-)?cookie\s*:\s*|(?:^|\s)(?:-b|--cookie)\s+['"]?/gi;
/** `name.0`, `name.1`, … or `name0`, `name1`, …: how large session cookies are split (e.g. Auth.js). */
const CHUNK_NAME = /^([^\s=;]{1,200}?)\.?(\d{1,3})$/;
const VALUE_END = /[;\s"'`]/;

/**
 * Finds a token split over numbered chunk cookies and joins it: one entry per base name whose chunks
 * 0…N-1 (N ≥ 2) concatenate to a token. `at` runs from the first chunk's value to the last one's.
 */
export function joinChunkCookies(text: string): FoundToken[] {
  const groups = new Map<string, CookieChunk[]>();
  for (const header of text.matchAll(COOKIE_HEADER)) {
    const isSetCookie = header[1] !== undefined;
    let at = header.index + header[0].length;
    // Set-Cookie carries one cookie and then attributes; Cookie carries a list.
    for (let pair = 0; !isSetCookie || pair < 1; pair += 1) {
      const eq = readName(text, at);
      if (eq === -1) break;
      const name = text.slice(at, eq);
      let end = eq + 1;
      while (end < text.length && !VALUE_END.test(text.charAt(end))) end += 1;
      const chunk = CHUNK_NAME.exec(name);
      if (chunk?.[1] !== undefined && chunk[2] !== undefined) {
        const list = groups.get(chunk[1]) ?? [];
        list.push({ index: Number(chunk[2]), value: text.slice(eq + 1, end), at: { start: eq + 1, end } });
        groups.set(chunk[1], list);
      }
      if (text.charAt(end) !== ';') break;
      at = end + 1;
      while (text.charAt(at) === ' ') at += 1;
    }
  }
  const found: FoundToken[] = [];
  for (const [name, chunks] of groups) {
    const ordered = orderChunks(chunks);
    if (ordered === null) continue;
    const token = ordered.map((c) => c.value).join('');
    if (!isTokenText(token)) continue;
    const start = ordered.reduce((min, c) => Math.min(min, c.at.start), Infinity);
    const end = ordered.reduce((max, c) => Math.max(max, c.at.end), 0);
    found.push({
      token,
      at: { start, end },
      label: `cookie ${name} (${ordered.length} chunks joined)`,
      role: 'token',
      joined: { from: 'chunks', count: ordered.length },
    });
  }
  return found;
}

/** Position of the '=' ending a cookie name that starts at `at`, or -1. */
function readName(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at <= 256 && !/[=;\s"']/.test(text.charAt(end))) end += 1;
  return end > at && text.charAt(end) === '=' ? end : -1;
}

/** Chunks 0…N-1 in order, first occurrence of each; null unless there are at least two and none is missing. */
function orderChunks(chunks: CookieChunk[]): CookieChunk[] | null {
  const byIndex = new Map<number, CookieChunk>();
  for (const chunk of chunks) if (!byIndex.has(chunk.index)) byIndex.set(chunk.index, chunk);
  const ordered: CookieChunk[] = [];
  for (let chunk = byIndex.get(0); chunk !== undefined; chunk = byIndex.get(ordered.length)) ordered.push(chunk);
  return ordered.length >= 2 && ordered.length === byIndex.size ? ordered : null;
}
