import { useEffect, useState } from 'react';
import { DECODE_ELSEWHERE_CHARS, useAppStore } from '../../store';

/**
 * Keystrokes in the editor reach the store after the next paint, the burst of them as one change: the
 * keystroke's own frame holds only the editor's work (issue 16: under 16 ms per keystroke), and the
 * decode, the panels and the verdict follow in a task of their own. The verdict is busy meanwhile.
 */
export function useTypedTokenLater() {
  const [later] = useState(createTypedTokenLater);
  // A text typed just before the editor goes away still reaches the store.
  useEffect(() => () => later.flush(), [later]);
  return later;
}

function createTypedTokenLater() {
  let text: string | null = null;
  let frame = 0;
  let timer = 0;
  const stop = () => {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    document.removeEventListener('pointerdown', flush, true);
    document.removeEventListener('focusin', flush, true);
  };
  const flush = () => {
    stop();
    const typed = text;
    text = null;
    if (typed !== null) useAppStore.getState().setToken(typed, 'typed');
  };
  return {
    /** Short texts only: a large one is decoded elsewhere at once (takeTokenText). */
    isFor: (typed: string) => typed.length < DECODE_ELSEWHERE_CHARS,
    schedule(typed: string) {
      const isScheduled = text !== null;
      text = typed;
      if (isScheduled) return;
      if (!useAppStore.getState().isTokenPending) useAppStore.getState().markTokenPending();
      // After the frame that paints the keystroke; the timer also covers a tab that paints no frames.
      frame = window.requestAnimationFrame(() => {
        window.clearTimeout(timer);
        timer = window.setTimeout(flush, 0);
      });
      timer = window.setTimeout(flush, 100);
      // A press or a focus elsewhere (the user moves on: a button that reads the token's issuer, a field)
      // takes the typed text first, so what it acts on is what the editor shows.
      document.addEventListener('pointerdown', flush, true);
      document.addEventListener('focusin', flush, true);
    },
    flush,
    /** Drops a scheduled text: a newer change replaces it. */
    cancel() {
      stop();
      text = null;
    },
  };
}
