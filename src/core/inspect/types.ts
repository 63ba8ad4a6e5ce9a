import type { InspectionProfile, ProfileChoice, ProfileContext } from '../profiles/types';
import type { KeyBindingOptions, SdJwtReport } from '../sd-jwt/types';
import type { DecodedPart, Finding, TokenFormat } from '../types';

export type SignatureVerdict = 'valid' | 'invalid' | 'not-verified' | 'unsupported' | 'unsecured' | 'not-applicable';
export type DecryptionVerdict = 'decrypted' | 'failed' | 'not-decrypted' | 'unsupported' | 'not-applicable';
export type ClaimsVerdict = 'valid' | 'invalid' | 'not-applicable';
export type SecretEncoding = 'utf8' | 'base64' | 'base64url' | 'hex';

export interface Expectations {
  issuer?: string;
  audience?: string;
  subject?: string;
  typ?: string;
  /** Allow-list of `alg` (and `enc`) values; empty or absent allows every supported algorithm. */
  algorithms?: string[];
}

export interface InspectOptions {
  /** Pasted as-is: PEM (SPKI, PKCS#8, PKCS#1, SEC1, X.509), JWK, JWKS JSON, or an HMAC secret. */
  verificationKey?: string;
  /** Same forms, or a PBES2 password, or a dir / A*KW symmetric key. */
  decryptionKey?: string;
  /** How to read a secret; default utf8. */
  secretEncoding?: SecretEncoding;
  /** An already-fetched JWKS document. */
  jwks?: unknown;
  /** For a JWS with an empty payload segment (incl. RFC 7797 b64=false). */
  detachedPayload?: string;
  expected?: Expectations;
  /** Seconds since the epoch; default: the clock. */
  now?: number;
  /** Default 60. */
  clockToleranceSec?: number;
  /** PBES2 iteration cap, checked before any PBKDF2 runs; default 10,000. */
  maxPbes2Count?: number;
  /** Decompressed-size cap for `zip: DEF`, in bytes; default 250,000. */
  maxDecompressedBytes?: number;
  /** What to validate the token as; default `auto` (its typ, then its claims). */
  profile?: ProfileChoice;
  /** What the relying party knows: client ID, nonce, the access token sent with it, … */
  context?: ProfileContext;
  /** PEM certificates of the CAs the user trusts: a header `x5c` chain that ends at one of them is used (RFC 7515 §4.1.6). */
  trustAnchors?: string;
  /** An SD-JWT verifier's key-binding policy (RFC 9901 §7.3). */
  keyBinding?: KeyBindingOptions;
}

/**
 * How keys were chosen for one entry (RFC 7515 §4.1.4, RFC 7517 §4.5): `matched` — a key has the token's
 * kid; `tried-unnamed` — the token names no kid, or no given key has one, so every key was a candidate;
 * `not-found` — the token's kid names none of the keys that have one; `no-keys` — no key was given;
 * `type-mismatch` — the header's kid is not a string, so it matches nothing and nothing is tried.
 */
export type KeySelectionOutcome = 'matched' | 'tried-unnamed' | 'not-found' | 'no-keys' | 'type-mismatch';

export interface KeySelection {
  /** The token's kid when it is a string. */
  kid: string | null;
  outcome: KeySelectionOutcome;
  /** How many keys were actually tried for this entry. */
  tried: number;
}

/** The outcome for one signature or recipient of a token. */
export interface EntryVerdict {
  index: number;
  alg: string | null;
  kid: string | null;
  verdict: SignatureVerdict | DecryptionVerdict;
  keySelection: KeySelection;
  /** Which key verified or decrypted it, in plain words. */
  keyUsed?: string;
  /**
   * Set when the entry was verified with the key in its own header — only a DPoP proof's `jwk` (RFC 9449
   * §4.3): the RFC 7638 thumbprint of that key, or null when it has no usable one.
   */
  embeddedKey?: { thumbprint: string | null };
}

export interface Layer {
  kind: 'jws' | 'jwe';
  format: TokenFormat;
  /** Protected and unprotected members of the first entry. */
  header: Record<string, unknown> | null;
  parts: DecodedPart[];
  verdict: SignatureVerdict | DecryptionVerdict;
  entries: EntryVerdict[];
}

export type ClaimCheckStatus = 'passed' | 'failed' | 'skipped';

/** One claim check, so a report can say which passed as well as which failed. */
export interface ClaimCheck {
  name: 'exp' | 'nbf' | 'iat' | 'iss' | 'aud' | 'sub' | 'typ' | 'alg' | 'types';
  status: ClaimCheckStatus;
  detail: string;
}

export interface Inspection {
  format: TokenFormat;
  /** Outermost first; a JWS inside a JWE gives two layers. */
  layers: Layer[];
  /** Innermost readable payload. */
  payload: { text: string; json?: unknown } | null;
  /** Of the innermost JWS. */
  signature: SignatureVerdict;
  /** Of the outermost JWE. */
  decryption: DecryptionVerdict;
  claims: ClaimsVerdict;
  claimChecks: ClaimCheck[];
  findings: Finding[];
  /** An SD-JWT's disclosures and key binding (RFC 9901); null for any other token. */
  sdJwt: SdJwtReport | null;
  /** What the token was validated as, why, and each rule of that profile; null when nothing was decoded. */
  profile: InspectionProfile | null;
  /** One line a person understands: "Signature verified with key kid=… · expired 3 h ago". */
  headline: string;
}
