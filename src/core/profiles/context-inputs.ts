import type { ContextInput } from './types';

export interface ContextInputInfo {
  /** The box's label and accessible name (CONTRACTS.md, "Token profiles"). */
  label: string;
  /** How it is entered: one line, a token (runs long: a textarea), or a count of seconds. */
  kind: 'text' | 'token' | 'seconds';
  placeholder?: string;
}

/**
 * The relying party's context, one row per input, in the contract's order: the profile panel, the teaching
 * pages and the rule tables (`ProfileRule.uses`) all read this table.
 */
export const CONTEXT_INPUTS: Readonly<Record<ContextInput, ContextInputInfo>> = {
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
