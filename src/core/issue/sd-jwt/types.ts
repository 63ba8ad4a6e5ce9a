import type { Finding } from '../../types';
import type { SigningRequest } from '../types';
import type { ClaimPath } from './claim-paths';

/** `_sd_alg` values the issuer offers (RFC 9901 §4.1.1): the hashes WebCrypto computes. */
export type SdAlg = 'sha-256' | 'sha-384' | 'sha-512';
/** RFC 9901's example media type, or an SD-JWT VC (SD-JWT VC §3.2.1). */
export type SdJwtTyp = 'example+sd-jwt' | 'dc+sd-jwt';

export interface SdJwtIssueRequest {
  /** The claims as the holder will have them, a JSON object. */
  claims: unknown;
  /** The members and array elements to make selectively disclosable, at any depth. */
  disclosable: ReadonlyArray<ClaimPath>;
  /** Decoy digests to add (RFC 9901 §4.2.5); default 0. */
  decoys?: number;
  sdAlg?: SdAlg;
  signing: SigningRequest;
  /**
   * The holder's public JWK (an object or its JSON text; blank text is none), put in `cnf.jwk` (RFC 7800
   * §3.2) so a presentation can carry key binding.
   */
  holderKey?: unknown;
  typ?: SdJwtTyp;
}

/** One disclosure as issued, with where its value sits in the claims. */
export interface IssuedDisclosure {
  index: number;
  encoded: string;
  digest: string;
  path: ClaimPath;
  /** The path as the user reads it (`address.street_address`). */
  label: string;
  /** The claim name, or null for an array element. */
  name: string | null;
  value: unknown;
}

export type SdJwtIssueResult =
  | {
      ok: true;
      /** `<issuer-jwt>~<disclosure>~…~`: every disclosure, no key binding (RFC 9901 §4). */
      sdJwt: string;
      issuerJwt: string;
      disclosures: IssuedDisclosure[];
      decoys: number;
      /** The issuer's public key text for the inspector (as `issueToken` gives it). */
      verificationKey: string;
      warnings: Finding[];
    }
  | { ok: false; findings: Finding[] };

export interface KeyBindingRequest {
  /** The holder's private key text (PEM or JWK), the pair of the issued `cnf.jwk`. */
  holderPrivateKey: string;
  alg: string;
  audience: string;
  nonce: string;
  /** Seconds since the epoch; default: the clock. */
  iat?: number;
}

export interface SdJwtPresentRequest {
  /** An SD-JWT as issued (a KB-JWT after the last "~" is dropped). */
  sdJwt: string;
  /** Indexes of the disclosures to present; the disclosures that hold them are added (RFC 9901 §7.2). */
  keep: ReadonlyArray<number>;
  keyBinding?: KeyBindingRequest;
}

export type SdJwtPresentResult =
  | {
      ok: true;
      presentation: string;
      /** The disclosures presented, in issued order: those asked for and the ones that contain them. */
      kept: number[];
    }
  | { ok: false; findings: Finding[] };
