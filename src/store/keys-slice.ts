import type { StateCreator } from 'zustand';
import { DEFAULT_MAX_PBES2_COUNT, type DecodedToken, type SecretEncoding } from '../core';
import type { AppState } from './store';

/**
 * Where a key box's text came from: typed or pasted by the user, the built-in sample's key, a gallery
 * example's, a token issued in the issuer view ("Inspect this token"), or a generated key.
 */
export type KeyProvenance = 'typed' | 'sample' | 'example' | 'issued' | 'generated';

/** The two key boxes, named as the findings about them name their source. */
export type KeyBox = 'verification-key' | 'decryption-key';

/** A key that left its box because another token was loaded. */
export interface RemovedKey {
  box: KeyBox;
  from: KeyProvenance;
}

/** Keys that only belong with the token they came with: loading another token drops them. */
const BOUND_TO_TOKEN: ReadonlySet<KeyProvenance> = new Set(['sample', 'example']);

export interface KeysSlice {
  /** Pasted key material; kept in memory only, never in the URL or storage. */
  verificationKey: string;
  decryptionKey: string;
  verificationKeyFrom: KeyProvenance;
  decryptionKeyFrom: KeyProvenance;
  /** Which token the sample's or an example's keys came with (`tokenIdentity`); null when none. */
  keysBoundTo: string | null;
  /** Keys dropped the last time another token was loaded; the keys panel says so in one line. */
  removedKeys: RemovedKey[];
  secretEncoding: SecretEncoding;
  /** For a JWS whose payload segment is empty (RFC 7515 Appendix F). */
  detachedPayload: string;
  /** PBES2 iteration cap; raising it is the user's explicit choice (the work runs in a worker). */
  maxPbes2Count: number;
  /** PEM certificates of the CAs the user trusts: a token's x5c chain that ends at one is used to verify it. */
  trustAnchors: string;
  setVerificationKey: (text: string, from?: KeyProvenance) => void;
  setDecryptionKey: (text: string, from?: KeyProvenance) => void;
  /** Moves a box's key to the other box (their texts swap, so nothing is lost), keeping where it came from. */
  moveKey: (from: KeyBox) => void;
  /** Both boxes, the detached payload and the trust anchors emptied, nothing bound, no notice. */
  clearKeys: () => void;
  setSecretEncoding: (encoding: SecretEncoding) => void;
  setDetachedPayload: (text: string) => void;
  setMaxPbes2Count: (count: number) => void;
  setTrustAnchors: (text: string) => void;
}

const BOXES: readonly KeyBox[] = ['verification-key', 'decryption-key'];

function readBox(state: KeysSlice, box: KeyBox): { text: string; from: KeyProvenance } {
  return box === 'verification-key'
    ? { text: state.verificationKey, from: state.verificationKeyFrom }
    : { text: state.decryptionKey, from: state.decryptionKeyFrom };
}

function writeBox(box: KeyBox, { text, from }: { text: string; from: KeyProvenance }): Partial<KeysSlice> {
  return box === 'verification-key'
    ? { verificationKey: text, verificationKeyFrom: from }
    : { decryptionKey: text, decryptionKeyFrom: from };
}

/** Every box empty, nothing bound to a token, no notice: the start, and what "Clear all" returns to. */
const NO_KEYS = {
  verificationKey: '',
  decryptionKey: '',
  verificationKeyFrom: 'typed',
  decryptionKeyFrom: 'typed',
  keysBoundTo: null,
  removedKeys: [],
  detachedPayload: '',
  trustAnchors: '',
} as const satisfies Partial<KeysSlice>;

export const createKeysSlice: StateCreator<AppState, [], [], KeysSlice> = (set) => {
  /** A key set by the sample or an example belongs to the token now loaded; setting any key ends the notice. */
  const setKey = (box: KeyBox, text: string, from: KeyProvenance) =>
    set((state) => ({
      ...writeBox(box, { text, from }),
      removedKeys: [],
      ...(BOUND_TO_TOKEN.has(from) ? { keysBoundTo: tokenIdentity(state.decoded) } : {}),
    }));
  return {
    ...NO_KEYS,
    secretEncoding: 'utf8',
    maxPbes2Count: DEFAULT_MAX_PBES2_COUNT,
    setVerificationKey: (text, from = 'typed') => setKey('verification-key', text, from),
    setDecryptionKey: (text, from = 'typed') => setKey('decryption-key', text, from),
    moveKey: (from) =>
      set((state) => {
        const to: KeyBox = from === 'verification-key' ? 'decryption-key' : 'verification-key';
        return { ...writeBox(to, readBox(state, from)), ...writeBox(from, readBox(state, to)) };
      }),
    clearKeys: () => set(NO_KEYS),
    setSecretEncoding: (secretEncoding) => set({ secretEncoding }),
    setDetachedPayload: (detachedPayload) => set({ detachedPayload }),
    setMaxPbes2Count: (count) =>
      set({ maxPbes2Count: Number.isFinite(count) && count >= 1 ? Math.floor(count) : DEFAULT_MAX_PBES2_COUNT }),
    setTrustAnchors: (trustAnchors) => set({ trustAnchors }),
  };
};

/**
 * What makes a token "the same token" for its keys: its header segment (alg, kid, issuer's choices). An
 * edited payload keeps it, so tampering with the sample still meets the sample's key and shows as invalid;
 * a pasted token from elsewhere, a cleared box or a URL intake has another.
 */
export function tokenIdentity(decoded: DecodedToken): string {
  return decoded.parts.find((p) => p.name === 'header')?.encoded ?? decoded.input.text;
}

/**
 * The key changes that go with loading `decoded`: keys that came with the sample or an example leave when
 * another token arrives (and the notice names them); keys the user typed, issued or generated always stay.
 */
export function keysForToken(state: KeysSlice, decoded: DecodedToken): Partial<KeysSlice> {
  if (state.keysBoundTo === null || state.keysBoundTo === tokenIdentity(decoded)) return {};
  const removed = BOXES.map((box) => ({ box, ...readBox(state, box) })).filter(
    ({ text, from }) => text !== '' && BOUND_TO_TOKEN.has(from),
  );
  if (removed.length === 0) return { keysBoundTo: null };
  return {
    ...removed.reduce<Partial<KeysSlice>>(
      (update, { box }) => ({ ...update, ...writeBox(box, { text: '', from: 'typed' }) }),
      {},
    ),
    keysBoundTo: null,
    removedKeys: removed.map(({ box, from }) => ({ box, from })),
  };
}
