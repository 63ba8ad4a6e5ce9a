import { decodeBase64Url } from '../encoding/base64url';
import type { KeyJwk } from './types';

type KeyMember = Exclude<keyof KeyJwk, 'kty'>;

/** Members that carry key material, per key type (RFC 7518 §6.2–6.3, RFC 8037 §2, draft-ietf-cose-dilithium §3). */
const KEY_MEMBERS: Readonly<Record<KeyJwk['kty'], readonly KeyMember[]>> = {
  RSA: ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'],
  EC: ['crv', 'x', 'y', 'd'],
  OKP: ['crv', 'x', 'd'],
  AKP: ['alg', 'pub', 'priv'],
};
const PUBLIC_MEMBERS: readonly KeyMember[] = ['crv', 'n', 'e', 'x', 'y', 'alg', 'pub'];

/**
 * Copies the string key members of a JWK-shaped object for its key type into a fresh KeyJwk, reading
 * own properties only; metadata (kid, use, key_ops, alg) and unknown members are left behind.
 */
export function pickKeyJwk(kty: KeyJwk['kty'], source: object): KeyJwk {
  const jwk: KeyJwk = { kty };
  for (const member of KEY_MEMBERS[kty]) {
    const value: unknown = Object.hasOwn(source, member) ? Reflect.get(source, member) : undefined;
    if (typeof value === 'string') jwk[member] = value;
  }
  return jwk;
}

/** The public half of a key: private members (d, p, q, dp, dq, qi) dropped (RFC 7517 §4, RFC 7518 §6). */
export function publicPartOf(jwk: KeyJwk): KeyJwk {
  const copy: KeyJwk = { kty: jwk.kty };
  for (const member of PUBLIC_MEMBERS) {
    const value = jwk[member];
    if (value !== undefined) copy[member] = value;
  }
  return copy;
}

export function hasPrivateMembers(jwk: KeyJwk): boolean {
  return jwk.d !== undefined || jwk.priv !== undefined;
}

/** Bit length of an RSA modulus given as base64url (RFC 7518 §6.3.1.1), leading zero bytes ignored. */
export function modulusBits(n: string | undefined): number | undefined {
  if (n === undefined) return undefined;
  const decoded = decodeBase64Url(n);
  if (!decoded.ok) return undefined;
  const bytes = decoded.bytes;
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i] ?? 0));
}

/**
 * Why an RSA public exponent given as base64url cannot be a valid key, if it cannot: RFC 8017 §3.1
 * requires an odd e of at least 3. With e = 1 a "signature" is the padded hash itself, so anyone can
 * forge one, yet WebCrypto imports such a key without complaint.
 */
export function checkRsaExponent(e: string | undefined): string | undefined {
  const decoded = e === undefined ? undefined : decodeBase64Url(e);
  if (!decoded?.ok) return undefined;
  const bytes = decoded.bytes;
  const last = bytes.at(-1) ?? 0;
  const isBelowThree = bytes.slice(0, -1).every((b) => b === 0) && last < 3;
  if (isBelowThree || last % 2 === 0) {
    return 'its public exponent "e" must be odd and at least 3 (RFC 8017 §3.1); this key is trivially forgeable';
  }
  return undefined;
}
