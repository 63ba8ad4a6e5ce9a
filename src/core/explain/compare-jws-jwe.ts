import type { Inspection } from '../inspect/types';

export interface ComparisonRow {
  aspect: string;
  jws: string;
  jwe: string;
  /** An SD-JWT (RFC 9901): a JWS whose claims can be withheld one by one. */
  sdJwt: string;
  /** Where the difference is specified. */
  ref: string;
}

export interface JwsJweComparison {
  rows: ComparisonRow[];
  /** What the inspected token is: a JWS inside a JWE is 'nested'; null without a token. */
  current: 'jws' | 'jwe' | 'nested' | 'sd-jwt' | null;
}

const ROWS: readonly ComparisonRow[] = [
  {
    aspect: 'Parts (compact)',
    jws: '3: protected header . payload . signature',
    jwe: '5: protected header . encrypted key . IV . ciphertext . authentication tag',
    sdJwt:
      "The issuer's JWS, then ~ disclosure ~ … ~, then an optional key-binding JWT: <header>.<payload>.<signature>~<d1>~<d2>~<kb-jwt>",
    ref: 'RFC 7515 §7.1, RFC 7516 §7.1, RFC 9901 §4',
  },
  {
    aspect: 'Protects',
    jws: 'Integrity and authenticity: the content was not changed, and the holder of the signing key made it.',
    jwe: 'Confidentiality and integrity: only the recipient can read it, and a change is detected. It does not say who made it.',
    sdJwt:
      'Integrity and authenticity like a JWS, plus selective disclosure: the holder chooses which claims a verifier sees, and cannot change any.',
    ref: 'RFC 7515 §1, RFC 7516 §1, RFC 9901 §1',
  },
  {
    aspect: 'Who can read the payload',
    jws: 'Anyone holding the token: base64url is an encoding, not encryption.',
    jwe: 'Only the holder of the recipient’s private key (or the shared key).',
    sdJwt: 'Anyone holding the presentation, but only the disclosed claims; withheld ones are salted hashes.',
    ref: 'RFC 7519 §12, RFC 9901 §4.2',
  },
  {
    aspect: 'Who can create one',
    jws: 'Only the holder of the private key; with HMAC (HS*), anyone with the shared secret — every verifier too.',
    jwe: 'Anyone with the recipient’s public key (RSA-OAEP, ECDH-ES); with dir or AES key wrap, anyone with the shared key.',
    sdJwt:
      'The issuer (with its signing key); the holder makes presentations from it, and a key-binding JWT with the key in cnf.',
    ref: 'RFC 7518 §3.2, §4.3, §4.6, RFC 8725 §2.5, RFC 9901 §4.3',
  },
  {
    aspect: 'Keys used',
    jws: 'The issuer signs with its private key; receivers verify with its public key, usually from its JWKS.',
    jwe: 'A fresh content key (CEK) per token encrypts the payload; it is wrapped for the recipient’s public or shared key.',
    sdJwt: "The issuer's key for the JWS; the holder's key (cnf.jwk) for the key-binding JWT.",
    ref: 'RFC 7515 §5, RFC 7516 §5, RFC 9901 §4.1.2',
  },
  {
    aspect: 'Algorithm header',
    jws: '"alg": the signature or MAC algorithm.',
    jwe: '"alg": how the CEK is wrapped or agreed; "enc": how the content is encrypted.',
    sdJwt: '"alg" of the issuer JWT; "_sd_alg" in the payload names the disclosure hash (sha-256 by default).',
    ref: 'RFC 7515 §4.1.1, RFC 7516 §4.1.1–4.1.2, RFC 9901 §4.1.1',
  },
  {
    aspect: 'Header visible?',
    jws: 'Yes, readable by anyone, and covered by the signature.',
    jwe: 'Yes, readable by anyone; the protected header is authenticated (it is the AAD), not encrypted.',
    sdJwt: 'Yes, like a JWS; the disclosures are readable too, once presented.',
    ref: 'RFC 7515 §4, RFC 7516 §5.1, RFC 9901 §4',
  },
  {
    aspect: 'When to use',
    jws: 'Claims may be seen but must be trusted: access tokens, ID tokens, signed requests.',
    jwe: 'Claims must stay secret through untrusted hops (browser, logs, front channel): personal or secret data.',
    sdJwt:
      'Credentials a holder shows to many verifiers, each needing only some claims: identity wallets, licences, diplomas.',
    ref: 'RFC 7519 §12, RFC 9901 §1',
  },
  {
    aspect: 'Both (nested JWT)',
    jws: 'Sign first: the inner JWS says who issued the claims.',
    jwe: 'Then encrypt: the outer JWE hides the claims and the signature, and the signature cannot be stripped. Verify the inner signature after decrypting.',
    sdJwt:
      'Not nested: each disclosure is a salted, hashed claim whose digest the issuer signed; a presentation can also be encrypted to the verifier.',
    ref: 'RFC 7519 §11.2, RFC 8725 §2.5, §3.3, RFC 9901 §4.2',
  },
];

/** JWS, JWE and SD-JWT side by side (RFC 7515, RFC 7516, RFC 7519 §11, RFC 9901), with which the token is. */
export function compareJwsJwe(inspection?: Inspection | null): JwsJweComparison {
  return { rows: ROWS.map((row) => ({ ...row })), current: classify(inspection) };
}

function classify(inspection: Inspection | null | undefined): JwsJweComparison['current'] {
  if (!inspection) return null;
  if (inspection.sdJwt) return 'sd-jwt';
  const hasJws = inspection.layers.some((l) => l.kind === 'jws');
  const hasJwe = inspection.layers.some((l) => l.kind === 'jwe');
  if (hasJws && hasJwe) return 'nested';
  if (hasJwe) return 'jwe';
  if (hasJws) return 'jws';
  return null;
}
