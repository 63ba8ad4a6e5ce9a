import type { Finding } from '../types';

/** `trusted`: the chain is sound and ends at a given anchor; `untrusted`: sound but reaches none; `invalid`: broken. */
export type X5cStatus = 'trusted' | 'untrusted' | 'invalid';

/** Why a chain is not trusted, one reason per failure; consumers switch on this, never on a message. */
export type X5cFailureReason =
  | 'not-a-chain'
  | 'chain-too-long'
  | 'certificate-too-large'
  | 'base64-invalid'
  | 'certificate-unreadable'
  | 'not-yet-valid'
  | 'expired'
  | 'issuer-mismatch'
  | 'signature-invalid'
  | 'not-a-ca'
  | 'path-length-exceeded'
  | 'ca-key-usage'
  | 'leaf-key-usage'
  | 'thumbprint-mismatch'
  | 'no-trust-anchor'
  | 'library-unavailable';

export interface X5cFailure {
  reason: X5cFailureReason;
  /** Position in `x5c` (0 is the leaf), `anchor` for the trust anchor that signs the last one, null for the whole chain. */
  index: number | 'anchor' | null;
}

export interface X5cChainInput {
  /** The header's `x5c`: base64 (not base64url) DER certificates, leaf first (RFC 7515 §4.1.6). */
  x5c: unknown;
  /** PEM text with the certificates the user trusts. */
  trustAnchors: string;
  /** The evaluation instant, in seconds since the epoch. */
  now: number;
  /** The header's `x5t#S256` (RFC 7515 §4.1.8), when it has one. */
  x5tS256?: unknown;
  /** The header's `x5t` (RFC 7515 §4.1.7), when it has one. */
  x5t?: unknown;
}

export interface X5cChainResult {
  status: X5cStatus;
  /** One per failure (`x5c-chain-invalid`, `x5c-untrusted`), `x5c-chain-valid` when trusted, `trust-anchor-invalid` per unusable anchor. */
  findings: Finding[];
  failures: X5cFailure[];
  /** The leaf certificate as PEM: only when the chain is trusted. */
  leafPem?: string;
  /** Subject of the leaf (its CN when it has one): only when trusted. */
  leafName?: string;
  /** Subject of the anchor the chain reached: only when trusted. */
  anchorName?: string;
}
