import type { FindingCode } from '../findings/catalogue';
import type { ClaimsVerdict, DecryptionVerdict, SignatureVerdict } from '../inspect/types';
import type { Finding } from '../types';

/** The two parts a comparison reads: the JOSE header and the (innermost) payload. */
export type ComparedPart = 'header' | 'payload';

/**
 * How a member differs going from this token to the other one: `added` — only the other token has it;
 * `removed` — only this token has it; `changed` — both have it with different JSON values.
 */
export type DifferenceKind = 'added' | 'removed' | 'changed';

/** One side's NumericDate as an instant. */
export interface ClaimInstant {
  seconds: number;
  /** ISO 8601 in UTC. */
  iso: string;
}

/** A NumericDate claim (RFC 7519 §2) on a difference row, read on each side that holds a time. */
export interface TimeDifference {
  /** Null when this side lacks the claim or its value cannot be a time. */
  thisAt: ClaimInstant | null;
  otherAt: ClaimInstant | null;
  /** The other token's instant minus this one's, in seconds; null unless both sides are times. */
  differenceSec: number | null;
}

/** One member whose value is not the same in both tokens. */
export interface DifferenceRow {
  part: ComparedPart;
  /** Member names from the part's root, outermost first; empty when the whole part differs (not two objects). */
  path: string[];
  /** The path as people read it: `aud`, `address.country`, `["https://example.com/roles"].admin`. */
  pathText: string;
  change: DifferenceKind;
  /** This token's value; absent when the member was added. */
  thisValue?: unknown;
  /** The other token's value; absent when the member was removed. */
  otherValue?: unknown;
  /** Set for the catalogue's NumericDate claims (`exp`, `iat`, `nbf`, `auth_time`, …) at the payload's top level. */
  time?: TimeDifference;
}

/** The parts of one token as the comparison reads them; `undefined` means not readable (an encrypted payload). */
export interface ComparedParts {
  header: unknown;
  payload: unknown;
}

export interface TokenComparison {
  /** Header rows first, then payload rows; each part in this token's member order, added members after. */
  rows: DifferenceRow[];
  /** Parts that could not be compared because one side (or both) could not read them. */
  notCompared: Array<{ part: ComparedPart; unreadable: Array<'this' | 'other'> }>;
}

/** What one inspection concluded (the contract's verdict values). */
export interface VerdictSide {
  signature: SignatureVerdict;
  decryption: DecryptionVerdict;
  claims: ClaimsVerdict;
}

/** Findings of one code that one token has and the other has not. */
export interface FindingOnlyOne {
  code: FindingCode;
  /** Every finding of that code in the token's report, in report order. */
  findings: Finding[];
}

export interface VerdictComparison {
  this: VerdictSide;
  other: VerdictSide;
  /** Codes this token's report has and the other's has not, in report order. */
  onlyThis: FindingOnlyOne[];
  /** Codes the other token's report has and this one's has not, in report order. */
  onlyOther: FindingOnlyOne[];
}
