import type { StateCreator } from 'zustand';
import { decodeToken, MAX_INPUT_CHARS, type DecodedToken } from '../core';
import { keysForToken } from './keys-slice';
import type { AppState } from './store';

/**
 * `found`: chosen from the tokens found in a paste or file; `file`: an opened file that was one token;
 * `shared-unsigned`: read from a share link whose sharer removed the signature.
 */
export type TokenSource = 'sample' | 'url' | 'shared-unsigned' | 'typed' | 'found' | 'file';

export interface ProviderError {
  error: string;
  description: string | null;
}

/** Characters of a refused input kept for the editor to show; the rest is dropped, not stored. */
const REFUSED_PREVIEW_CHARS = 2_000;

export interface TokenSlice {
  /** The token as typed, or only the first characters of an input refused as too large. */
  tokenText: string;
  tokenSource: TokenSource;
  /** Derived from the text given to `setToken`; written only by it. */
  decoded: DecodedToken;
  /** Length of an input over MAX_INPUT_CHARS (then `tokenText` is its preview); null otherwise. */
  refusedInputLength: number | null;
  /** True while the token shown is one read from the address and then removed from it. */
  isTokenRemovedFromUrl: boolean;
  /** The editor holds text that `setToken` has not taken yet (a large paste, decoded in its own task). */
  isTokenPending: boolean;
  providerError: ProviderError | null;
  setToken: (text: string, source: TokenSource) => void;
  /** Says the token is about to change, so nothing derived from the old one is shown as current. */
  markTokenPending: () => void;
  /** Said by the URL-intake effect after it rewrote the address for the token it just set. */
  setTokenRemovedFromUrl: () => void;
  setProviderError: (error: ProviderError | null) => void;
}

export function createTokenSlice(initialToken: string): StateCreator<AppState, [], [], TokenSlice> {
  return (set) => ({
    tokenText: initialToken,
    tokenSource: 'sample',
    decoded: decodeToken(initialToken),
    refusedInputLength: null,
    isTokenRemovedFromUrl: false,
    isTokenPending: false,
    providerError: null,
    markTokenPending: () => set({ isTokenPending: true }),
    setToken: (text, source) =>
      set((state) => {
        if (state.tokenText === text) return { tokenSource: source, isTokenPending: false };
        const decoded = decodeToken(text);
        // Keys that came with the sample or an example leave with their token (keys-slice.ts).
        const derived = {
          tokenSource: source,
          decoded,
          isTokenRemovedFromUrl: false,
          isTokenPending: false,
          ...keysForToken(state, decoded),
        };
        // A refused input is not kept: megabytes in the store would only slow every later edit.
        return text.length > MAX_INPUT_CHARS
          ? { ...derived, tokenText: text.slice(0, REFUSED_PREVIEW_CHARS), refusedInputLength: text.length }
          : { ...derived, tokenText: text, refusedInputLength: null };
      }),
    setTokenRemovedFromUrl: () =>
      set((state) =>
        state.tokenSource === 'url' || state.tokenSource === 'shared-unsigned' ? { isTokenRemovedFromUrl: true } : {},
      ),
    setProviderError: (providerError) => set({ providerError }),
  });
}
