/**
 * The JSON type a registered name must have. The claim and header checks, the editor schema and the time
 * view all read it from the catalogue entry, so a type is stated once.
 */
export type ValueType =
  | 'string'
  | 'string-array'
  | 'string-or-string-array'
  | 'numeric-date'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'object'
  | 'array';

/** What the catalogue says about one header parameter or claim name. */
export interface NameInfo {
  /** Plain words: "Expiration time". */
  title: string;
  /** One or two sentences on what it means and what to watch for. */
  description: string;
  /** Where it is defined: an RFC section or the vendor's documentation. */
  ref: string;
  /** The type its specification gives it, when it gives one. */
  type?: ValueType;
  /**
   * Defined by RFC 7515, 7516 or 7518 themselves, so a verifier always understands it and `crit` must not
   * list it (RFC 7515 §4.1.11). Header parameters only.
   */
  isCoreJose?: true;
}
