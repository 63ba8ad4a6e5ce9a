/** What the key reader needs to know about each curve it accepts (RFC 7518 §6.2.1.1, RFC 8037 §2). */
export interface CurveInfo {
  kty: 'EC' | 'OKP';
  /** Size in bits, as a key's `bits`. */
  bits: number;
  /** Length of each coordinate (x, y) and of d, in bytes. */
  bytes: number;
  /** An alg jose accepts for importing a key on this curve (any fitting one will do). */
  importAlg: string;
}

export const CURVES: Readonly<Record<string, CurveInfo>> = {
  'P-256': { kty: 'EC', bits: 256, bytes: 32, importAlg: 'ES256' },
  'P-384': { kty: 'EC', bits: 384, bytes: 48, importAlg: 'ES384' },
  'P-521': { kty: 'EC', bits: 521, bytes: 66, importAlg: 'ES512' },
  Ed25519: { kty: 'OKP', bits: 256, bytes: 32, importAlg: 'Ed25519' },
  X25519: { kty: 'OKP', bits: 256, bytes: 32, importAlg: 'ECDH-ES' },
};

/** Curves that exist but that WebCrypto (in Chromium) cannot use, and why. */
export const UNSUPPORTED_CURVES: Readonly<Record<string, string>> = {
  secp256k1: 'secp256k1 keys (ES256K) are not supported: WebCrypto has no secp256k1 curve',
  Ed448: 'Ed448 keys are not supported: Chromium’s WebCrypto has no Ed448',
  X448: 'X448 keys are not supported: Chromium’s WebCrypto has no X448',
};

export function lookUpCurve(crv: string): CurveInfo | undefined {
  return Object.hasOwn(CURVES, crv) ? CURVES[crv] : undefined;
}

/** An alg jose accepts for importing any RSA key; RSA keys carry no algorithm of their own. */
export const RSA_IMPORT_ALG = 'RS256';
