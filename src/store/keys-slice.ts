import type { StateCreator } from 'zustand';
import { DEFAULT_MAX_PBES2_COUNT, type SecretEncoding } from '../core';
import type { AppState } from './store';

export interface KeysSlice {
  /** Pasted key material; kept in memory only, never in the URL or storage. */
  verificationKey: string;
  decryptionKey: string;
  secretEncoding: SecretEncoding;
  /** For a JWS whose payload segment is empty (RFC 7515 Appendix F). */
  detachedPayload: string;
  /** PBES2 iteration cap; raising it is the user's explicit choice (the work runs in a worker). */
  maxPbes2Count: number;
  setVerificationKey: (text: string) => void;
  setDecryptionKey: (text: string) => void;
  setSecretEncoding: (encoding: SecretEncoding) => void;
  setDetachedPayload: (text: string) => void;
  setMaxPbes2Count: (count: number) => void;
}

export const createKeysSlice: StateCreator<AppState, [], [], KeysSlice> = (set) => ({
  verificationKey: '',
  decryptionKey: '',
  secretEncoding: 'utf8',
  detachedPayload: '',
  maxPbes2Count: DEFAULT_MAX_PBES2_COUNT,
  setVerificationKey: (verificationKey) => set({ verificationKey }),
  setDecryptionKey: (decryptionKey) => set({ decryptionKey }),
  setSecretEncoding: (secretEncoding) => set({ secretEncoding }),
  setDetachedPayload: (detachedPayload) => set({ detachedPayload }),
  setMaxPbes2Count: (count) =>
    set({ maxPbes2Count: Number.isFinite(count) && count >= 1 ? Math.floor(count) : DEFAULT_MAX_PBES2_COUNT }),
});
