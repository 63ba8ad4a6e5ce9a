import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface ExpectationsSlice {
  expectedIssuer: string;
  expectedAudience: string;
  /** Comma- or space-separated alg/enc names; empty allows every supported algorithm. */
  allowedAlgorithms: string;
  clockToleranceSec: number;
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
  setExpectedIssuer: (expectedIssuer) => set({ expectedIssuer }),
  setExpectedAudience: (expectedAudience) => set({ expectedAudience }),
  setAllowedAlgorithms: (allowedAlgorithms) => set({ allowedAlgorithms }),
  setClockTolerance: (seconds) =>
    set({ clockToleranceSec: Number.isFinite(seconds) && seconds >= 0 ? Math.floor(seconds) : 0 }),
});
