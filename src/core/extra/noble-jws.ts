/**
 * The noble engine: signatures and keys WebCrypto (in Chromium) lacks, each through an audited library —
 * ES256K (RFC 8812 §3.2) and Ed448 (RFC 8037 §3.1, RFC 9864) with @noble/curves, X448 keys (RFC 7748) for
 * ECDH-ES, and ML-DSA (FIPS 204; draft-ietf-cose-dilithium) with @noble/post-quantum. Loaded lazily by
 * load-noble-jws.ts; ML-DSA, the largest, only when an ML-DSA key or token needs it.
 */
import { ed448, x448 } from '@noble/curves/ed448.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url';
import { nobleKindOf, type NobleKey, type NobleKind } from '../keys/noble-key';
import type { KeyJwk } from '../keys/types';
import type * as MlDsaLibrary from '@noble/post-quantum/ml-dsa.js';

type MlDsaModule = typeof MlDsaLibrary;
type MlDsa = MlDsaModule['ml_dsa44'];
let mlDsaLoading: Promise<MlDsaModule> | null = null;

async function loadMlDsa(kind: NobleKind): Promise<MlDsa> {
  mlDsaLoading ??= import('@noble/post-quantum/ml-dsa.js').catch((error: unknown) => {
    mlDsaLoading = null;
    throw error;
  });
  const module = await mlDsaLoading;
  return kind === 'ML-DSA-44' ? module.ml_dsa44 : kind === 'ML-DSA-65' ? module.ml_dsa65 : module.ml_dsa87;
}

/**
 * Why a JWK on secp256k1, Ed448 or X448, or an AKP (ML-DSA) JWK, cannot be used, or undefined: the public
 * point must be on the curve (SEC 1 §3.2.2, RFC 8032 §5.2.3), the private scalar in range, and the private
 * key must give the public key the JWK carries. Member lengths were checked by the reader.
 */
export async function checkNobleJwk(jwk: KeyJwk): Promise<string | undefined> {
  const kind = nobleKindOf(jwk);
  if (kind === undefined) return 'it is not a key the noble engine runs';
  const given = jwk.kty === 'AKP' ? jwk.pub : jwk.x;
  const publicProblem = checkPublic(kind, jwk);
  if (publicProblem !== undefined) return publicProblem;
  const secret = bytesOf(jwk.kty === 'AKP' ? jwk.priv : jwk.d);
  if (secret === undefined) return undefined;
  if (kind === 'secp256k1' && !secp256k1.utils.isValidSecretKey(secret)) {
    return '"d" is not a valid secp256k1 private key (it must be between 1 and the group order)';
  }
  const derived = await derivePublic(kind, secret);
  const matches = jwk.kty === 'EC' ? derived.x === jwk.x && derived.y === jwk.y : derived.x === given;
  return matches ? undefined : 'its private key does not belong to the public key it carries';
}

/** The JWK with its public members derived from the private ones (a PKCS#8 or SEC1 key without them). */
export async function completeNobleJwk(jwk: KeyJwk): Promise<KeyJwk> {
  const kind = nobleKindOf(jwk);
  const secret = bytesOf(jwk.kty === 'AKP' ? jwk.priv : jwk.d);
  if (kind === undefined || secret === undefined) return jwk;
  if (kind === 'secp256k1' && !secp256k1.utils.isValidSecretKey(secret)) return jwk;
  const derived = await derivePublic(kind, secret);
  if (jwk.kty === 'AKP') return { ...jwk, pub: jwk.pub ?? derived.x };
  return { ...jwk, x: jwk.x ?? derived.x, ...(jwk.kty === 'EC' ? { y: jwk.y ?? derived.y } : {}) };
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

/** A fresh private JWK: secp256k1 (EC), Ed448 or X448 (OKP, RFC 8037 §2), or AKP with a random seed. */
export async function generateNobleJwk(kind: NobleKind): Promise<KeyJwk> {
  switch (kind) {
    case 'secp256k1': {
      const d = secp256k1.utils.randomSecretKey();
      return { kty: 'EC', crv: kind, ...(await derivePublic(kind, d)), d: encodeBase64Url(d) };
    }
    case 'Ed448':
    case 'X448': {
      const d = (kind === 'Ed448' ? ed448 : x448).utils.randomSecretKey();
      return { kty: 'OKP', crv: kind, x: (await derivePublic(kind, d)).x, d: encodeBase64Url(d) };
    }
    default: {
      const seed = crypto.getRandomValues(new Uint8Array(32));
      return { kty: 'AKP', alg: kind, pub: (await derivePublic(kind, seed)).x, priv: encodeBase64Url(seed) };
    }
  }
}

function checkPublic(kind: NobleKind, jwk: KeyJwk): string | undefined {
  const x = bytesOf(jwk.x);
  try {
    if (kind === 'secp256k1')
      secp256k1.Point.fromAffine({ x: toBigInt(x), y: toBigInt(bytesOf(jwk.y)) }).assertValidity();
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

/** The public members for a private key: x and y (secp256k1), x (Ed448, X448), or an ML-DSA "pub" as x. */
async function derivePublic(kind: NobleKind, secret: Uint8Array): Promise<{ x: string; y?: string }> {
  switch (kind) {
    case 'secp256k1': {
      const point = secp256k1.getPublicKey(secret, false);
      return { x: encodeBase64Url(point.subarray(1, 33)), y: encodeBase64Url(point.subarray(33)) };
    }
    case 'Ed448':
      return { x: encodeBase64Url(ed448.getPublicKey(secret)) };
    case 'X448':
      return { x: encodeBase64Url(x448.getPublicKey(secret)) };
    default:
      return { x: encodeBase64Url((await loadMlDsa(kind)).keygen(secret).publicKey) };
  }
}

function bytesOf(text: string | undefined): Uint8Array | undefined {
  if (text === undefined) return undefined;
  const decoded = decodeBase64Url(text);
  return decoded.ok ? decoded.bytes : undefined;
}

function toBigInt(bytes: Uint8Array | undefined): bigint {
  let value = 0n;
  for (const byte of bytes ?? []) value = (value << 8n) | BigInt(byte);
  return value;
}
