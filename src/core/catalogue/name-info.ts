/** What the catalogue says about one header parameter or claim name. */
export interface NameInfo {
  /** Plain words: "Expiration time". */
  title: string;
  /** One or two sentences on what it means and what to watch for. */
  description: string;
  /** Where it is defined: an RFC section or the vendor's documentation. */
  ref: string;
}
