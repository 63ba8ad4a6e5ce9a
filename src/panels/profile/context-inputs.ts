import {
  listContextInputs,
  type ContextInput,
  type InspectionProfile,
  type ProfileChoice,
  type ProfileContext,
  type ProfileId,
} from '../../core';

export interface ContextField {
  /** The label, and the input's accessible name (CONTRACTS.md, "Token profiles"). */
  label: string;
  kind: 'text' | 'token' | 'seconds';
  placeholder?: string;
}

/** One row per context input: how it is labelled and entered. Tokens get a textarea (they run long). */
export const CONTEXT_FIELDS: Readonly<Record<ContextInput, ContextField>> = {
  clientId: { label: 'Client ID', kind: 'text', placeholder: 'my-client' },
  nonce: { label: 'Nonce', kind: 'text', placeholder: 'sent in the authorization request' },
  maxAgeSec: { label: 'Max age (seconds)', kind: 'seconds', placeholder: 'max_age sent, if any' },
  accessToken: { label: 'Access token', kind: 'token', placeholder: 'the access token that came with it' },
  code: { label: 'Authorization code', kind: 'text' },
  state: { label: 'State', kind: 'text' },
  httpMethod: { label: 'HTTP method', kind: 'text', placeholder: 'POST' },
  httpUri: { label: 'HTTP URI', kind: 'text', placeholder: 'https://api.example.com/resource' },
  dpopNonce: { label: 'DPoP nonce', kind: 'text', placeholder: 'the server’s DPoP-Nonce' },
  dpopProof: { label: 'DPoP proof', kind: 'token', placeholder: 'the DPoP header sent with it' },
};

export interface ContextInputPlan {
  /** The profile whose inputs are shown: the chosen one, or under Auto the one the inspection detected. */
  profileId: ProfileId | null;
  /** The inputs that profile's rules read, in the contract's order. */
  shown: ContextInput[];
  /** Inputs holding a value that the profile in effect does not read: kept, listed, clearable. */
  hidden: ContextInput[];
}

/**
 * Which context inputs to show. Under Auto the profile comes from the latest inspection (possibly one
 * still being replaced: the panel marks itself busy meanwhile); with nothing inspected, none are shown.
 */
export function planContextInputs(
  choice: ProfileChoice,
  detected: Pick<InspectionProfile, 'id'> | null,
  context: ProfileContext,
): ContextInputPlan {
  const profileId = choice === 'auto' ? (detected?.id ?? null) : choice;
  const shown = profileId === null ? [] : listContextInputs(profileId);
  const hidden = (Object.keys(CONTEXT_FIELDS) as ContextInput[]).filter(
    (name) => hasValue(context, name) && !shown.includes(name),
  );
  return { profileId, shown, hidden };
}

function hasValue(context: ProfileContext, name: ContextInput): boolean {
  if (!Object.hasOwn(context, name)) return false;
  const value = context[name];
  return typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && value !== '';
}
