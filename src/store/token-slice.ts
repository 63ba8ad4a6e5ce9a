import type { StateCreator } from 'zustand';
import { decodeToken, type DecodedToken } from '../core';
import { keysForToken } from './keys-slice';
import type { AppState } from './store';

export type TokenSource = 'sample' | 'url' | 'typed';

export interface ProviderError {
  error: string;
  description: string | null;
}

export interface TokenSlice {
  tokenText: string;
  tokenSource: TokenSource;
  /** Derived from `tokenText`; written only by `setToken`. */
  decoded: DecodedToken;
  providerError: ProviderError | null;
  setToken: (text: string, source: TokenSource) => void;
  setProviderError: (error: ProviderError | null) => void;
}

export function createTokenSlice(initialToken: string): StateCreator<AppState, [], [], TokenSlice> {
  return (set) => ({
    tokenText: initialToken,
    tokenSource: 'sample',
    decoded: decodeToken(initialToken),
    providerError: null,
    setToken: (text, source) =>
      set((state) => {
        if (state.tokenText === text) return { tokenSource: source };
        const decoded = decodeToken(text);
        // Keys that came with the sample or an example leave with their token (keys-slice.ts).
        return { tokenText: text, tokenSource: source, decoded, ...keysForToken(state, decoded) };
      }),
    setProviderError: (providerError) => set({ providerError }),
  });
}
