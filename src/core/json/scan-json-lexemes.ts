// The lexical layer of the strict JSON scanner in parse-json.ts (RFC 8259 §2, §3, §6, §7): whitespace,
// strings, numbers and literals, each read in one pass from a position. Every function is linear in the
// characters it reads; errors are thrown as JsonSyntaxError with the index they were found at.

/** A grammar or depth violation at `index`; parseJson turns it into its failure result. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly index: number,
    message: string,
    readonly problem: 'syntax' | 'too-deep',
  ) {
    super(message);
  }
}

/** Throws a JsonSyntaxError: the scanner stops at the first violation. */
export function fail(index: number, message: string, problem: 'syntax' | 'too-deep' = 'syntax'): never {
  throw new JsonSyntaxError(index, message, problem);
}

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

/** RFC 8259 §2: the index of the first non-whitespace character at or after `start`. */
export function skipWhitespace(text: string, start: number): number {
  let i = start;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

/** RFC 8259 §7. Returns the index after the closing quote and, if asked, the decoded string. */
export function scanString(text: string, start: number, decode: boolean): [number, string] {
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
export function scanNumber(text: string, start: number): number {
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

/** RFC 8259 §3: `true`, `false` or `null`; returns the index after it. */
export function scanLiteral(text: string, start: number, literal: string): number {
  for (let k = 0; k < literal.length; k++) {
    if (text.charCodeAt(start + k) !== literal.charCodeAt(k)) {
      const at = start + k;
      fail(at, `invalid literal at ${start}: expected '${literal}', found ${describe(text, at)} at position ${at}`);
    }
  }
  return start + literal.length;
}

function formatCodePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The character at `i` as an error message shows it (quoted, or as a code point when invisible). */
export function describe(text: string, i: number): string {
  if (i >= text.length) return 'end of input';
  const c = text.charCodeAt(i);
  if (c === 0xfeff) return 'U+FEFF (a byte order mark)';
  return c < 0x20 || c === 0x7f || (c >= 0xd800 && c <= 0xdfff) ? formatCodePoint(c) : `'${text.charAt(i)}'`;
}
