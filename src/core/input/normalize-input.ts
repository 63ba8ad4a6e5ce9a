import type { NormalizedInput } from '../types';

const AUTHORIZATION = /^authorization\s*:\s*/i;
const SCHEME = /^(bearer|dpop)\s+/i;
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
];
const WHITESPACE = /\s/;

/**
 * Strips what commonly wraps a pasted token — outer whitespace, an `Authorization:` header name, a
 * `Bearer`/`DPoP` scheme (RFC 6750 §2.1, RFC 9449 §7.1) and surrounding quotes — and says what it
 * removed. The result is always a contiguous slice of the input, so source ranges stay exact, and
 * nothing inside a segment is ever touched.
 */
export function normalizeInput(original: string): NormalizedInput {
  let start = 0;
  let end = original.length;
  const removed: string[] = [];
  const note = (what: string) => {
    if (!removed.includes(what)) removed.push(what);
  };

  // Each pass peels one layer; a few passes cover `"Bearer …"` and `Authorization: Bearer "…"`.
  for (let pass = 0; pass < 4; pass += 1) {
    const before = [start, end];
    while (start < end && WHITESPACE.test(original.charAt(start))) start += 1;
    while (end > start && WHITESPACE.test(original.charAt(end - 1))) end -= 1;
    if (before[0] !== start || before[1] !== end) note('surrounding whitespace');

    // Regexes run on a short prefix only: the input may be megabytes long.
    const head = original.slice(start, Math.min(end, start + 64));
    const header = AUTHORIZATION.exec(head);
    if (header) {
      start += header[0].length;
      note('the "Authorization:" header name');
      continue;
    }
    const scheme = SCHEME.exec(original.slice(start, Math.min(end, start + 64)));
    if (scheme?.[1]) {
      start += scheme[0].length;
      note(`the "${scheme[1]}" scheme`);
      continue;
    }
    const pair = QUOTE_PAIRS.find(
      ([open, close]) => end - start >= 2 && original.charAt(start) === open && original.charAt(end - 1) === close,
    );
    if (pair) {
      start += 1;
      end -= 1;
      note('surrounding quotes');
      continue;
    }
    if (before[0] === start && before[1] === end) break;
  }

  return { text: original.slice(start, end), offset: start, removed };
}
