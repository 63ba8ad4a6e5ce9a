import type { StateCreator } from 'zustand';
import type { SecretEncoding } from '../core';
import type { AppState } from './store';

export interface KeysSlice {
  /** Pasted key material; kept in memory only, never in the URL or storage. */
  verificationKey: string;
  decryptionKey: string;
  secretEncoding: SecretEncoding;
  setVerificationKey: (text: string) => void;
  setDecryptionKey: (text: string) => void;
  setSecretEncoding: (encoding: SecretEncoding) => void;
}

export const createKeysSlice: StateCreator<AppState, [], [], KeysSlice> = (set) => ({
  verificationKey: '',
  decryptionKey: '',
  secretEncoding: 'utf8',
  setVerificationKey: (verificationKey) => set({ verificationKey }),
  setDecryptionKey: (decryptionKey) => set({ decryptionKey }),
  setSecretEncoding: (secretEncoding) => set({ secretEncoding }),
});
