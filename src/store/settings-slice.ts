import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface SettingsSlice {
  theme: ThemeChoice;
  /** The system's colour scheme, reported by the app's media-query effect. */
  prefersDark: boolean;
  /** Seconds since the epoch, advanced by the app's clock effect so relative times stay true. */
  nowSeconds: number;
  setTheme: (theme: ThemeChoice) => void;
  setPrefersDark: (prefersDark: boolean) => void;
  setNow: (nowSeconds: number) => void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  theme: 'system',
  prefersDark: false,
  nowSeconds: Math.floor(Date.now() / 1000),
  setTheme: (theme) => set({ theme }),
  setPrefersDark: (prefersDark) => set({ prefersDark }),
  setNow: (nowSeconds) => set({ nowSeconds }),
});

/** Whether the dark palette is in force: the user's choice, or the system's when they chose none. */
export function selectIsDark(state: Pick<SettingsSlice, 'theme' | 'prefersDark'>): boolean {
  return state.theme === 'system' ? state.prefersDark : state.theme === 'dark';
}
