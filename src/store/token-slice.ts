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
  /** Id of the newest token change; a decode done elsewhere for an older text is dropped. */
  tokenRequestId: number;
  /** The text being decoded elsewhere, for the editor to show meanwhile; null when none is. */
  pendingTokenText: string | null;
  /** A decode of `text` starts elsewhere (a worker): the token is pending until `finishTokenDecode` with this id. */
  beginTokenDecode: (text: string) => number;
  /** Takes a text decoded elsewhere, unless a newer change (`setToken`, `beginTokenDecode`) came since. */
  finishTokenDecode: (id: number, text: string, source: TokenSource, decoded: DecodedToken) => void;
  /** Says the token is about to change, so nothing derived from the old one is shown as current. */
  markTokenPending: () => void;
  /** Said by the URL-intake effect after it rewrote the address for the token it just set. */
  setTokenRemovedFromUrl: () => void;
  setProviderError: (error: ProviderError | null) => void;
}

export function createTokenSlice(initialToken: string): StateCreator<AppState, [], [], TokenSlice> {
  return (set, get) => ({
    tokenText: initialToken,
    tokenSource: 'sample',
    decoded: decodeToken(initialToken),
    refusedInputLength: null,
    isTokenRemovedFromUrl: false,
    isTokenPending: false,
    providerError: null,
    markTokenPending: () => set({ isTokenPending: true }),
    tokenRequestId: 0,
    setToken: (text, source) =>
      set((state) => {
        const tokenRequestId = state.tokenRequestId + 1;
        if (state.tokenText === text)
          return { tokenSource: source, isTokenPending: false, pendingTokenText: null, tokenRequestId };
        return { ...takeDecoded(state, text, source, decodeToken(text)), tokenRequestId };
      }),
    pendingTokenText: null,
    beginTokenDecode: (text) => {
      const id = get().tokenRequestId + 1;
      set({ tokenRequestId: id, isTokenPending: true, pendingTokenText: text });
      return id;
    },
    finishTokenDecode: (id, text, source, decoded) =>
      set((state) => (id === state.tokenRequestId ? takeDecoded(state, text, source, decoded) : {})),
    setTokenRemovedFromUrl: () =>
      set((state) =>
        state.tokenSource === 'url' || state.tokenSource === 'shared-unsigned' ? { isTokenRemovedFromUrl: true } : {},
      ),
    setProviderError: (providerError) => set({ providerError }),
  });
}

/** What a new token text and its decode write: only `setToken` and `finishTokenDecode` call this. */
function takeDecoded(state: AppState, text: string, source: TokenSource, decoded: DecodedToken): Partial<AppState> {
  // Keys that came with the sample or an example leave with their token (keys-slice.ts).
  const derived = {
    tokenSource: source,
    decoded,
    isTokenRemovedFromUrl: false,
    isTokenPending: false,
    pendingTokenText: null,
    ...keysForToken(state, decoded),
  };
  // A refused input is not kept: megabytes in the store would only slow every later edit.
  return text.length > MAX_INPUT_CHARS
    ? { ...derived, tokenText: text.slice(0, REFUSED_PREVIEW_CHARS), refusedInputLength: text.length }
    : { ...derived, tokenText: text, refusedInputLength: null };
}

/** Decodes a token text somewhere other than the calling task (a worker); rejects if it cannot. */
export type DecodeElsewhere = (text: string) => Promise<DecodedToken>;

/**
 * From this length on a new token text is decoded elsewhere; below it, at once (no pending flash).
 * Measured in Node: decodeToken takes 1.5 ms at 100 KB, 6 ms at 300 KB, 28 ms at 1 MB, 330 ms at 10 MB.
 */
export const DECODE_ELSEWHERE_CHARS = 256 * 1024;

/**
 * Takes a new token text: a short one is decoded at once by `setToken`; a long one (up to the input
 * limit; a refused one costs nothing to decode) by `decodeElsewhere`, the token pending meanwhile. Only
 * the newest text's decode is taken; if decoding elsewhere fails, the text is decoded here after all.
 */
export async function takeTokenText(
  store: { getState: () => TokenSlice },
  text: string,
  source: TokenSource,
  decodeElsewhere: DecodeElsewhere,
): Promise<void> {
  const { setToken, beginTokenDecode } = store.getState();
  if (text.length < DECODE_ELSEWHERE_CHARS || text.length > MAX_INPUT_CHARS) {
    setToken(text, source);
    return;
  }
  const id = beginTokenDecode(text);
  let decoded: DecodedToken;
  try {
    decoded = await decodeElsewhere(text);
  } catch {
    if (store.getState().tokenRequestId === id) store.getState().setToken(text, source);
    return;
  }
  store.getState().finishTokenDecode(id, text, source, decoded);
}

/** What the token editor shows: the text being decoded elsewhere, else the token's. */
export function selectEditorText(state: TokenSlice): string {
  return state.pendingTokenText ?? state.tokenText;
}
