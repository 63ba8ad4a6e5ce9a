import type { FindingCode } from './findings/catalogue';

export type Severity = 'error' | 'warning' | 'info';

/** Half-open character range [start, end) into the text the user pasted (before any clean-up). */
export interface SourceRange {
  start: number;
  end: number;
}

export type PartName =
  | 'header'
  | 'payload'
  | 'signature'
  | 'encrypted-key'
  | 'iv'
  | 'ciphertext'
  | 'tag'
  | 'aad'
  | 'unprotected-header'
  | 'disclosure'
  | 'kb-header'
  | 'kb-payload'
  | 'kb-signature';

/** Which input a finding is about: the token, a key box, the fetched key set, the expectations, … */
export type FindingSource =
  'token' | 'verification-key' | 'decryption-key' | 'jwks' | 'expectations' | 'context' | 'trust-anchors';

/** The step of an inspection that reported a finding. */
export type FindingStage = 'intake' | 'decode' | 'key' | 'verify' | 'decrypt' | 'claims' | 'profile' | 'sd-jwt';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: string;
  hint?: string;
  source: FindingSource;
  stage: FindingStage;
  /** The header parameter or claim the finding is about, when it is about one (`kid`, `exp`, …). */
  name?: string;
  /** Signature or recipient index (general JSON serialization), when the finding is about one entry. */
  entry?: number;
  /** How many further findings of the same code, layer and part were folded into this one. */
  repeats?: number;
  /** Which decoded part the finding is about. */
  part?: PartName;
  /** Where in the pasted text, so an editor can underline it. */
  at?: SourceRange;
  /** Index of the layer (outermost first) for nested tokens. */
  layer?: number;
}

/** What reading a JSON number as a JavaScript double costs (see `readNumberText` in core/json). */
export type NumberLoss = 'none' | 'rounded' | 'out-of-range' | 'unsafe-integer';

/**
 * A JSON number JavaScript does not print back as written (RFC 8259 §6): the text as written, beside the
 * value `JSON.parse` gives. `loss` other than `none` is a `json-number-imprecise` finding.
 */
export interface JsonNumberText {
  /** Same notation as duplicate-member findings: `$.id`, `$.aud[1]`, `$["x-y"]`. */
  path: string;
  text: string;
  value: number;
  loss: NumberLoss;
}

export type PartContent =
  | {
      type: 'json';
      text: string;
      value: unknown;
      /** Numbers JavaScript would print otherwise than written, in text order; absent when there are none. */
      numbers?: JsonNumberText[];
    }
  | { type: 'text'; text: string }
  | { type: 'binary'; hex: string };

export interface DecodedPart {
  name: PartName;
  /** The name the UI shows and the accessible name of its region ("Header", "Encrypted key", …). */
  label: string;
  /** Signature or recipient index in a general JSON serialization. */
  entry?: number;
  range: SourceRange | null;
  encoded: string;
  /** Decoded length; null when the segment is not valid base64url. */
  byteLength: number | null;
  content: PartContent | null;
  /** One line on what this part holds. */
  explanation: string;
  hasError: boolean;
  /** The payload is not in the token and must be supplied to verify (RFC 7515 Appendix F). */
  isDetached?: true;
}

export type TokenFormat = 'jws-compact' | 'jwe-compact' | 'jws-json' | 'jwe-json' | 'sd-jwt' | 'sd-jwt-json' | 'unknown';

export interface NormalizedInput {
  /** The text that was decoded: a contiguous slice of the pasted text. */
  text: string;
  /** Where `text` starts in the pasted text. */
  offset: number;
  /** What was removed around the token, in plain words (empty when nothing was). */
  removed: string[];
}

export type JsonObject = Record<string, unknown>;

/** One signature as a JOSE library takes it: the flattened JWS of RFC 7515 §7.2.2, as encoded strings. */
export interface FlattenedJws {
  protected?: string;
  header?: JsonObject;
  payload: string;
  signature: string;
}

/** One recipient as a JOSE library takes it: the flattened JWE of RFC 7516 §7.2.2, as encoded strings. */
export interface FlattenedJwe {
  protected?: string;
  unprotected?: JsonObject;
  header?: JsonObject;
  encrypted_key?: string;
  iv?: string;
  ciphertext: string;
  tag?: string;
  aad?: string;
}

/**
 * One signature (JWS) or recipient (JWE) of a decoded token, in the spirit of jose's flattened snapshot:
 * everything verification and decryption need, read once by the decoder. Nothing after the decoder
 * re-splits or re-parses the token text.
 */
export interface DecodedEntry {
  index: number;
  /** The decoded protected header, or null when it is absent or not a readable JSON object. */
  protectedHeader: JsonObject | null;
  /** Unprotected members: the signature's `header`; the JWE's shared `unprotected` and the recipient's `header`. */
  unprotectedHeader: JsonObject | null;
  /** Every member a verifier reads, protected ones first (RFC 7515 §7.2.1, RFC 7516 §7.2.1). */
  header: JsonObject;
  /**
   * Why this entry must be refused before any key is tried, or null: a part that is not base64url, a
   * protected header that does not decode to a JSON object, a header parameter of the wrong type, or a
   * serialization member missing (RFC 7515 §5.2 steps 1–5, RFC 7516 §5.2 steps 1–5).
   */
  rejection: EntryRejection | null;
  /** The encoded strings for jose; null when the serialization lacks a member it needs. */
  flattened: { kind: 'jws'; jws: FlattenedJws } | { kind: 'jwe'; jwe: FlattenedJwe } | null;
}

export interface EntryRejection {
  reason: 'part-undecodable' | 'header-unreadable' | 'header-param-invalid' | 'serialization-invalid';
  part: PartName;
  /** The header parameter, for `header-param-invalid`. */
  name?: string;
}

export interface DecodedToken {
  format: TokenFormat;
  input: NormalizedInput;
  /** The JOSE header that governs the token: the first entry's protected members, then unprotected ones. */
  header: JsonObject | null;
  parts: DecodedPart[];
  /** One per signature or recipient; empty for `unknown`. */
  entries: DecodedEntry[];
  isUnsecured: boolean;
  findings: Finding[];
  /** For an SD-JWT (RFC 9901): its disclosures and key-binding JWT; the fields above are the issuer JWT's. */
  sdJwt?: DecodedSdJwt;
}

/** One disclosure as decoded (RFC 9901 §4.2.1); its digest needs the hash, so the inspector adds it. */
export interface DecodedDisclosure {
  index: number;
  /** The base64url text as presented: the digest is taken over exactly these characters. */
  encoded: string;
  range: SourceRange | null;
  salt: string | null;
  /** The claim name; null for an array element `[salt, value]`. */
  name: string | null;
  value: unknown;
  kind: 'property' | 'element' | 'invalid';
}

export interface DecodedSdJwt {
  disclosures: DecodedDisclosure[];
  /** The key-binding JWT (RFC 9901 §4.3), decoded as a compact JWS, or null when none was presented. */
  kbJwt: DecodedToken | null;
  /** The presentation without the KB-JWT: `<issuer-jwt>~<disclosure>~…~`, over which `sd_hash` is taken. */
  presented: string;
}
