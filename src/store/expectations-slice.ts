import type { StateCreator } from 'zustand';
import type { ProfileChoice, ProfileContext } from '../core';
import type { AppState } from './store';

export interface ExpectationsSlice {
  expectedIssuer: string;
  expectedAudience: string;
  /** Comma- or space-separated alg/enc names; empty allows every supported algorithm. */
  allowedAlgorithms: string;
  clockToleranceSec: number;
  /** What to validate the token as ("Validate as"); `auto` lets its typ and claims say. */
  profileChoice: ProfileChoice;
  /** What the relying party knows from its side: client ID, nonce, the access token sent with it, … */
  profileContext: ProfileContext;
  setProfileChoice: (choice: ProfileChoice) => void;
  /** Merges the given members; an empty string or undefined removes one. */
  setProfileContext: (patch: Partial<ProfileContext>) => void;
  clearProfileContext: () => void;
  setExpectedIssuer: (value: string) => void;
  setExpectedAudience: (value: string) => void;
  setAllowedAlgorithms: (value: string) => void;
  setClockTolerance: (seconds: number) => void;
}

export const createExpectationsSlice: StateCreator<AppState, [], [], ExpectationsSlice> = (set) => ({
  expectedIssuer: '',
  expectedAudience: '',
  allowedAlgorithms: '',
  clockToleranceSec: 60,
  profileChoice: 'auto',
  profileContext: {},
  setProfileChoice: (profileChoice) => set({ profileChoice }),
  setProfileContext: (patch) => set((state) => ({ profileContext: mergeContext(state.profileContext, patch) })),
  clearProfileContext: () => set({ profileContext: {} }),
  setExpectedIssuer: (expectedIssuer) => set({ expectedIssuer }),
  setExpectedAudience: (expectedAudience) => set({ expectedAudience }),
  setAllowedAlgorithms: (allowedAlgorithms) => set({ allowedAlgorithms }),
  setClockTolerance: (seconds) =>
    set({ clockToleranceSec: Number.isFinite(seconds) && seconds >= 0 ? Math.floor(seconds) : 0 }),
});

function mergeContext(context: ProfileContext, patch: Partial<ProfileContext>): ProfileContext {
  const merged = Object.entries({ ...context, ...patch }).filter(([, value]) => value !== undefined && value !== '');
  return Object.fromEntries(merged) as ProfileContext;
}
