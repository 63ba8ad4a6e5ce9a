import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url';
import { loadNobleJws } from '../extra/load-noble-jws';
import { nobleKindOf } from './noble-key';
import type { KeyJwk } from './types';

/**
 * The JWK side of the noble engine: a JWK on secp256k1, Ed448 or X448 (RFC 8037 §2) or an AKP key
 * (RFC 9964) as raw parts for extra/noble-jws.ts, and back. Why the key cannot be used, or undefined.
 */
export async function checkNobleJwk(jwk: KeyJwk): Promise<string | undefined> {
  const kind = nobleKindOf(jwk);
  if (kind === undefined) return 'it is not a key the noble engine runs';
  const noble = await loadNobleJws();
  return noble.checkNobleKey(kind, partsOf(jwk));
}

/** The JWK with its public members derived from the private ones (a PKCS#8 or SEC1 key without them). */
export async function completeNobleJwk(jwk: KeyJwk): Promise<KeyJwk> {
  const kind = nobleKindOf(jwk);
  const { secret } = partsOf(jwk);
  if (kind === undefined || secret === undefined) return jwk;
  const derived = await (await loadNobleJws()).derivePublic(kind, secret);
  if (jwk.kty === 'AKP') return { ...jwk, pub: jwk.pub ?? encodeBase64Url(derived.x) };
  const y = derived.y === undefined ? {} : { y: jwk.y ?? encodeBase64Url(derived.y) };
  return { ...jwk, x: jwk.x ?? encodeBase64Url(derived.x), ...y };
}

/** A fresh private JWK: secp256k1 (EC), Ed448 or X448 (OKP, RFC 8037 §2), or AKP with a random seed. */
export async function generateNobleJwk(kind: NonNullable<ReturnType<typeof nobleKindOf>>): Promise<KeyJwk> {
  const { x, y, secret } = await (await loadNobleJws()).generateNobleKey(kind);
  if (kind.startsWith('ML-DSA'))
    return { kty: 'AKP', alg: kind, pub: encodeBase64Url(x), priv: encodeBase64Url(secret) };
  const d = encodeBase64Url(secret);
  if (y === undefined) return { kty: 'OKP', crv: kind, x: encodeBase64Url(x), d };
  return { kty: 'EC', crv: kind, x: encodeBase64Url(x), y: encodeBase64Url(y), d };
}

function partsOf(jwk: KeyJwk): { x?: Uint8Array; y?: Uint8Array; secret?: Uint8Array } {
  const isAkp = jwk.kty === 'AKP';
  return { x: bytesOf(isAkp ? jwk.pub : jwk.x), y: bytesOf(jwk.y), secret: bytesOf(isAkp ? jwk.priv : jwk.d) };
}

function bytesOf(text: string | undefined): Uint8Array | undefined {
  if (text === undefined) return undefined;
  const decoded = decodeBase64Url(text);
  return decoded.ok ? decoded.bytes : undefined;
}
