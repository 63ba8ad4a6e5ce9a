import type { StateCreator } from 'zustand';
import {
  readTokenFacts,
  type DecodedToken,
  type Inspection,
  type InspectOptions,
  type ProfileChoice,
  type ProfileContext,
  type SecretEncoding,
} from '../core';
import type { KeyBindingInputs } from './expectations-slice';
import { selectEvaluationInstant } from './settings-slice';
import type { AppState } from './store';

/**
 * Everything an inspection is computed from, except the ticking clock: a result belongs to exactly these.
 * A pinned "Evaluate at" instant is one of them, so a result is tied to the instant it was computed for.
 */
export interface InspectionInputs {
  decoded: DecodedToken;
  verificationKey: string;
  decryptionKey: string;
  secretEncoding: SecretEncoding;
  detachedPayload: string;
  maxPbes2Count: number;
  expectedIssuer: string;
  expectedAudience: string;
  allowedAlgorithms: string;
  clockToleranceSec: number;
  profileChoice: ProfileChoice;
  profileContext: ProfileContext;
  keyBinding: KeyBindingInputs;
  jwksDocument: unknown;
  trustAnchors: string;
  /** "Evaluate at" (seconds), or null for the clock at the time of the check. */
  evaluateAt: number | null;
}

export interface InspectionSlice {
  inspection: Inspection | null;
  /** The inputs `inspection` was computed for; it is current only while they are the store's inputs. */
  inspectedInputs: InspectionInputs | null;
  /** Id of the newest request; an answer for an older one is dropped. */
  inspectionRequestId: number;
  inspectionError: string | null;
  /** Marks a new request and returns its id. */
  beginInspection: () => number;
  finishInspection: (requestId: number, result: Inspection, inputs: InspectionInputs) => void;
  /**
   * The same result with its claims checked again at a later instant; ignored when a newer result has
   * arrived since `base` was read (the clock tick must never overwrite a fresh inspection).
   */
  replaceClaims: (base: Inspection, rechecked: Inspection) => void;
  failInspection: (requestId: number, message: string) => void;
}

export const createInspectionSlice: StateCreator<AppState, [], [], InspectionSlice> = (set, get) => ({
  inspection: null,
  inspectedInputs: null,
  inspectionRequestId: 0,
  inspectionError: null,
  beginInspection: () => {
    const id = get().inspectionRequestId + 1;
    set({ inspectionRequestId: id });
    return id;
  },
  finishInspection: (requestId, inspection, inputs) => {
    if (requestId === get().inspectionRequestId) set({ inspection, inspectedInputs: inputs, inspectionError: null });
  },
  replaceClaims: (base, rechecked) => {
    if (get().inspection === base) set({ inspection: rechecked });
  },
  failInspection: (requestId, message) => {
    if (requestId === get().inspectionRequestId) set({ inspectionError: message, inspectedInputs: null });
  },
});

/** The store's current inspection inputs; compare them with `sameInputs`, never by identity of this object. */
export function selectInspectionInputs(state: AppState): InspectionInputs {
  return {
    decoded: state.decoded,
    verificationKey: state.verificationKey,
    decryptionKey: state.decryptionKey,
    secretEncoding: state.secretEncoding,
    detachedPayload: state.detachedPayload,
    maxPbes2Count: state.maxPbes2Count,
    expectedIssuer: state.expectedIssuer,
    expectedAudience: state.expectedAudience,
    allowedAlgorithms: state.allowedAlgorithms,
    clockToleranceSec: state.clockToleranceSec,
    profileChoice: state.profileChoice,
    profileContext: state.profileContext,
    keyBinding: state.keyBinding,
    jwksDocument: state.jwks.document,
    trustAnchors: state.trustAnchors,
    evaluateAt: state.evaluateAt,
  };
}

export function sameInputs(a: InspectionInputs, b: InspectionInputs): boolean {
  return (Object.keys(a) as Array<keyof InspectionInputs>).every((name) => Object.is(a[name], b[name]));
}

/** True from the moment an input changes until the result computed for the new inputs arrives. */
export function selectIsVerdictBusy(state: AppState): boolean {
  const inputs = state.inspectedInputs;
  if (state.isTokenPending || state.inspection === null || inputs === null) return true;
  return !sameInputs(inputs, selectInspectionInputs(state));
}

/**
 * The token's `iss`, for discovery: the inspection's payload (a nested token's, once decrypted) while that
 * inspection is of the token the editor holds, else what the decoder read from it; null while a text is
 * still being taken. A button that acts on the issuer never acts on the token before.
 */
export function selectTokenIssuer(state: AppState): string | null {
  if (state.isTokenPending) return null;
  const current = state.inspection !== null && state.inspectedInputs?.decoded === state.decoded;
  if (!current) return readTokenFacts(state.decoded).iss;
  const claims = state.inspection?.payload?.json;
  if (typeof claims !== 'object' || claims === null || !Object.hasOwn(claims, 'iss')) return null;
  const iss = (claims as { iss?: unknown }).iss;
  return typeof iss === 'string' ? iss : null;
}

/** The options `inspect` needs for these inputs, checked at their "Evaluate at", else at the clock's `nowSeconds`. */
export function toInspectOptions(inputs: InspectionInputs, nowSeconds: number): InspectOptions {
  const algorithms = inputs.allowedAlgorithms.split(/[\s,]+/).filter(Boolean);
  const expected: NonNullable<InspectOptions['expected']> = {};
  if (inputs.expectedIssuer.trim()) expected.issuer = inputs.expectedIssuer.trim();
  if (inputs.expectedAudience.trim()) expected.audience = inputs.expectedAudience.trim();
  if (algorithms.length > 0) expected.algorithms = algorithms;
  return {
    verificationKey: inputs.verificationKey,
    decryptionKey: inputs.decryptionKey,
    secretEncoding: inputs.secretEncoding,
    ...(inputs.detachedPayload ? { detachedPayload: inputs.detachedPayload } : {}),
    maxPbes2Count: inputs.maxPbes2Count,
    ...(inputs.jwksDocument ? { jwks: inputs.jwksDocument } : {}),
    expected,
    now: selectEvaluationInstant({ evaluateAt: inputs.evaluateAt, nowSeconds }),
    clockToleranceSec: inputs.clockToleranceSec,
    profile: inputs.profileChoice,
    context: inputs.profileContext,
    ...(inputs.trustAnchors.trim() ? { trustAnchors: inputs.trustAnchors } : {}),
    ...toKeyBindingOptions(inputs.keyBinding),
  };
}

/** Only what the user set: a blank audience or nonce is not checked (RFC 9901 §7.3 leaves both to the verifier). */
function toKeyBindingOptions({ required, audience, nonce }: KeyBindingInputs): Pick<InspectOptions, 'keyBinding'> {
  const keyBinding: NonNullable<InspectOptions['keyBinding']> = {};
  if (required) keyBinding.required = true;
  if (audience.trim()) keyBinding.audience = audience.trim();
  if (nonce.trim()) keyBinding.nonce = nonce.trim();
  return Object.keys(keyBinding).length > 0 ? { keyBinding } : {};
}
