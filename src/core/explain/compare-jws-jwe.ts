import type { Inspection } from '../inspect/types';

export interface ComparisonRow {
  aspect: string;
  jws: string;
  jwe: string;
  /** Where the difference is specified. */
  ref: string;
}

export interface JwsJweComparison {
  rows: ComparisonRow[];
  /** What the inspected token is: a JWS inside a JWE is 'nested'; null without a token. */
  current: 'jws' | 'jwe' | 'nested' | null;
}

const ROWS: readonly ComparisonRow[] = [
  {
    aspect: 'Parts (compact)',
    jws: '3: protected header . payload . signature',
    jwe: '5: protected header . encrypted key . IV . ciphertext . authentication tag',
    ref: 'RFC 7515 §7.1, RFC 7516 §7.1',
  },
  {
    aspect: 'Protects',
    jws: 'Integrity and authenticity: the content was not changed, and the holder of the signing key made it.',
    jwe: 'Confidentiality and integrity: only the recipient can read it, and a change is detected. It does not say who made it.',
    ref: 'RFC 7515 §1, RFC 7516 §1',
  },
  {
    aspect: 'Who can read the payload',
    jws: 'Anyone holding the token: base64url is an encoding, not encryption.',
    jwe: 'Only the holder of the recipient’s private key (or the shared key).',
    ref: 'RFC 7519 §12',
  },
  {
    aspect: 'Who can create one',
    jws: 'Only the holder of the private key; with HMAC (HS*), anyone with the shared secret — every verifier too.',
    jwe: 'Anyone with the recipient’s public key (RSA-OAEP, ECDH-ES); with dir or AES key wrap, anyone with the shared key.',
    ref: 'RFC 7518 §3.2, §4.3, §4.6, RFC 8725 §2.5',
  },
  {
    aspect: 'Keys used',
    jws: 'The issuer signs with its private key; receivers verify with its public key, usually from its JWKS.',
    jwe: 'A fresh content key (CEK) per token encrypts the payload; it is wrapped for the recipient’s public or shared key.',
    ref: 'RFC 7515 §5, RFC 7516 §5',
  },
  {
    aspect: 'Algorithm header',
    jws: '"alg": the signature or MAC algorithm.',
    jwe: '"alg": how the CEK is wrapped or agreed; "enc": how the content is encrypted.',
    ref: 'RFC 7515 §4.1.1, RFC 7516 §4.1.1–4.1.2',
  },
  {
    aspect: 'Header visible?',
    jws: 'Yes, readable by anyone, and covered by the signature.',
    jwe: 'Yes, readable by anyone; the protected header is authenticated (it is the AAD), not encrypted.',
    ref: 'RFC 7515 §4, RFC 7516 §5.1',
  },
  {
    aspect: 'When to use',
    jws: 'Claims may be seen but must be trusted: access tokens, ID tokens, signed requests.',
    jwe: 'Claims must stay secret through untrusted hops (browser, logs, front channel): personal or secret data.',
    ref: 'RFC 7519 §12',
  },
  {
    aspect: 'Both (nested JWT)',
    jws: 'Sign first: the inner JWS says who issued the claims.',
    jwe: 'Then encrypt: the outer JWE hides the claims and the signature, and the signature cannot be stripped. Verify the inner signature after decrypting.',
    ref: 'RFC 7519 §11.2, RFC 8725 §2.5, §3.3',
  },
];

/** JWS and JWE side by side (RFC 7515, RFC 7516, RFC 7519 §11), with which of them the token is. */
export function compareJwsJwe(inspection?: Inspection | null): JwsJweComparison {
  return { rows: ROWS.map((row) => ({ ...row })), current: classify(inspection) };
}

function classify(inspection: Inspection | null | undefined): JwsJweComparison['current'] {
  if (!inspection) return null;
  const hasJws = inspection.layers.some((l) => l.kind === 'jws');
  const hasJwe = inspection.layers.some((l) => l.kind === 'jwe');
  if (hasJws && hasJwe) return 'nested';
  if (hasJwe) return 'jwe';
  if (hasJws) return 'jws';
  return null;
}
