import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { PartLegend } from './part-legend';
import { TokenTextarea } from './token-textarea';

const TokenMonaco = lazy(() => import('./token-monaco'));

/**
 * The token input. A plain textarea works at once; Monaco replaces it when its chunk arrives, so
 * decoding never waits for the editor.
 */
export function TokenPanel() {
  const tokenText = useAppStore((s) => s.tokenText);
  const decoded = useAppStore((s) => s.decoded);
  const setToken = useAppStore((s) => s.setToken);
  const [isMonacoReady, setMonacoReady] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const onChange = useCallback((text: string) => setToken(text, 'typed'), [setToken]);
  const onMonacoReady = useCallback(() => setMonacoReady(true), []);

  return (
    <div className="flex h-full min-h-0 flex-col gap-2">
      <div
        data-editor={isMonacoReady ? 'monaco' : 'textarea'}
        className="relative min-h-[16rem] flex-1 overflow-hidden rounded-lg border bg-white shadow-sm dark:bg-slate-900"
      >
        {isMonacoReady ? null : <TokenTextarea ref={textareaRef} value={tokenText} decoded={decoded} onChange={onChange} />}
        <Suspense fallback={null}>
          <TokenMonaco
            value={tokenText}
            decoded={decoded}
            onChange={onChange}
            onReady={onMonacoReady}
            isVisible={isMonacoReady}
            shouldTakeFocus={() => document.activeElement === textareaRef.current}
          />
        </Suspense>
      </div>
      <PartLegend decoded={decoded} />
    </div>
  );
}
