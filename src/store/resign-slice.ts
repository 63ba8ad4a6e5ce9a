import type { StateCreator } from 'zustand';
import type { ResignRequest } from '../core';
import type { AppState } from './store';

export interface ResignSlice {
  /**
   * The token "Edit and re-sign" last handed to the issuer, with what it was inspected with; `id` tells
   * one click from the next. The issuer (loaded lazily) turns it into the header, claims and key to edit.
   */
  resignRequest: (ResignRequest & { id: number }) | null;
  /** Hands the inspector's token to "Issue a token" and opens it. */
  editAndResign: () => void;
}

export const createResignSlice: StateCreator<AppState, [], [], ResignSlice> = (set, get) => ({
  resignRequest: null,
  editAndResign: () => {
    const state = get();
    // Only an inspection of this very token: a JWE's inner JWS comes from it.
    const isCurrent = state.inspectedInputs?.decoded === state.decoded;
    set({
      resignRequest: {
        id: (state.resignRequest?.id ?? 0) + 1,
        decoded: state.decoded,
        inspection: isCurrent ? state.inspection : null,
        verificationKey: state.verificationKey,
        secretEncoding: state.secretEncoding,
        detachedPayload: state.detachedPayload,
      },
      view: 'issue',
    });
  },
});
