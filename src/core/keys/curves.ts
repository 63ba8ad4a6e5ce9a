/** What the key reader needs to know about each curve it accepts (RFC 7518 §6.2.1.1, RFC 8037 §2). */
export interface CurveInfo {
  kty: 'EC' | 'OKP';
  /** Size in bits, as a key's `bits`. */
  bits: number;
  /** Length of each coordinate (x, y) and of d, in bytes. */
  bytes: number;
  /** An alg that fits a key on this curve (for jose's import, or the noble engine's checks). */
  importAlg: string;
  /** 'noble' for a curve WebCrypto (in Chromium) lacks: its keys are checked and used by @noble/curves. */
  engine: 'jose' | 'noble';
}

export const CURVES: Readonly<Record<string, CurveInfo>> = {
  'P-256': { kty: 'EC', bits: 256, bytes: 32, importAlg: 'ES256', engine: 'jose' },
  'P-384': { kty: 'EC', bits: 384, bytes: 48, importAlg: 'ES384', engine: 'jose' },
  'P-521': { kty: 'EC', bits: 521, bytes: 66, importAlg: 'ES512', engine: 'jose' },
  secp256k1: { kty: 'EC', bits: 256, bytes: 32, importAlg: 'ES256K', engine: 'noble' },
  Ed25519: { kty: 'OKP', bits: 256, bytes: 32, importAlg: 'Ed25519', engine: 'jose' },
  Ed448: { kty: 'OKP', bits: 448, bytes: 57, importAlg: 'Ed448', engine: 'noble' },
  X25519: { kty: 'OKP', bits: 256, bytes: 32, importAlg: 'ECDH-ES', engine: 'jose' },
  // RFC 7748 §5: X448 keys are 56 bytes; RFC 8037 §2 carries them as "x" and "d".
  X448: { kty: 'OKP', bits: 448, bytes: 56, importAlg: 'ECDH-ES', engine: 'noble' },
};

/** ML-DSA parameter sets (FIPS 204 Table 2): public key and signature bytes; the private seed is 32 bytes. */
export const ML_DSA_SIZES: Readonly<Record<string, { publicBytes: number; signatureBytes: number }>> = {
  'ML-DSA-44': { publicBytes: 1312, signatureBytes: 2420 },
  'ML-DSA-65': { publicBytes: 1952, signatureBytes: 3309 },
  'ML-DSA-87': { publicBytes: 2592, signatureBytes: 4627 },
};
export const ML_DSA_SEED_BYTES = 32;

export function lookUpMlDsa(alg: string): { publicBytes: number; signatureBytes: number } | undefined {
  return Object.hasOwn(ML_DSA_SIZES, alg) ? ML_DSA_SIZES[alg] : undefined;
}

/** True when a key is used through the noble engine: on a curve WebCrypto lacks, or an AKP (ML-DSA) key. */
export function isNobleKeyJwk(jwk: { kty: string; crv?: string }): boolean {
  return jwk.kty === 'AKP' || lookUpCurve(jwk.crv ?? '')?.engine === 'noble';
}

export function lookUpCurve(crv: string): CurveInfo | undefined {
  return Object.hasOwn(CURVES, crv) ? CURVES[crv] : undefined;
}

/** An alg jose accepts for importing any RSA key; RSA keys carry no algorithm of their own. */
export const RSA_IMPORT_ALG = 'RS256';
