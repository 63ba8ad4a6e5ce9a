import { useCallback, useEffect, useRef, useState } from 'react';
import { selectEditorText, takeTokenText, useAppStore, type DecodeElsewhere } from '../../store';
import { LazyView } from '../../ui/lazy-view';
import { editorShows, useInputPreview } from './refused-input';
import { PartLegend } from './part-legend';
import { TokenNotes } from './token-notes';
import { TokenTextarea } from './token-textarea';
import { useTypedTokenLater } from './use-typed-token-later';

/**
 * A paste shorter than this is decoded in the paste's own task. Measured with `npm run bench` (paste to
 * settled, longest task): 1 KB at once 157 ms (no task over 50 ms), after the next paint 194 ms; 100 KB
 * at once has an 84 ms task, after the next paint 58 ms.
 */
const PASTE_AT_ONCE_CHARS = 16 * 1024;

const loadTokenMonaco = () => import('./token-monaco').then((m) => m.default);

/**
 * The token input. A plain textarea works at once; Monaco replaces it when its chunk arrives, so
 * decoding never waits for the editor. A large input is decoded by `decodeElsewhere` (a worker).
 */
export function TokenPanel({ decodeElsewhere }: { decodeElsewhere: DecodeElsewhere }) {
  const editorText = useAppStore(selectEditorText);
  const decoded = useAppStore((s) => s.decoded);
  const preview = useInputPreview();
  const [isMonacoReady, setMonacoReady] = useState(false);
  const shouldLoadMonaco = useIdleAfterFirstPaint();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const typedLater = useTypedTokenLater();
  const take = useCallback(
    (text: string) => {
      typedLater.cancel();
      void takeTokenText(useAppStore, text, 'typed', decodeElsewhere);
    },
    [decodeElsewhere, typedLater],
  );
  // Monaco keeps its own text, so the store may follow a burst of keystrokes once typing pauses, and a
  // long paste after the frame that shows it (that frame holds only the editor's work); a controlled
  // textarea needs its value at once. A short paste is taken at once (its decode and panels take a few
  // ms), and so is clearing the editor (over a refused or large input, before the key that replaces it).
  const onMonacoChange = useCallback(
    (text: string, isKeystroke: boolean) => {
      if (text === '' || !typedLater.isFor(text) || (!isKeystroke && text.length < PASTE_AT_ONCE_CHARS)) take(text);
      else if (isKeystroke) typedLater.schedule(text);
      else typedLater.scheduleSoon(text);
    },
    [take, typedLater],
  );
  const onMonacoReady = useCallback(() => setMonacoReady(true), []);
  const shown = editorShows(editorText, preview);

  return (
    <div className="flex h-full min-h-0 flex-col gap-2">
      <div
        data-editor={isMonacoReady ? 'monaco' : 'textarea'}
        className="relative min-h-16 flex-1 overflow-hidden rounded-lg border bg-white shadow-sm lg:min-h-[16rem] dark:bg-slate-900"
      >
        {isMonacoReady ? null : (
          <TokenTextarea ref={textareaRef} value={shown} decoded={decoded} preview={preview} onChange={take} />
        )}
        {/* Without Monaco's chunk the textarea stays: the failure is a note over its foot, not a blank box. */}
        {shouldLoadMonaco ? (
          <LazyView
            load={loadTokenMonaco}
            what="the token editor"
            errorClassName="absolute inset-x-1 bottom-1 p-2 text-xs"
            props={{
              value: shown,
              decoded,
              preview,
              onChange: onMonacoChange,
              onReady: onMonacoReady,
              isVisible: isMonacoReady,
              shouldTakeFocus: () => document.activeElement === textareaRef.current,
            }}
          />
        ) : null}
      </div>
      <PartLegend decoded={decoded} />
      <TokenNotes />
    </div>
  );
}

/**
 * True once the browser is idle after the first paint: Monaco's chunk is large, and parsing it
 * must not delay the decoded view.
 */
function useIdleAfterFirstPaint(): boolean {
  const [isIdle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 1000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(() => setIdle(true), 200);
    return () => window.clearTimeout(timer);
  }, []);
  return isIdle;
}
