/** Counts dot-separated parts without splitting, so a hostile multi-megabyte paste costs no copies. */
export function countParts(text: string): number {
  let count = 1;
  for (let i = text.indexOf('.'); i !== -1; i = text.indexOf('.', i + 1)) count += 1;
  return count;
}

/** Start/end offsets of each dot-separated part. */
export function splitRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', start)) {
    ranges.push({ start, end: dot });
    start = dot + 1;
  }
  ranges.push({ start, end: text.length });
  return ranges;
}
