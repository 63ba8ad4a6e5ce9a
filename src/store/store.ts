import { create } from 'zustand';
import { createExpectationsSlice, type ExpectationsSlice } from './expectations-slice';
import { createFoundSlice, type FoundSlice } from './found-slice';
import { createInspectionSlice, type InspectionSlice } from './inspection-slice';
import { createJwksSlice, type JwksSlice } from './jwks-slice';
import { createKeysSlice, type KeysSlice } from './keys-slice';
import { createResignSlice, type ResignSlice } from './resign-slice';
import { createScenarioSlice, type ScenarioSlice } from './scenario-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createTokenSlice, type TokenSlice } from './token-slice';

export type AppState = TokenSlice &
  SettingsSlice &
  KeysSlice &
  ExpectationsSlice &
  InspectionSlice &
  JwksSlice &
  ScenarioSlice &
  ResignSlice &
  FoundSlice;

/** Builds a store; the app makes one, tests make as many as they like. */
export function createAppStore(initialToken: string) {
  return create<AppState>()((...args) => ({
    ...createTokenSlice(initialToken)(...args),
    ...createSettingsSlice(...args),
    ...createKeysSlice(...args),
    ...createExpectationsSlice(...args),
    ...createInspectionSlice(...args),
    ...createJwksSlice(...args),
    ...createScenarioSlice(...args),
    ...createFoundSlice(...args),
    ...createResignSlice(...args),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The app's store. Starts empty; the app's intake effect writes the first token before render. */
export const useAppStore = createAppStore('');
