import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { MAX_INPUT_CHARS } from '../../core';
import { DECODE_ELSEWHERE_CHARS, selectEditorText, useAppStore } from '../../store';
import { Button } from '../../ui/button';

/**
 * The editor holds only the start of the input, read-only: `refused`, over the input limit (not decoded);
 * `large`, decoded in full, but megabytes on one wrapped line would make the editor take seconds.
 */
export interface InputPreview {
  kind: 'refused' | 'large';
  length: number;
}

/** Characters of a large input the editor shows (a refused one keeps as many, token-slice.ts). */
const PREVIEW_CHARS = 2_000;

/** Whether the editor shows only the start of the input, and of how long an input. */
export function useInputPreview(): InputPreview | null {
  const refusedLength = useAppStore((s) => s.refusedInputLength);
  const length = useAppStore((s) => selectEditorText(s).length);
  if (refusedLength !== null) return { kind: 'refused', length: refusedLength };
  return length >= DECODE_ELSEWHERE_CHARS ? { kind: 'large', length } : null;
}

/** The text an editor shows: the whole token, or only the start of a large one. */
export function editorShows(text: string, preview: InputPreview | null): string {
  return preview?.kind === 'large' ? text.slice(0, PREVIEW_CHARS) : text;
}

/** "16": characters as binary megabytes, the unit of the 16 MiB limit (a token is ASCII: one character, one byte). */
function megabytes(chars: number): string {
  return (chars / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 });
}

/**
 * The line above an editor that holds only the start of the input: how large it was, the limit or that
 * it was decoded in full, and a way out. The editor stays small and read-only meanwhile, so later
 * keystrokes stay instant.
 */
export function InputPreviewBar({ preview, onClear }: { preview: InputPreview; onClear: () => void }) {
  const isRefused = preview.kind === 'refused';
  return (
    <div
      role={isRefused ? 'alert' : 'status'}
      className={`flex flex-wrap items-center gap-x-2 gap-y-1 border-b px-3 py-1.5 text-xs ${
        isRefused
          ? 'border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/50'
          : 'border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950/50'
      }`}
    >
      <span>
        <strong>
          {isRefused
            ? `Refused: ${megabytes(preview.length)} MB, limit ${megabytes(MAX_INPUT_CHARS)} MB.`
            : `Large token: ${megabytes(preview.length)} MB, decoded in full.`}
        </strong>{' '}
        Only the start is shown, read-only; type or paste to replace it.
      </span>
      <Button className="ml-auto" onClick={onClear}>
        {isRefused ? 'Clear the refused input' : 'Clear the large token'}
      </Button>
    </div>
  );
}

/** Keys that replace a previewed input, the way typing replaces a selection: text, deletion, paste, cut. */
export function isReplacingKey(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  const hasCommand = event.ctrlKey || event.metaKey;
  if (hasCommand) return !event.altKey && ['v', 'x'].includes(event.key.toLowerCase());
  if (event.key === 'Insert') return event.shiftKey;
  return [...event.key].length === 1 || ['Backspace', 'Delete', 'Enter'].includes(event.key);
}
