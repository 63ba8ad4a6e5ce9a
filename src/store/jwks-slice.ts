import type { StateCreator } from 'zustand';
import type { FindingCode, JwksDocument, KeySetEntry } from '../core';
import type { AppState } from './store';

/** The app-relative key set of the built-in demo issuer, so "Fetch keys" works on any static host. */
export const DEFAULT_JWKS_URL = './.well-known/jwks.json';

export type JwksCommand =
  | { kind: 'fetch'; url: string; force: boolean; reason: 'user' | 'refresh' | 'unknown-kid'; id: number }
  | { kind: 'discover'; issuer: string; id: number }
  /** SD-JWT VC §5: the issuer's `/.well-known/jwt-vc-issuer` metadata, then its keys. */
  | { kind: 'vc-issuer'; issuer: string; id: number };

export interface JwksProblem {
  code: FindingCode;
  message: string;
}

export interface JwksState {
  status: 'idle' | 'loading' | 'loaded' | 'failed';
  /** What is being, or was, requested — shown before and after the request. */
  url: string | null;
  discoveryUrl: string | null;
  document: JwksDocument | null;
  /** Milliseconds since the epoch. */
  fetchedAt: number | null;
  expiresAt: number | null;
  maxAgeSource: string | null;
  /** True when the answer came from the cache without asking the server. */
  fromCache: boolean;
  /** The server confirmed the cached set is current (same ETag). */
  isRevalidated: boolean;
  reason: string | null;
  problem: JwksProblem | null;
  keySet: KeySetEntry[];
}

export interface JwksSlice {
  jwksUrl: string;
  discoveryIssuer: string;
  /** The newest fetch the user (or a kid miss) asked for; the app's effect carries it out. */
  jwksCommand: JwksCommand | null;
  jwks: JwksState;
  setJwksUrl: (url: string) => void;
  setDiscoveryIssuer: (issuer: string) => void;
  requestJwksFetch: (url: string, options?: { force?: boolean; reason?: 'user' | 'refresh' | 'unknown-kid' }) => void;
  requestDiscovery: (issuer: string) => void;
  requestVcIssuerMetadata: (issuer: string) => void;
  /** Progress of the command `id`; ignored once a newer command exists. */
  updateJwks: (id: number, update: Partial<JwksState>) => void;
  clearJwks: () => void;
}

const IDLE: JwksState = {
  status: 'idle',
  url: null,
  discoveryUrl: null,
  document: null,
  fetchedAt: null,
  expiresAt: null,
  maxAgeSource: null,
  fromCache: false,
  isRevalidated: false,
  reason: null,
  problem: null,
  keySet: [],
};

export const createJwksSlice: StateCreator<AppState, [], [], JwksSlice> = (set, get) => ({
  jwksUrl: DEFAULT_JWKS_URL,
  discoveryIssuer: '',
  jwksCommand: null,
  jwks: IDLE,
  setJwksUrl: (jwksUrl) => set({ jwksUrl }),
  setDiscoveryIssuer: (discoveryIssuer) => set({ discoveryIssuer }),
  requestJwksFetch: (url, options = {}) =>
    set({
      jwksCommand: {
        kind: 'fetch',
        url,
        force: options.force ?? false,
        reason: options.reason ?? 'user',
        id: (get().jwksCommand?.id ?? 0) + 1,
      },
    }),
  requestDiscovery: (issuer) =>
    set({ jwksCommand: { kind: 'discover', issuer, id: (get().jwksCommand?.id ?? 0) + 1 } }),
  requestVcIssuerMetadata: (issuer) =>
    set({ jwksCommand: { kind: 'vc-issuer', issuer, id: (get().jwksCommand?.id ?? 0) + 1 } }),
  updateJwks: (id, update) => {
    if (get().jwksCommand?.id === id) set({ jwks: { ...get().jwks, ...update } });
  },
  clearJwks: () => set({ jwks: IDLE, jwksCommand: null }),
});
