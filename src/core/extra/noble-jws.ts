/**
 * The noble engine: signatures and keys WebCrypto (in Chromium) lacks, each through an audited library —
 * ES256K (RFC 8812 §3.2) and Ed448 (RFC 8037 §3.1, RFC 9864) with @noble/curves, X448 keys (RFC 7748) for
 * ECDH-ES, and ML-DSA (FIPS 204; RFC 9964) with @noble/post-quantum. Loaded lazily by load-noble-jws.ts;
 * ML-DSA, the largest, only when an ML-DSA key or token needs it. It takes and gives raw bytes only (the
 * JWK side is keys/noble-jwk.ts), so it shares no app module with the entry chunk.
 */
import { ed448, x448 } from '@noble/curves/ed448.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import type * as MlDsaLibrary from '@noble/post-quantum/ml-dsa.js';
import type { NobleKey, NobleKind } from '../keys/noble-key';

type MlDsa = (typeof MlDsaLibrary)['ml_dsa44'];
let mlDsaLoading: Promise<typeof MlDsaLibrary> | null = null;

async function loadMlDsa(kind: NobleKind): Promise<MlDsa> {
  mlDsaLoading ??= import('@noble/post-quantum/ml-dsa.js').catch((error: unknown) => {
    mlDsaLoading = null;
    throw error;
  });
  const module = await mlDsaLoading;
  return kind === 'ML-DSA-44' ? module.ml_dsa44 : kind === 'ML-DSA-65' ? module.ml_dsa65 : module.ml_dsa87;
}

/** A key's raw parts: x (and y for secp256k1; for ML-DSA, x is "pub"), and the private scalar or seed. */
export interface NobleKeyParts {
  x?: Uint8Array | undefined;
  y?: Uint8Array | undefined;
  secret?: Uint8Array | undefined;
}

/**
 * Why a key on secp256k1, Ed448 or X448, or an ML-DSA key, cannot be used, or undefined: the public point
 * must be on the curve (SEC 1 §3.2.2, RFC 8032 §5.2.3), the private scalar in range, and the private key
 * must give the public key carried with it. Lengths were checked by the reader.
 */
export async function checkNobleKey(kind: NobleKind, parts: NobleKeyParts): Promise<string | undefined> {
  if (kind === 'secp256k1' && parts.secret !== undefined && !secp256k1.utils.isValidSecretKey(parts.secret)) {
    return '"d" is not a valid secp256k1 private key (it must be between 1 and the group order)';
  }
  const publicProblem = checkPublic(kind, parts);
  if (publicProblem !== undefined || parts.secret === undefined) return publicProblem;
  const derived = await derivePublic(kind, parts.secret);
  const matches = isEqual(derived.x, parts.x) && (derived.y === undefined || isEqual(derived.y, parts.y));
  return matches ? undefined : 'its private key does not belong to the public key it carries';
}

/** The public parts of a private key (secp256k1 x and y; Ed448, X448 x; an ML-DSA "pub" as x). */
export async function derivePublic(kind: NobleKind, secret: Uint8Array): Promise<{ x: Uint8Array; y?: Uint8Array }> {
  switch (kind) {
    case 'secp256k1': {
      if (!secp256k1.utils.isValidSecretKey(secret)) return { x: new Uint8Array(), y: new Uint8Array() };
      const point = secp256k1.getPublicKey(secret, false);
      return { x: point.slice(1, 33), y: point.slice(33) };
    }
    case 'Ed448':
      return { x: ed448.getPublicKey(secret) };
    case 'X448':
      return { x: x448.getPublicKey(secret) };
    default:
      return { x: (await loadMlDsa(kind)).keygen(secret).publicKey };
  }
}

/** A fresh private key: a random scalar or ML-DSA seed, with its public parts. */
export async function generateNobleKey(
  kind: NobleKind,
): Promise<Required<Pick<NobleKeyParts, 'x' | 'secret'>> & NobleKeyParts> {
  const secret =
    kind === 'secp256k1'
      ? secp256k1.utils.randomSecretKey()
      : kind === 'Ed448'
        ? ed448.utils.randomSecretKey()
        : kind === 'X448'
          ? x448.utils.randomSecretKey()
          : crypto.getRandomValues(new Uint8Array(32));
  return { ...(await derivePublic(kind, secret)), secret };
}

/** Signs the JWS signing input (RFC 7515 §5.1 step 5): R ‖ S for ES256K, ML-DSA with an empty context. */
export async function signWithNoble(key: NobleKey, input: Uint8Array): Promise<Uint8Array> {
  switch (key.nobleKind) {
    case 'secp256k1':
      // SHA-256 of the input is @noble's prehash; 'compact' is the 64-byte R ‖ S of RFC 8812 §3.2.
      return secp256k1.sign(input, key, { prehash: true, lowS: true, format: 'compact' });
    case 'Ed448':
      return ed448.sign(input, key);
    case 'X448':
      throw new Error('an X448 key agrees keys (ECDH-ES); it cannot sign');
    default: {
      const mlDsa = await loadMlDsa(key.nobleKind);
      return mlDsa.sign(input, mlDsa.keygen(key).secretKey);
    }
  }
}

/**
 * Checks a JWS signature (RFC 7515 §5.2 step 8). ES256K accepts a high-S signature too: RFC 8812 does not
 * require low S, and OpenSSL-based signers (node:crypto) produce both.
 */
export async function verifyWithNoble(key: NobleKey, input: Uint8Array, signature: Uint8Array): Promise<boolean> {
  try {
    switch (key.nobleKind) {
      case 'secp256k1':
        return (
          signature.length === 64 &&
          secp256k1.verify(signature, input, key, { prehash: true, lowS: false, format: 'compact' })
        );
      case 'Ed448':
        return ed448.verify(signature, input, key);
      case 'X448':
        return false;
      default:
        return (await loadMlDsa(key.nobleKind)).verify(signature, input, key);
    }
  } catch {
    // A malformed signature or point is a signature that does not verify.
    return false;
  }
}

function checkPublic(kind: NobleKind, { x, y }: NobleKeyParts): string | undefined {
  try {
    if (kind === 'secp256k1') secp256k1.Point.fromAffine({ x: toBigInt(x), y: toBigInt(y) }).assertValidity();
    if (kind === 'Ed448') ed448.Point.fromBytes(x ?? new Uint8Array()).assertValidity();
  } catch {
    return `its public key is not a point on ${kind}`;
  }
  // RFC 7748 §6.2: u = 0 and u = 1 are low-order points whose shared secret is fixed.
  if (kind === 'X448' && x !== undefined && x.slice(1).every((byte) => byte === 0) && (x[0] ?? 0) <= 1) {
    return 'its public key is a low-order X448 point (u = 0 or 1), whose shared secret anyone knows';
  }
  return undefined;
}

function isEqual(a: Uint8Array, b: Uint8Array | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function toBigInt(bytes: Uint8Array | undefined): bigint {
  let value = 0n;
  for (const byte of bytes ?? []) value = (value << 8n) | BigInt(byte);
  return value;
}
