import type { SecretEncoding } from '../inspect/types';
import type { Finding, TokenFormat } from '../types';

export type IssueMode = 'sign' | 'encrypt' | 'sign-then-encrypt';
/** Compact (RFC 7515 §7.1, RFC 7516 §7.1), or the flattened or general JSON serialization (§7.2). */
export type IssueSerialization = 'compact' | 'flattened' | 'general';

export interface SigningRequest {
  alg: string;
  /** Pasted key text (PEM, JWK, JWKS or a secret): the private key, or the HMAC secret. */
  key: string;
  secretEncoding?: SecretEncoding;
}

export interface EncryptionRequest {
  alg: string;
  enc: string;
  /** The recipient's public key, the shared symmetric key, or the PBES2 password. */
  key: string;
  secretEncoding?: SecretEncoding;
  /** PBES2 iteration count (RFC 7518 §4.8.1.2); default 10,000. */
  p2c?: number;
}

export interface IssueRequest {
  /** The user's JOSE header object; alg, enc, kid, typ and cty may be filled in. */
  header: unknown;
  /** A JSON object (a JWT claims set), or a string payload. */
  claims: unknown;
  mode: IssueMode;
  /** For nested tokens the inner JWS is always compact (RFC 7519 §5.2); this is the outer JWE's. */
  serialization: IssueSerialization;
  signing?: SigningRequest;
  encryption?: EncryptionRequest;
  /** The explicit "unsecured, for testing validators" switch; alg "none" is refused without it. */
  allowUnsecured?: boolean;
  /** Seconds since the epoch, for the lifetime check; default: the clock. */
  now?: number;
}

export type IssueResult =
  | {
      ok: true;
      token: string;
      format: TokenFormat;
      /** Guard rails (`issue-*` codes): things to fix, none of which stopped the token. */
      warnings: Finding[];
      /**
       * Key text for the decoder's "Verification key": the public JWK (its kid as in the token), or the
       * HMAC secret. Empty when there is no signature to verify (alg none, or encrypted only).
       */
      verificationKey: string;
      /**
       * Key text for the decoder's "Decryption key": the recipient's private JWK when it was given, or
       * the shared key or password; null when there is nothing to decrypt or only a public key was given.
       */
      decryptionKey: string | null;
    }
  | { ok: false; findings: Finding[] };
