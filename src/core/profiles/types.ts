import type { ClaimsObject } from '../claims/claim-check-result';
import type { FindingCode } from '../findings/catalogue';
import type { Expectations, SignatureVerdict } from '../inspect/types';
import type { JsonObject, PartName, Severity } from '../types';

/** What a token is for; `jwt` is a plain JWT with no profile rules beyond RFC 7519. */
export type ProfileId =
  | 'jwt'
  | 'id-token'
  | 'access-token'
  | 'dpop-proof'
  | 'logout-token'
  | 'security-event'
  | 'client-assertion'
  | 'request-object'
  | 'jarm-response'
  | 'sd-jwt-vc';

/** What the user asked for: a profile, or `auto` (detect it). */
export type ProfileChoice = 'auto' | ProfileId;

/** What the relying party knows from its side of the exchange; every member optional. */
export interface ProfileContext {
  clientId?: string;
  nonce?: string;
  accessToken?: string;
  code?: string;
  state?: string;
  maxAgeSec?: number;
  httpMethod?: string;
  httpUri?: string;
  dpopNonce?: string;
  dpopProof?: string;
}

export type ContextInput = keyof ProfileContext;

/** How the profile was settled: the header's `typ`, the claims, the user's choice, or nothing matched. */
export type ProfileSource = 'typ' | 'claims' | 'chosen' | 'default';

export type ProfileCheckStatus = 'passed' | 'failed' | 'skipped';

/** One profile rule as it came out for this token. */
export interface ProfileCheck {
  name: string;
  status: ProfileCheckStatus;
  detail: string;
  /** The spec section the rule comes from. */
  ref: string;
  /** The finding code the rule raises when it fails. */
  code: FindingCode;
  /** Of the finding a failed check raised: a warning leaves the claims valid. */
  severity?: Severity;
}

/** A hash of something the user typed in, or why it could not be computed. */
export type Digest =
  | { value: string }
  /** `isUnreadable`: the value cannot be known from here (an opaque or encrypted token), which is no failure. */
  | { value: null; why: string; isUnreadable?: true };

/**
 * The values that tie tokens together, computed once (WebCrypto is asynchronous) before the rules run,
 * so a clock tick can re-run the rules without hashing again. All base64url.
 */
export interface LinkFacts {
  /** The hash the header's `alg` names for `at_hash`/`c_hash`/`s_hash` (OIDC Core §3.1.3.6), and why. */
  halfHash: { hash: 'SHA-256' | 'SHA-384' | 'SHA-512' | null; why: string };
  /** Left halves over the ASCII of the given access token, code and state. */
  atHash?: Digest;
  cHash?: Digest;
  sHash?: Digest;
  /** SHA-256 of the given access token (RFC 9449 §4.2 `ath`). */
  accessTokenAth?: Digest;
  /** SHA-256 of this token's own text: what a DPoP proof sent with it must carry as `ath`. */
  ownAth: string;
  /** RFC 7638 thumbprint (SHA-256) of this token's header `jwk`, when it has a usable one. */
  ownJwkThumbprint?: Digest;
  /** The given access token's `cnf.jkt` (RFC 9449 §6.1), or why there is none. */
  accessTokenJkt?: Digest;
  /** The given DPoP proof's `ath` and its header key's thumbprint. */
  proofAth?: Digest;
  proofJwkThumbprint?: Digest;
}

/** The profile part of a report (`Inspection.profile`). */
export interface InspectionProfile {
  id: ProfileId;
  by: ProfileSource;
  /** Why: "typ is \"dpop+jwt\"", "has nonce and at_hash", "chosen"… */
  reason: string;
  /** What the token says it is, when the user chose another profile (`token-confusion`). */
  detected?: { id: ProfileId; by: ProfileSource; reason: string };
  checks: ProfileCheck[];
  links: LinkFacts;
}

/** Everything a rule may read; nothing here is fetched. */
export interface RuleInput {
  claims: ClaimsObject;
  /** The JOSE header of the innermost JWS (or of the token). */
  header: JsonObject | null;
  context: ProfileContext;
  expected: Expectations;
  /** Seconds since the epoch. */
  now: number;
  clockToleranceSec: number;
  links: LinkFacts;
  signature: SignatureVerdict;
  /** For an SD-JWT: the top-level claim names that came from disclosures (RFC 9901). */
  disclosedNames: string[];
}

/** What a rule says: passed or skipped with a detail, or failed with the finding to raise. */
export type RuleOutcome =
  | { status: 'passed' | 'skipped'; detail: string }
  | {
      status: 'failed';
      detail: string;
      message: string;
      /** Overrides the catalogue's severity (a SHOULD is a warning). */
      severity?: Severity;
      /** Overrides the rule's code (one rule, two kinds of failure: missing vs mismatch). */
      code?: FindingCode;
      part?: PartName;
      name?: string;
    };

/** One row of a profile's table: the rule, its spec section and its check. */
export interface ProfileRule {
  name: string;
  /** What is checked, in a few words, for the rule list and the teaching page. */
  title: string;
  ref: string;
  code: FindingCode;
  /** The context inputs the rule reads; the UI shows only those its profile uses. */
  uses?: ContextInput[];
  /** A step of the flow diagram ("check ath"), for the rules worth drawing. */
  step?: string;
  /** What ties the token to another one the user gave, for the diagram's link ("at_hash", "ath", "cnf.jkt"). */
  link?: string;
  check: (input: RuleInput) => RuleOutcome;
}

/** One profile: what it is, how it is recognised, and its rules. */
export interface Profile {
  id: ProfileId;
  title: string;
  /** The spec that defines it. */
  spec: string;
  /** Registered `typ` values (RFC 8725 §3.11), lower case, without "application/". */
  typ: string[];
  /**
   * The profile's tokens carry no `exp` (a DPoP proof is bounded by its `iat` window instead, RFC 9449
   * §4.2), so a missing one is no finding.
   */
  hasNoExp?: true;
  /** What it is for, who makes it, who checks it: the teaching page. */
  purpose: string;
  madeBy: string;
  checkedBy: string;
  rules: ProfileRule[];
}
