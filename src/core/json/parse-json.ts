import {
  describe,
  fail,
  JsonSyntaxError,
  scanLiteral,
  scanNumber,
  scanString,
  skipWhitespace,
} from './scan-json-lexemes';
import type { JsonNumberText } from '../types';
import { jsonPathStep } from './json-path';
import { readNumberText } from './read-number-text';

/** A repeated member name; `path` locates the object holding it, `index` is the key's opening quote. */
export interface JsonDuplicate {
  key: string;
  path: string;
  index: number;
}

export type JsonParseResult =
  | {
      ok: true;
      value: unknown;
      duplicates: JsonDuplicate[];
      /** Duplicates found past `maxDuplicates`, counted but not listed; absent when none were left out. */
      omittedDuplicates?: number;
      /**
       * Numbers JavaScript does not print back as written, in text order, with what they read as: the
       * values above stay plain numbers, these keep the text. Past `maxNumbers` they are only counted.
       */
      numbers: JsonNumberText[];
      /** Numbers past `maxNumbers` that lose precision (`loss` not `none`); absent when none were left out. */
      omittedImprecise?: number;
    }
  | { ok: false; index: number; message: string; problem: 'syntax' | 'too-deep' };

export interface JsonParseLimits {
  /** Deepest nesting accepted (RFC 8259 §9); default 64. */
  maxDepth?: number;
  /**
   * Most duplicates listed, in text order; the rest are only counted. A caller that folds them into one
   * finding anyway (issue 9: 50,000 repeats of one member) need not pay for 50,000 records. Default: all.
   */
  maxDuplicates?: number;
  /** Most number texts listed, in text order; past it only the imprecise ones are counted. Default: all. */
  maxNumbers?: number;
}

/** Where the scanner records duplicates and number texts: up to `max` listed, the rest counted. */
interface Listing<T> {
  listed: T[];
  max: number;
  omitted: number;
}

interface ScanLog {
  duplicates: Listing<JsonDuplicate>;
  /** `omitted` counts only the imprecise numbers left out. */
  numbers: Listing<JsonNumberText>;
}

interface Frame {
  keys: Set<string> | undefined; // undefined for arrays
  key: string; // current member name (objects)
  count: number; // current element index (arrays)
  /**
   * This container's path, computed at most once (on its first duplicate) from the parent's cached path.
   * Building it per duplicate would cost O(depth × name length) each time: quadratic for 50,000 duplicates
   * under long member names.
   */
  path: string | undefined;
}

/**
 * Strictly validates JSON text per RFC 8259 §2–7 in one linear, non-recursive pass,
 * reporting duplicate member names (§4), excessive nesting (§9) and the numbers JavaScript
 * reads otherwise than written (§6), then builds the value with native JSON.parse
 * (last duplicate wins; "__proto__" stays an own key).
 */
export function parseJson(text: string, limits: JsonParseLimits = {}): JsonParseResult {
  const maxDepth = limits.maxDepth ?? 64;
  const log: ScanLog = {
    duplicates: { listed: [], max: limits.maxDuplicates ?? Infinity, omitted: 0 },
    numbers: { listed: [], max: limits.maxNumbers ?? Infinity, omitted: 0 },
  };
  try {
    scan(text, maxDepth, log);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, index: error.index, message: error.message, problem: error.problem };
    }
    throw error;
  }
  try {
    const value = JSON.parse(text) as unknown;
    const { duplicates, numbers } = log;
    return {
      ok: true,
      value,
      duplicates: duplicates.listed,
      ...(duplicates.omitted > 0 ? { omittedDuplicates: duplicates.omitted } : {}),
      numbers: numbers.listed,
      ...(numbers.omitted > 0 ? { omittedImprecise: numbers.omitted } : {}),
    };
  } catch (error) {
    // Unreachable if the scanner matches the grammar; kept so a scanner bug cannot crash callers.
    return { ok: false, index: 0, message: String(error), problem: 'syntax' };
  }
}

function scan(text: string, maxDepth: number, log: ScanLog): void {
  const length = text.length;
  const stack: Frame[] = [];
  let i = skipWhitespace(text, 0);
  if (i >= length) fail(i, 'empty input');

  const enter = (open: number, keys: Set<string> | undefined): void => {
    if (stack.length >= maxDepth) {
      fail(open, `nesting exceeds the maximum depth of ${maxDepth} at position ${open}`, 'too-deep');
    }
    stack.push({ keys, key: '', count: 0, path: undefined });
  };
  // Reads `"name" :` for the object on top of the stack, leaving `i` at the member's value.
  const readMemberName = (frame: Frame, afterComma: boolean): void => {
    if (text.charCodeAt(i) !== 0x22) {
      const hint = afterComma && text.charCodeAt(i) === 0x7d ? ' (trailing commas are not allowed)' : '';
      fail(i, `expected a member name string at position ${i}, found ${describe(text, i)}${hint}`);
    }
    const start = i;
    const [end, key] = scanString(text, i, true);
    const duplicates = log.duplicates;
    if (!frame.keys?.has(key)) frame.keys?.add(key);
    else if (duplicates.listed.length < duplicates.max) {
      duplicates.listed.push({ key, path: pathOf(stack, stack.length - 1), index: start });
    } else duplicates.omitted++;
    frame.key = key;
    i = skipWhitespace(text, end);
    if (text.charCodeAt(i) !== 0x3a) {
      fail(i, `expected ':' after the member name at position ${i}, found ${describe(text, i)}`);
    }
    i = skipWhitespace(text, i + 1);
  };
  // Reading the number just scanned costs what JSON.parse pays for it; only the rare misreads are kept.
  const recordNumber = (written: string): void => {
    const read = readNumberText(written);
    if (!read) return;
    const numbers = log.numbers;
    if (numbers.listed.length < numbers.max) {
      const top = stack[stack.length - 1];
      const path = top ? pathOf(stack, stack.length - 1) + formatSegment(top) : '$';
      numbers.listed.push({ path, text: written, ...read });
    } else if (read.loss !== 'none') numbers.omitted++;
  };

  for (;;) {
    // Expecting a value at i (whitespace already skipped).
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      const isObject = c === 0x7b;
      enter(i, isObject ? new Set<string>() : undefined);
      i = skipWhitespace(text, i + 1);
      if (text.charCodeAt(i) === (isObject ? 0x7d : 0x5d)) {
        stack.pop();
        i++;
      } else {
        const frame = stack[stack.length - 1];
        if (isObject && frame) readMemberName(frame, false);
        continue;
      }
    } else if (c === 0x22) {
      i = scanString(text, i, false)[0];
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      const start = i;
      i = scanNumber(text, i);
      recordNumber(text.slice(start, i));
    } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
      i = scanLiteral(text, i, c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null');
    } else {
      fail(i, `expected a value at position ${i}, found ${describe(text, i)}`);
    }

    // After a value: close containers or move to the next element.
    for (;;) {
      i = skipWhitespace(text, i);
      const frame = stack[stack.length - 1];
      if (!frame) {
        if (i < length) fail(i, `trailing content after the JSON value at ${i}`);
        return;
      }
      const d = text.charCodeAt(i);
      const close = frame.keys ? 0x7d : 0x5d;
      if (d === 0x2c) {
        i = skipWhitespace(text, i + 1);
        if (frame.keys) {
          readMemberName(frame, true);
        } else {
          frame.count++;
          if (text.charCodeAt(i) === 0x5d) {
            fail(i, `expected a value at position ${i}, found ']' (trailing commas are not allowed)`);
          }
        }
        break;
      }
      if (d !== close) {
        const what = frame.keys ? "',' or '}' after a member" : "',' or ']' after an array element";
        fail(i, `expected ${what} at position ${i}, found ${describe(text, i)}`);
      }
      stack.pop();
      i++;
    }
  }
}

/**
 * The path of the container at `depth`, cached on its frame (and on the frames above it). A parent's
 * current key or index is the one leading to this container for as long as the container is open, so a
 * cached path stays true. Iterative, since `maxDepth` is the caller's to raise.
 */
function pathOf(stack: readonly Frame[], depth: number): string {
  let from = depth;
  while (from > 0 && stack[from]?.path === undefined) from--;
  let path = stack[from]?.path ?? '$';
  for (let d = from; d <= depth; d++) {
    const frame = stack[d];
    if (!frame) break;
    if (frame.path === undefined) {
      const parent = stack[d - 1];
      if (parent) path += formatSegment(parent);
      frame.path = path;
    }
    path = frame.path;
  }
  return path;
}

/** The step from a container to the member or element it is currently reading. */
function formatSegment(parent: Frame): string {
  return jsonPathStep(parent.keys ? parent.key : parent.count);
}
