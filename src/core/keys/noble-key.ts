import { decodeBase64Url } from '../encoding/base64url';
import type { KeyJwk } from './types';

/** What the noble engine runs a key as: a curve WebCrypto lacks, or an ML-DSA parameter set. */
export type NobleKind = 'secp256k1' | 'Ed448' | 'X448' | 'ML-DSA-44' | 'ML-DSA-65' | 'ML-DSA-87';
const KINDS: readonly string[] = ['secp256k1', 'Ed448', 'X448', 'ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87'];

/**
 * Raw key bytes for the noble engine, marked with what they are. A Uint8Array, so it travels where jose
 * keys travel (`CryptoKey | Uint8Array`); `isNobleKey` tells it from an HMAC or AES secret.
 */
export type NobleKey = Uint8Array & { readonly nobleKind: NobleKind; readonly isPrivate: boolean };

export function isNobleKey(key: CryptoKey | Uint8Array): key is NobleKey {
  return key instanceof Uint8Array && Object.hasOwn(key, 'nobleKind');
}

export function nobleKindOf(jwk: Pick<KeyJwk, 'kty' | 'crv' | 'alg'>): NobleKind | undefined {
  const name = jwk.kty === 'AKP' ? jwk.alg : jwk.crv;
  return name !== undefined && KINDS.includes(name) ? (name as NobleKind) : undefined;
}

/**
 * The bytes the noble libraries take for a JWK: the public key (SEC1 uncompressed 04 ‖ x ‖ y for
 * secp256k1, RFC 8037 §2 "x", or an AKP "pub"), or the private one ("d", or the ML-DSA seed "priv").
 */
export function toNobleKey(jwk: KeyJwk, isPrivate: boolean): NobleKey | undefined {
  const kind = nobleKindOf(jwk);
  if (kind === undefined) return undefined;
  const bytes = isPrivate ? privateBytesOf(jwk) : publicBytesOf(jwk);
  if (bytes === undefined) return undefined;
  return Object.assign(bytes, { nobleKind: kind, isPrivate });
}

export function privateBytesOf(jwk: KeyJwk): Uint8Array | undefined {
  return readBytes(jwk.kty === 'AKP' ? jwk.priv : jwk.d);
}

export function publicBytesOf(jwk: KeyJwk): Uint8Array | undefined {
  if (jwk.kty === 'AKP') return readBytes(jwk.pub);
  const x = readBytes(jwk.x);
  if (jwk.kty === 'OKP' || x === undefined) return x;
  const y = readBytes(jwk.y);
  if (y === undefined) return undefined;
  const point = new Uint8Array(1 + x.length + y.length);
  point[0] = 0x04;
  point.set(x, 1);
  point.set(y, 1 + x.length);
  return point;
}

function readBytes(text: string | undefined): Uint8Array | undefined {
  if (text === undefined) return undefined;
  const decoded = decodeBase64Url(text);
  return decoded.ok ? decoded.bytes : undefined;
}
