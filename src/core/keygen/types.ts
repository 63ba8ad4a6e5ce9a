import type { KeyType } from '../algorithms/registry';
import type { KeyKind, KeyPurpose } from './key-kinds';

/** A JWK as plain JSON members (RFC 7517 §4): key material plus kid, use and alg, all strings. */
export type JwkJson = Readonly<Record<string, string>>;

/** One key in every form a user may need to paste somewhere. Plain data: it serializes. */
export interface KeyForms {
  /** RFC 7638 JWK thumbprint (SHA-256, base64url). */
  thumbprint: string;
  /** Null for a symmetric key, which has no public half. */
  publicJwk: JwkJson | null;
  /** Null when only the public key is known. */
  privateJwk: JwkJson | null;
  /** SubjectPublicKeyInfo PEM (RFC 7468 §13); null for a symmetric key. */
  spkiPem: string | null;
  /** PKCS#8 PEM (RFC 7468 §10); null for a symmetric key or a public key only. */
  pkcs8Pem: string | null;
}

export interface GeneratedKey extends KeyForms {
  kind: KeyKind;
  purpose: KeyPurpose;
  /** The thumbprint, also set as "kid" on both JWKs and in the JWKS. */
  kid: string;
  privateJwk: JwkJson;
  /** `{"keys":[public JWK]}` with kid, use and (when only one fits) alg (RFC 7517 §5); null for a secret. */
  publicJwks: string | null;
  /** The algorithms this key can serve here, read from the registry. */
  algorithms: string[];
  label: string;
}

export interface ConvertedKey extends KeyForms {
  /** What the key was read as, from the key reader. */
  label: string;
  kty: KeyType;
  crv?: string;
  bits?: number;
}
