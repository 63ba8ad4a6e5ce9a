import type { StateCreator } from 'zustand';
import type { ProfileChoice, ProfileContext } from '../core';
import type { AppState } from './store';

/** The verifier's key-binding policy for an SD-JWT (RFC 9901 §7.3), as typed: blank means "not checked". */
export interface KeyBindingInputs {
  required: boolean;
  audience: string;
  nonce: string;
}

export const NO_KEY_BINDING: KeyBindingInputs = { required: false, audience: '', nonce: '' };

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
  /** Whether an SD-JWT must carry a key-binding JWT, and the aud and nonce this verifier expects in it. */
  keyBinding: KeyBindingInputs;
  /** Merges the given members into a new object (an inspection input, compared by identity). */
  setKeyBinding: (patch: Partial<KeyBindingInputs>) => void;
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
  keyBinding: NO_KEY_BINDING,
  setKeyBinding: (patch) => set((state) => ({ keyBinding: { ...state.keyBinding, ...patch } })),
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
