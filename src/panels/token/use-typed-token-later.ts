import { useEffect, useState } from 'react';
import { DECODE_ELSEWHERE_CHARS, useAppStore } from '../../store';

/** Typing pauses this long before the typed text is decoded and the panels follow it. */
export const QUIET_MS = 80;
/** Continuous typing still reaches the store at least this often. */
export const MAX_WAIT_MS = 1_000;

/**
 * Keystrokes in the editor reach the store once typing pauses (QUIET_MS), a burst of them as one change:
 * a keystroke's own task and frame hold only the editor's work (issue 16), and the decode, the panels
 * and the verdict follow in a task of their own between keystrokes. The verdict is busy from the first
 * key of a burst. A press or a focus anywhere takes the text at once.
 */
export function useTypedTokenLater() {
  const [later] = useState(() =>
    createTypedTokenLater({
      take: (text) => useAppStore.getState().setToken(text, 'typed'),
      markPending: () => {
        if (!useAppStore.getState().isTokenPending) useAppStore.getState().markTokenPending();
      },
      events: document,
      afterNextPaint: (then) => requestAnimationFrame(() => setTimeout(then, 0)),
    }),
  );
  // A text typed just before the editor goes away still reaches the store.
  useEffect(() => () => later.flush(), [later]);
  return later;
}

interface TypedTokenLaterDeps {
  /** Hands the typed text to the store. */
  take: (text: string) => void;
  /** Tells the store a text is on its way (the verdict is busy until it is taken and checked). */
  markPending: () => void;
  /** Where a press or a focus elsewhere is heard (the document). */
  events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** Calls `then` in a task after the next frame is painted. */
  afterNextPaint: (then: () => void) => void;
}

export type TypedTokenLater = ReturnType<typeof createTypedTokenLater>;

export function createTypedTokenLater({ take, markPending, events, afterNextPaint }: TypedTokenLaterDeps) {
  let text: string | null = null;
  /** Counts takes, so a paint callback meant for an older text takes nothing newer. */
  let generation = 0;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let longest: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(quiet);
    clearTimeout(longest);
    quiet = longest = undefined;
    events.removeEventListener('pointerdown', flush, true);
    events.removeEventListener('focusin', flush, true);
  };
  function flush() {
    stop();
    generation += 1;
    const typed = text;
    text = null;
    if (typed !== null) take(typed);
  }
  return {
    /** Short texts only: a large one is decoded elsewhere at once (takeTokenText). */
    isFor: (typed: string) => typed.length < DECODE_ELSEWHERE_CHARS,
    schedule(typed: string) {
      const isBurstStart = text === null;
      text = typed;
      clearTimeout(quiet);
      quiet = setTimeout(flush, QUIET_MS);
      if (!isBurstStart) return;
      markPending();
      longest = setTimeout(flush, MAX_WAIT_MS);
      // A press or a focus elsewhere (the user moves on: a button that reads the token's issuer, a field)
      // takes the typed text first, so what it acts on is what the editor shows.
      events.addEventListener('pointerdown', flush, true);
      events.addEventListener('focusin', flush, true);
    },
    /**
     * A paste or another edit of more than one character: taken in a task of its own after the frame
     * that shows it in the editor, not when typing pauses.
     */
    scheduleSoon(edited: string) {
      this.schedule(edited);
      const mine = generation;
      afterNextPaint(() => {
        if (generation === mine) flush();
      });
    },
    flush,
    /** Drops a scheduled text: a newer change replaces it. */
    cancel() {
      stop();
      generation += 1;
      text = null;
    },
  };
}
