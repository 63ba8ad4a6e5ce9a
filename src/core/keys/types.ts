import type { KeyType } from '../algorithms/registry';
import type { Finding, FindingSource } from '../types';

export type KeyOrigin =
  'jwk' | 'jwks' | 'spki' | 'pkcs8' | 'pkcs1-public' | 'pkcs1-private' | 'sec1' | 'x509' | 'secret';

/**
 * The key material of a JWK (RFC 7517 §4, RFC 7518 §6), and nothing else: no kid, use or key_ops, and
 * "alg" only for an AKP key, whose algorithm is part of the key (draft-ietf-cose-dilithium §3), so it can
 * go to jose's `importJWK` as-is. Built member by member, never spread from pasted JSON.
 */
export interface KeyJwk {
  kty: 'RSA' | 'EC' | 'OKP' | 'AKP';
  crv?: string;
  /** AKP: the ML-DSA parameter set ("ML-DSA-44"), the public key "pub" and the 32-byte seed "priv". */
  alg?: string;
  pub?: string;
  priv?: string;
  n?: string;
  e?: string;
  x?: string;
  y?: string;
  d?: string;
  p?: string;
  q?: string;
  dp?: string;
  dq?: string;
  qi?: string;
}

/** One usable key read from the pasted text. Plain data: it serializes, and holds no CryptoKey. */
export interface KeyCandidate {
  /** What the key was read as, in plain words: "RSA public key, 2048 bits, from an X.509 certificate, CN=example.com". */
  label: string;
  origin: KeyOrigin;
  kty: KeyType;
  crv?: string;
  /** RSA modulus bits, the curve's size, or the secret's length in bits. */
  bits?: number;
  /** JWK metadata (RFC 7517 §4.2–4.5), when the input was a JWK. */
  kid?: string;
  alg?: string;
  use?: string;
  keyOps?: string[];
  /** Private key material is present (a private key, or a secret). */
  isPrivate: boolean;
  /** The public members only; always present for RSA, EC and OKP. */
  publicJwk?: KeyJwk;
  /** Public and private members, when the input had the private key. */
  privateJwk?: KeyJwk;
  /** kty 'oct': the raw secret or password bytes. */
  secret?: Uint8Array;
  /** Which input it came from (a key box or the fetched JWKS); findings about the key name it. */
  source?: FindingSource;
}

export interface ParsedKeyInput {
  candidates: KeyCandidate[];
  findings: Finding[];
}
