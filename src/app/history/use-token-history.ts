import { useCallback, useEffect, useState } from 'react';
import { describeForHistory, type HistoryEntry } from '../../core/history';
import { useAppStore, type AppState } from '../../store';
import {
  forgetAllHistory,
  forgetInHistory,
  isHistoryOn,
  isHistorySwitchKey,
  readHistory,
  recordInHistory,
  setHistoryOn,
} from './history-db';

/** A token counts as inspected once it has stayed in the box this long: keystrokes are not remembered. */
const REST_MS = 800;

export interface TokenHistory {
  isOn: boolean;
  entries: HistoryEntry[];
  /** What went wrong with the browser's storage, in its words; null when nothing did. */
  problem: string | null;
  setOn: (isOn: boolean) => void;
  forget: (token: string) => void;
  forgetAll: () => void;
}

/** The entry for the token in the box, or null: the built-in sample and anything not a token are skipped. */
function currentEntry(state: AppState): HistoryEntry | null {
  if (state.tokenSource === 'sample' || state.isTokenPending) return null;
  const label =
    state.tokenSource === 'found'
      ? (state.found?.tokens.find((t) => t.token === state.tokenText)?.label ?? null)
      : null;
  return describeForHistory(state.decoded, label, Date.now());
}

/**
 * "Remember tokens on this device": while on, every token that rests in the box is recorded in IndexedDB;
 * turning it off deletes the database. While off, the database is never opened (so never created).
 */
export function useTokenHistory(): TokenHistory {
  const [isOn, setIsOn] = useState(isHistoryOn);
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const show = useCallback((answer: Promise<HistoryEntry[] | null>) => {
    answer.then(
      (next) => {
        if (next) setEntries(next);
        setProblem(null);
      },
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  }, []);

  useEffect(() => {
    if (!isOn) return;
    show(readHistory());
    let timer: number | undefined;
    const recordLater = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const entry = currentEntry(useAppStore.getState());
        if (entry) show(recordInHistory(entry));
      }, REST_MS);
    };
    recordLater();
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.decoded !== previous.decoded || state.tokenSource !== previous.tokenSource) recordLater();
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [isOn, show]);

  useEffect(() => {
    // Another tab turned the switch on or off.
    const onStorage = (event: StorageEvent) => {
      if (isHistorySwitchKey(event.key)) setIsOn(isHistoryOn());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  return {
    isOn,
    entries: isOn ? entries : [],
    problem,
    setOn: (next) => {
      setIsOn(next);
      setEntries([]);
      show(setHistoryOn(next).then(() => null));
    },
    forget: (token) => show(forgetInHistory(token)),
    forgetAll: () => show(forgetAllHistory()),
  };
}
