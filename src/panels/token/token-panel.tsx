import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { LazyView } from '../../ui/lazy-view';
import { PartLegend } from './part-legend';
import { TokenNotes } from './token-notes';
import { TokenTextarea } from './token-textarea';

/** From this length on, the decode of an edit waits for the editor's own task to end. */
const DEFER_DECODE_CHARS = 100_000;

const loadTokenMonaco = () => import('./token-monaco').then((m) => m.default);

/**
 * The token input. A plain textarea works at once; Monaco replaces it when its chunk arrives, so
 * decoding never waits for the editor.
 */
export function TokenPanel() {
  const tokenText = useAppStore((s) => s.tokenText);
  const decoded = useAppStore((s) => s.decoded);
  const setToken = useAppStore((s) => s.setToken);
  const [isMonacoReady, setMonacoReady] = useState(false);
  const shouldLoadMonaco = useIdleAfterFirstPaint();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const markTokenPending = useAppStore((s) => s.markTokenPending);
  const pendingRef = useRef<number | null>(null);
  const onChange = useCallback(
    (text: string) => {
      if (pendingRef.current !== null) window.clearTimeout(pendingRef.current);
      pendingRef.current = null;
      if (text.length < DEFER_DECODE_CHARS) {
        setToken(text, 'typed');
        return;
      }
      // A large paste is decoded in a task of its own: the editor's paste handling, the decode and the
      // render then stay separate tasks instead of one long one. The verdict is busy meanwhile.
      markTokenPending();
      pendingRef.current = window.setTimeout(() => {
        pendingRef.current = null;
        setToken(text, 'typed');
      }, 0);
    },
    [setToken, markTokenPending],
  );
  const onMonacoReady = useCallback(() => setMonacoReady(true), []);

  return (
    <div className="flex h-full min-h-0 flex-col gap-2">
      <div
        data-editor={isMonacoReady ? 'monaco' : 'textarea'}
        className="relative min-h-16 flex-1 overflow-hidden rounded-lg border bg-white shadow-sm lg:min-h-[16rem] dark:bg-slate-900"
      >
        {isMonacoReady ? null : (
          <TokenTextarea ref={textareaRef} value={tokenText} decoded={decoded} onChange={onChange} />
        )}
        {/* Without Monaco's chunk the textarea stays: the failure is a note over its foot, not a blank box. */}
        {shouldLoadMonaco ? (
          <LazyView
            load={loadTokenMonaco}
            what="the token editor"
            errorClassName="absolute inset-x-1 bottom-1 p-2 text-xs"
            props={{
              value: tokenText,
              decoded,
              onChange,
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
