import type { SourceRange } from '../types';

/** A token-shaped run: base64url, '.' and '~', possibly wrapped over several lines. */
export interface TokenRun {
  text: string;
  at: SourceRange;
  lines: number;
}

const isBase64url = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45 || code === 95;
const isRunChar = (code: number): boolean => isBase64url(code) || code === 46 || code === 126;
/** Characters that may close a wrapped token's last piece: quotes, separators, brackets. */
const CLOSERS = new Set(['"', "'", '`', ',', ';', '&', ')', ']', '}', '>']);

/**
 * Finds every run that starts with "eyJ" (the base64url of '{"', how every JOSE header begins) at a
 * word boundary, in one forward pass: each character is read a bounded number of times.
 */
export function scanTokenRuns(text: string): TokenRun[] {
  const runs: TokenRun[] = [];
  let from = 0;
  for (let start = text.indexOf('eyJ', from); start !== -1; start = text.indexOf('eyJ', from)) {
    if (start > 0 && isRunChar(text.charCodeAt(start - 1))) {
      from = start + 1;
      continue;
    }
    const pieces: string[] = [];
    let pieceStart = start;
    let end = readRun(text, start);
    for (;;) {
      pieces.push(text.slice(pieceStart, end));
      const next = continuationAfter(text, end, pieces.at(-1) ?? '');
      if (next === -1) break;
      pieceStart = next;
      end = readRun(text, next);
    }
    runs.push({ text: pieces.join(''), at: { start, end }, lines: pieces.length });
    from = end;
  }
  return runs;
}

function readRun(text: string, from: number): number {
  let end = from;
  while (end < text.length && isRunChar(text.charCodeAt(end))) end += 1;
  return end;
}

/**
 * Where a run broken at `end` continues on the next line, or -1. A wrapped terminal copy continues with
 * indentation and more token characters up to the end of that line or a closing quote; a line that
 * starts a new token ("eyJ…") continues only a run left open by '.' or '~'.
 */
function continuationAfter(text: string, end: number, piece: string): number {
  let at = end;
  if (text.charAt(at) === '\r') at += 1;
  if (text.charAt(at) !== '\n') return -1;
  at += 1;
  while (text.charAt(at) === ' ' || text.charAt(at) === '\t') at += 1;
  if (at >= text.length || !isRunChar(text.charCodeAt(at))) return -1;
  const isOpen = piece.endsWith('.') || piece.endsWith('~');
  if (!isOpen && text.startsWith('eyJ', at)) return -1;
  const stop = readRun(text, at);
  const closer = text.charAt(stop);
  return stop >= text.length || closer === '\n' || closer === '\r' || CLOSERS.has(closer) ? at : -1;
}
