/** A repeated member name; `path` locates the object holding it, `index` is the key's opening quote. */
export interface JsonDuplicate {
  key: string;
  path: string;
  index: number;
}

export type JsonParseResult =
  | { ok: true; value: unknown; duplicates: JsonDuplicate[] }
  | { ok: false; index: number; message: string; problem: 'syntax' | 'too-deep' };

export interface JsonParseLimits {
  maxDepth?: number;
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

class JsonSyntaxError extends Error {
  constructor(
    readonly index: number,
    message: string,
    readonly problem: 'syntax' | 'too-deep',
  ) {
    super(message);
  }
}

function fail(index: number, message: string, problem: 'syntax' | 'too-deep' = 'syntax'): never {
  throw new JsonSyntaxError(index, message, problem);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * Strictly validates JSON text per RFC 8259 §2–7 in one linear, non-recursive pass,
 * reporting duplicate member names (§4) and excessive nesting (§9), then builds the
 * value with native JSON.parse (last duplicate wins; "__proto__" stays an own key).
 */
export function parseJson(text: string, limits: JsonParseLimits = {}): JsonParseResult {
  const maxDepth = limits.maxDepth ?? 64;
  const duplicates: JsonDuplicate[] = [];
  try {
    scan(text, maxDepth, duplicates);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, index: error.index, message: error.message, problem: error.problem };
    }
    throw error;
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown, duplicates };
  } catch (error) {
    // Unreachable if the scanner matches the grammar; kept so a scanner bug cannot crash callers.
    return { ok: false, index: 0, message: String(error), problem: 'syntax' };
  }
}

function scan(text: string, maxDepth: number, duplicates: JsonDuplicate[]): void {
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
    if (frame.keys?.has(key)) duplicates.push({ key, path: pathOf(stack, stack.length - 1), index: start });
    else frame.keys?.add(key);
    frame.key = key;
    i = skipWhitespace(text, end);
    if (text.charCodeAt(i) !== 0x3a) {
      fail(i, `expected ':' after the member name at position ${i}, found ${describe(text, i)}`);
    }
    i = skipWhitespace(text, i + 1);
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
      i = scanNumber(text, i);
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

function skipWhitespace(text: string, start: number): number {
  let i = start;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

/** RFC 8259 §7. Returns the index after the closing quote and, if asked, the decoded string. */
function scanString(text: string, start: number, decode: boolean): [number, string] {
  const parts: string[] = [];
  let runStart = start + 1;
  let i = runStart;
  for (;;) {
    if (i >= text.length) fail(start, `unterminated string starting at ${start}`);
    const c = text.charCodeAt(i);
    if (c === 0x22) break;
    if (c < 0x20) fail(i, `control character ${formatCodePoint(c)} inside a string at ${i} (it must be escaped)`);
    if (c !== 0x5c) {
      i++;
      continue;
    }
    if (decode) parts.push(text.slice(runStart, i));
    const e = text.charAt(i + 1);
    if (e === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) fail(i, `invalid \\u escape at ${i}: expected exactly 4 hex digits`);
      // Lone surrogates are grammatical (RFC 8259 §8.2), so accept them unpaired.
      if (decode) parts.push(String.fromCharCode(parseInt(hex, 16)));
      i += 6;
    } else {
      const decoded = ESCAPES[e];
      if (decoded === undefined) {
        const found = e === '' ? 'end of input' : describe(text, i + 1);
        fail(i, `invalid escape at ${i}: '\\' followed by ${found}`);
      }
      if (decode) parts.push(decoded);
      i += 2;
    }
    runStart = i;
  }
  if (!decode) return [i + 1, ''];
  if (parts.length === 0) return [i + 1, text.slice(runStart, i)];
  parts.push(text.slice(runStart, i));
  return [i + 1, parts.join('')];
}

/** RFC 8259 §6: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
function scanNumber(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === 0x2d) i++;
  if (text.charCodeAt(i) === 0x30) {
    i++;
    if (isDigit(text.charCodeAt(i))) fail(i, `leading zeros are not allowed in numbers at ${i}`);
  } else {
    i = requireDigits(text, i, "after '-'");
  }
  if (text.charCodeAt(i) === 0x2e) i = requireDigits(text, i + 1, 'after the decimal point');
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 0x2b || sign === 0x2d) i++;
    i = requireDigits(text, i, 'in the exponent');
  }
  return i;
}

function requireDigits(text: string, start: number, where: string): number {
  let i = start;
  while (isDigit(text.charCodeAt(i))) i++;
  if (i === start) fail(i, `expected a digit ${where} at position ${i}, found ${describe(text, i)}`);
  return i;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function scanLiteral(text: string, start: number, literal: string): number {
  for (let k = 0; k < literal.length; k++) {
    if (text.charCodeAt(start + k) !== literal.charCodeAt(k)) {
      const at = start + k;
      fail(at, `invalid literal at ${start}: expected '${literal}', found ${describe(text, at)} at position ${at}`);
    }
  }
  return start + literal.length;
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
  if (!parent.keys) return `[${parent.count}]`;
  return IDENTIFIER.test(parent.key) ? `.${parent.key}` : `[${JSON.stringify(parent.key)}]`;
}

function formatCodePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function describe(text: string, i: number): string {
  if (i >= text.length) return 'end of input';
  const c = text.charCodeAt(i);
  if (c === 0xfeff) return 'U+FEFF (a byte order mark)';
  return c < 0x20 || c === 0x7f || (c >= 0xd800 && c <= 0xdfff) ? formatCodePoint(c) : `'${text.charAt(i)}'`;
}
