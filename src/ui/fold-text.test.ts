import { describe, expect, it } from 'vitest';
import { countLines, foldText } from './fold-text';

const numbered = (count: number) => Array.from({ length: count }, (_, i) => `line ${i + 1}`).join('\n');

describe('folding a long text to its first and last lines', () => {
  it('shows a text of at most head + tail lines whole', () => {
    expect(foldText(numbered(25))).toBeNull();
    expect(foldText('')).toBeNull();
  });

  it('keeps the first 20 and last 5 lines and counts what lies between', () => {
    const text = numbered(100);
    const folded = foldText(text);
    expect(folded?.head.split('\n').filter(Boolean)).toEqual(numbered(20).split('\n'));
    expect(folded?.tail).toBe(['line 96', 'line 97', 'line 98', 'line 99', 'line 100'].join('\n'));
    expect(folded?.hiddenLines).toBe(75);
    // Nothing is lost or repeated: head + hidden + tail is the text.
    const hidden = numbered(95).split('\n').slice(20).join('\n') + '\n';
    expect(folded?.hiddenChars).toBe(hidden.length);
    expect(`${folded?.head}${hidden}${folded?.tail}`).toBe(text);
  });

  it('counts a long line as one line per width, as a wrapped view shows it', () => {
    expect(countLines('x'.repeat(250), 100)).toBe(3);
    expect(countLines('a\n\nb', 100)).toBe(3);
    const text = `${'h'.repeat(300)}${'m'.repeat(1_000)}${'t'.repeat(50)}`;
    const folded = foldText(text, { headLines: 3, tailLines: 1, lineWidth: 100 });
    expect(folded).toEqual({ head: 'h'.repeat(300), tail: 't'.repeat(50), hiddenLines: 10, hiddenChars: 1_000 });
  });

  it('folds a 10 MB one-line text in milliseconds, copying only its ends', () => {
    const text = `{"blob":"${'x'.repeat(10 * 1024 * 1024)}"}`;
    const started = performance.now();
    const folded = foldText(text);
    expect(performance.now() - started).toBeLessThan(200);
    expect(folded?.head).toBe(text.slice(0, 20 * 120));
    expect(folded?.tail.endsWith('xxx"}')).toBe(true);
    expect((folded?.head.length ?? 0) + (folded?.hiddenChars ?? 0) + (folded?.tail.length ?? 0)).toBe(text.length);
    expect(folded?.hiddenLines).toBe(Math.ceil(text.length / 120) - 25);
  });
});
