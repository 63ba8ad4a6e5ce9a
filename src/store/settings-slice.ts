import type { StateCreator } from 'zustand';
import type { TimeZoneChoice } from '../core/claims/format-instant';
import type { AppState } from './store';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface SettingsSlice {
  theme: ThemeChoice;
  /** The system's colour scheme, reported by the app's media-query effect. */
  prefersDark: boolean;
  /** Seconds since the epoch, advanced by the app's clock effect so relative times stay true. */
  nowSeconds: number;
  /** "Evaluate at": the instant every time check uses, in seconds; null follows the clock (`nowSeconds`). */
  evaluateAt: number | null;
  /** "Times in": the zone every absolute time is shown in. */
  timeZone: TimeZoneChoice;
  setTheme: (theme: ThemeChoice) => void;
  setPrefersDark: (prefersDark: boolean) => void;
  setNow: (nowSeconds: number) => void;
  setEvaluateAt: (evaluateAt: number | null) => void;
  setTimeZone: (timeZone: TimeZoneChoice) => void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  theme: 'system',
  // Read at once, so the first render already has the palette the first paint chose (no light flash).
  prefersDark: typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches,
  nowSeconds: Math.floor(Date.now() / 1000),
  evaluateAt: null,
  timeZone: 'utc',
  setTheme: (theme) => set({ theme }),
  setPrefersDark: (prefersDark) => set({ prefersDark }),
  setNow: (nowSeconds) => set({ nowSeconds }),
  setEvaluateAt: (evaluateAt) => set({ evaluateAt }),
  setTimeZone: (timeZone) => set({ timeZone }),
});

/** Whether the dark palette is in force: the user's choice, or the system's when they chose none. */
export function selectIsDark(state: Pick<SettingsSlice, 'theme' | 'prefersDark'>): boolean {
  return state.theme === 'system' ? state.prefersDark : state.theme === 'dark';
}

/** The instant every time check and every relative time uses: "Evaluate at" when set, else the clock. */
export function selectEvaluationInstant(state: Pick<SettingsSlice, 'evaluateAt' | 'nowSeconds'>): number {
  return state.evaluateAt ?? state.nowSeconds;
}
