/** One disclosure as the report shows it (CONTRACTS.md, "SD-JWT"). */
export interface DisclosureReport {
  index: number;
  encoded: string;
  /** base64url of the `_sd_alg` hash of the encoded text; null when the hash is not supported. */
  digest: string | null;
  salt: string | null;
  name: string | null;
  value: unknown;
  status: 'disclosed' | 'unreferenced' | 'invalid';
  /** Where it lands in the processed claims (`$.address.street`, `$.nationalities[1]`). */
  path: string | null;
}

export type KeyBindingVerdict = 'valid' | 'invalid' | 'absent' | 'not-verified';

/** `Inspection.sdJwt`: the disclosures, the decoy count and the key binding of an SD-JWT (RFC 9901). */
export interface SdJwtReport {
  sdAlg: string;
  disclosures: DisclosureReport[];
  /** Digests in the signed payload that no presented disclosure matches (decoys, or withheld claims). */
  decoys: number;
  keyBinding: KeyBindingVerdict;
}

/** The verifier's key-binding policy (RFC 9901 §7.3): never inferred from whether a KB-JWT is present. */
export interface KeyBindingOptions {
  required?: boolean;
  audience?: string;
  nonce?: string;
}
