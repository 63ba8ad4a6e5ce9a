import type { StateCreator } from 'zustand';
import type { FoundToken } from '../core';
import type { AppState } from './store';

/** The tokens found in a paste or an opened file that was not exactly one token. */
export interface FoundSet {
  origin: 'paste' | 'file';
  /** The file's name; null for a paste. */
  name: string | null;
  /** Characters of the paste, bytes of the file. */
  size: number;
  /** The pasted text, kept so nothing pasted is lost; null for a file (it may be megabytes). */
  text: string | null;
  tokens: FoundToken[];
}

export type FindStatus =
  | { state: 'idle' }
  | { state: 'busy'; stage: 'reading' | 'searching'; done: number; total: number; name: string | null }
  | { state: 'failed'; message: string };

export interface FoundSlice {
  found: FoundSet | null;
  findStatus: FindStatus;
  setFound: (found: FoundSet | null) => void;
  setFindStatus: (status: FindStatus) => void;
}

export const createFoundSlice: StateCreator<AppState, [], [], FoundSlice> = (set) => ({
  found: null,
  findStatus: { state: 'idle' },
  setFound: (found) => set({ found }),
  setFindStatus: (findStatus) => set({ findStatus }),
});
