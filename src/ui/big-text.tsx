import { useEffect, useMemo, useState } from 'react';
import { Button } from './button';
import { foldText } from './fold-text';

export interface BigTextProps {
  text: string;
  /** Classes of the text itself (font, colour, wrapping), as the part shows short texts. */
  className: string;
  /** Names the text for assistive technology, e.g. "Payload bytes (hex)". */
  label?: string | undefined;
}

/** "Show all" lays the text out in blocks of about this many characters, a few per task. */
const BLOCK_CHARS = 64 * 1024;
const BLOCKS_PER_STEP = 16;
/** An off-screen block is not laid out (content-visibility: auto); this is its guessed height until it is. */
const BLOCK_STYLE = { contentVisibility: 'auto', containIntrinsicSize: 'auto 40rem' } as const;

/**
 * A long text folded to its first and last lines, with how much lies between and "Show all". Showing
 * all adds the text in blocks, a few per task, and the browser lays out only the blocks in view, so
 * even 10 MB never freezes the page. Copying stays with the caller's Copy button (the whole text).
 */
export default function BigText({ text, className, label }: BigTextProps) {
  const folded = useMemo(() => foldText(text), [text]);
  const [isAll, setAll] = useState(false);
  if (isAll || folded === null) return <WholeText text={text} className={className} label={label} />;
  return (
    <div aria-label={label} role={label ? 'group' : undefined}>
      <pre className={className}>{folded.head}</pre>
      <p className="my-1 flex flex-wrap items-center gap-2 border-y border-dashed border-slate-300 py-1 text-xs text-slate-600 dark:border-slate-600 dark:text-slate-400">
        <span data-hidden-chars={folded.hiddenChars}>
          {folded.hiddenChars.toLocaleString('en')} characters ({folded.hiddenLines.toLocaleString('en')} lines) not
          shown
        </span>
        <Button onClick={() => setAll(true)}>Show all</Button>
      </p>
      <pre className={className}>{folded.tail}</pre>
    </div>
  );
}

/** The whole text, in blocks that break at a newline where there is one; more blocks arrive each task. */
function WholeText({ text, className, label }: BigTextProps) {
  const blocks = useMemo(() => splitBlocks(text), [text]);
  const [shown, setShown] = useState(BLOCKS_PER_STEP);
  useEffect(() => {
    if (shown >= blocks.length) return undefined;
    const timer = window.setTimeout(() => setShown(shown + BLOCKS_PER_STEP), 0);
    return () => window.clearTimeout(timer);
  }, [shown, blocks.length]);
  return (
    <div className={className} aria-label={label} aria-busy={shown < blocks.length} role={label ? 'group' : undefined}>
      {blocks.slice(0, shown).map((block, i) => (
        <div key={i} style={BLOCK_STYLE}>
          {block}
        </div>
      ))}
    </div>
  );
}

function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + BLOCK_CHARS, text.length);
    if (end < text.length) {
      const newline = text.lastIndexOf('\n', end);
      if (newline > start) end = newline + 1;
    }
    blocks.push(text.slice(start, end));
    start = end;
  }
  return blocks;
}
