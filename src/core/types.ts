import type { FindingCode } from './findings/catalogue';

export type Severity = 'error' | 'warning' | 'info';

/** Half-open character range [start, end) into the text the user pasted (before any clean-up). */
export interface SourceRange {
  start: number;
  end: number;
}

export type PartName =
  'header' | 'payload' | 'signature' | 'encrypted-key' | 'iv' | 'ciphertext' | 'tag' | 'aad' | 'unprotected-header';

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

export type PartContent =
  { type: 'json'; text: string; value: unknown } | { type: 'text'; text: string } | { type: 'binary'; hex: string };

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
}

export type TokenFormat = 'jws-compact' | 'jwe-compact' | 'jws-json' | 'jwe-json' | 'unknown';

export interface NormalizedInput {
  /** The text that was decoded: a contiguous slice of the pasted text. */
  text: string;
  /** Where `text` starts in the pasted text. */
  offset: number;
  /** What was removed around the token, in plain words (empty when nothing was). */
  removed: string[];
}

export interface DecodedToken {
  format: TokenFormat;
  input: NormalizedInput;
  /** The JOSE header that governs the token: protected members, then unprotected ones for JSON. */
  header: Record<string, unknown> | null;
  parts: DecodedPart[];
  isUnsecured: boolean;
  findings: Finding[];
}
