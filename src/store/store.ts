import { create } from 'zustand';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createTokenSlice, type TokenSlice } from './token-slice';

export type AppState = TokenSlice & SettingsSlice;

/** Builds a store; the app makes one, tests make as many as they like. */
export function createAppStore(initialToken: string) {
  return create<AppState>()((...args) => ({
    ...createTokenSlice(initialToken)(...args),
    ...createSettingsSlice(...args),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The app's store. Starts empty; the app's intake effect writes the first token before render. */
export const useAppStore = createAppStore('');
