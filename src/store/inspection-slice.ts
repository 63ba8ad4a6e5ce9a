import type { StateCreator } from 'zustand';
import type { Inspection, InspectOptions } from '../core';
import type { AppState } from './store';

export interface InspectionSlice {
  inspection: Inspection | null;
  /** Id of the newest request; an answer for an older one is dropped. */
  inspectionRequestId: number;
  isInspecting: boolean;
  inspectionError: string | null;
  /** Marks a new request and returns its id. */
  beginInspection: () => number;
  finishInspection: (requestId: number, result: Inspection) => void;
  failInspection: (requestId: number, message: string) => void;
}

export const createInspectionSlice: StateCreator<AppState, [], [], InspectionSlice> = (set, get) => ({
  inspection: null,
  inspectionRequestId: 0,
  isInspecting: false,
  inspectionError: null,
  beginInspection: () => {
    const id = get().inspectionRequestId + 1;
    set({ inspectionRequestId: id, isInspecting: true });
    return id;
  },
  finishInspection: (requestId, inspection) => {
    if (requestId === get().inspectionRequestId) set({ inspection, isInspecting: false, inspectionError: null });
  },
  failInspection: (requestId, message) => {
    if (requestId === get().inspectionRequestId) set({ isInspecting: false, inspectionError: message });
  },
});

/** The options `inspect` needs, read from the store's inputs. */
export function selectInspectOptions(state: AppState): InspectOptions {
  const algorithms = state.allowedAlgorithms.split(/[\s,]+/).filter(Boolean);
  const expected: NonNullable<InspectOptions['expected']> = {};
  if (state.expectedIssuer.trim()) expected.issuer = state.expectedIssuer.trim();
  if (state.expectedAudience.trim()) expected.audience = state.expectedAudience.trim();
  if (algorithms.length > 0) expected.algorithms = algorithms;
  return {
    verificationKey: state.verificationKey,
    decryptionKey: state.decryptionKey,
    secretEncoding: state.secretEncoding,
    ...(state.detachedPayload ? { detachedPayload: state.detachedPayload } : {}),
    maxPbes2Count: state.maxPbes2Count,
    ...(state.jwks.document ? { jwks: state.jwks.document } : {}),
    expected,
    now: state.nowSeconds,
    clockToleranceSec: state.clockToleranceSec,
  };
}
