import type { DecodedToken } from '../core';

/**
 * Moving a 10 MB token, decoded or inspected, between a worker and the page without a long task.
 * Structured clone copies a 10 MB string in one ~60 ms task on the receiving side, and a decoded token
 * holds several (the input, the encoded payload, its JSON text, the claim). So the worker sends the
 * value without its long strings, then those strings in pieces, each message its own short task; a
 * long string that is a slice of the pasted text (the input, an encoded part) is not sent at all: the
 * page already has the text and slices it again, which copies nothing.
 */

/** Strings at least this long travel apart from the token. */
const LONG_STRING_CHARS = 256 * 1024;
/** Characters per message: about 6 ms to receive on a slow machine. */
export const PIECE_CHARS = 1024 * 1024;

type Step = string | number;

/** Where a long string was, and how the page gets it back: a slice of the pasted text, or the pieces sent. */
export type LongString = { path: Step[]; from: 'input'; start: number; length: number } | { path: Step[]; from: 'pieces'; index: number };

export interface Packed<T> {
  /** The value, each long string replaced by ''. */
  skeleton: T;
  longStrings: LongString[];
  /** Strings sent as pieces, each with its piece count, in `index` order. */
  pieceCounts: number[];
}

/** In the worker: the decoded token without its long strings, and the pieces to send after it. */
export function packDecoded(decoded: DecodedToken, pasted: string) {
  const starts = [decoded.input.offset, ...decoded.parts.flatMap((p) => (p.range ? [p.range.start] : []))];
  return packLongStrings(decoded, pasted, starts);
}

/** A value without its long strings (those found in `pasted` at one of `starts` are only located). */
export function packLongStrings<T>(value: T, pasted = '', starts: number[] = []): { packed: Packed<T>; pieces: string[][] } {
  const longStrings: LongString[] = [];
  const pieces: string[][] = [];
  const replace = (value: unknown, path: Step[]): unknown => {
    if (typeof value === 'string') {
      if (value.length < LONG_STRING_CHARS) return value;
      const start = starts.find((at) => pasted.startsWith(value, at));
      if (start !== undefined) longStrings.push({ path, from: 'input', start, length: value.length });
      else {
        longStrings.push({ path, from: 'pieces', index: pieces.length });
        pieces.push(splitPieces(value));
      }
      return '';
    }
    if (Array.isArray(value)) return value.map((item, i) => replace(item, [...path, i]));
    if (typeof value === 'object' && value !== null) {
      // Own keys only, kept as ordinary keys ("__proto__" included): decoded JSON is untrusted.
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(value)) define(copy, key, replace((value as Record<string, unknown>)[key], [...path, key]));
      return copy;
    }
    return value;
  };
  const skeleton = replace(value, []) as T;
  return { packed: { skeleton, longStrings, pieceCounts: pieces.map((p) => p.length) }, pieces };
}

/** On the page: the value again, from its skeleton, the pasted text and the received pieces. */
export function unpackLongStrings<T>(packed: Packed<T>, pieces: string[][], pasted = ''): T {
  const token = packed.skeleton;
  for (const long of packed.longStrings) {
    // Pieces are joined with +, which links them instead of copying 10 MB in this task.
    const value =
      long.from === 'input'
        ? pasted.slice(long.start, long.start + long.length)
        : (pieces[long.index] ?? []).reduce((joined, piece) => joined + piece, '');
    setAt(token, long.path, value);
  }
  return token;
}

function splitPieces(text: string): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += PIECE_CHARS) pieces.push(text.slice(at, at + PIECE_CHARS));
  return pieces;
}

function setAt(root: unknown, path: Step[], value: string): void {
  let target = root;
  for (const step of path.slice(0, -1)) target = (target as Record<Step, unknown>)[step];
  const last = path.at(-1);
  if (last !== undefined && typeof target === 'object' && target !== null) define(target as Record<Step, unknown>, last, value);
}

/** Sets an own property, even one named "__proto__", without touching any prototype. */
function define(target: Record<Step, unknown>, key: Step, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
