/** What a long text shows folded: its first and last lines, and how much lies between them. */
export interface FoldedText {
  head: string;
  tail: string;
  hiddenLines: number;
  hiddenChars: number;
}

export interface FoldOptions {
  headLines: number;
  tailLines: number;
  /** A line longer than this counts as several lines of this many characters (how a wrapped view shows it). */
  lineWidth: number;
}

export const DEFAULT_FOLD: FoldOptions = { headLines: 20, tailLines: 5, lineWidth: 120 };

/**
 * Splits `text` into its first `headLines` and last `tailLines` lines, a long line counting as one line
 * per `lineWidth` characters; null when the text has no more lines than those (it is shown whole).
 * Linear in the number of newlines, and only the two ends are copied: megabytes cost a few milliseconds.
 */
export function foldText(text: string, { headLines, tailLines, lineWidth }: FoldOptions = DEFAULT_FOLD): FoldedText | null {
  const total = countLines(text, lineWidth);
  if (total <= headLines + tailLines) return null;
  const headEnd = offsetAfterLines(text, headLines, lineWidth);
  const tailStart = offsetBeforeLastLines(text, tailLines, lineWidth);
  return {
    head: text.slice(0, headEnd),
    tail: text.slice(tailStart),
    hiddenLines: total - headLines - tailLines,
    hiddenChars: tailStart - headEnd,
  };
}

/** Lines a text shows, each newline-separated line counting ceil(length / width) (an empty one counts 1). */
export function countLines(text: string, width: number): number {
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const length = (end === -1 ? text.length : end) - start;
    lines += Math.max(1, Math.ceil(length / width));
    if (end === -1) return lines;
    start = end + 1;
  }
}

/** Where the text continues after its first `count` lines (a newline ending the last of them included). */
function offsetAfterLines(text: string, count: number, width: number): number {
  let at = 0;
  for (let left = count; left > 0; ) {
    const end = text.indexOf('\n', at);
    const lineEnd = end === -1 ? text.length : end;
    const rows = Math.max(1, Math.ceil((lineEnd - at) / width));
    if (rows > left) return at + left * width;
    left -= rows;
    at = end === -1 ? text.length : end + 1;
  }
  return at;
}

/** Where the text's last `count` lines start. */
function offsetBeforeLastLines(text: string, count: number, width: number): number {
  let end = text.length;
  for (let left = count; left > 0; ) {
    const newline = text.lastIndexOf('\n', end - 1);
    const lineStart = newline + 1;
    const length = end - lineStart;
    const rows = Math.max(1, Math.ceil(length / width));
    // The last row of a wrapped line holds what is left over after its full rows.
    if (rows > left) return lineStart + (rows - left) * width;
    left -= rows;
    if (newline === -1) return 0;
    end = newline;
  }
  return end === text.length ? end : end + 1;
}
