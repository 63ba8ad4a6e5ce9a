import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { MAX_INPUT_CHARS } from '../../core';
import { Button } from '../../ui/button';

/** "10.5": characters as decimal megabytes (a token is ASCII, so one character is one byte). */
function megabytes(chars: number): string {
  return (chars / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 });
}

/**
 * The line above an editor that holds only the start of a refused input: how large it was, the limit,
 * and a way out. The editor stays small and read-only meanwhile, so later keystrokes stay instant.
 */
export function RefusedInputBar({ length, onClear }: { length: number; onClear: () => void }) {
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-x-2 gap-y-1 border-b border-red-300 bg-red-50 px-3 py-1.5 text-xs dark:border-red-800 dark:bg-red-950/50"
    >
      <span>
        <strong>
          Refused: {megabytes(length)} MB, limit {megabytes(MAX_INPUT_CHARS)} MB.
        </strong>{' '}
        Only the start is shown, read-only; type or paste to replace it.
      </span>
      <Button className="ml-auto" onClick={onClear}>
        Clear the refused input
      </Button>
    </div>
  );
}

/** Keys that replace a refused input, the way typing replaces a selection: text, deletion, paste, cut. */
export function isReplacingKey(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  const hasCommand = event.ctrlKey || event.metaKey;
  if (hasCommand) return !event.altKey && ['v', 'x'].includes(event.key.toLowerCase());
  if (event.key === 'Insert') return event.shiftKey;
  return [...event.key].length === 1 || ['Backspace', 'Delete', 'Enter'].includes(event.key);
}
