import { x25519 } from '@noble/curves/ed25519.js';
import { x448 } from '@noble/curves/ed448.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import { concatBytes } from '@noble/hashes/utils.js';
import { base64url, errors } from 'jose';
import { isJsonObject } from '../json/is-json-object';
import { readString } from '../json/read-string';
import type { KeyJwk } from '../keys';
import type { JsonObject } from '../types';

interface Curve {
  /** Z is the x-coordinate (RFC 7518 §4.6.2), so the NIST curves' shared point drops its prefix byte. */
  isWeierstrass: boolean;
  keygen: () => { secretKey: Uint8Array; publicKey: Uint8Array };
  getSharedSecret: (secretKey: Uint8Array, publicKey: Uint8Array) => Uint8Array;
  getPublicKey: (secretKey: Uint8Array) => Uint8Array;
}

const nist = (curve: typeof p256): Curve => ({
  isWeierstrass: true,
  keygen: () => curve.keygen(),
  getSharedSecret: (secretKey, publicKey) => curve.getSharedSecret(secretKey, publicKey, true),
  getPublicKey: (secretKey) => curve.getPublicKey(secretKey, false),
});

const montgomery = (curve: typeof x25519): Curve => ({
  isWeierstrass: false,
  keygen: () => curve.keygen(),
  getSharedSecret: (secretKey, publicKey) => curve.getSharedSecret(secretKey, publicKey),
  getPublicKey: (secretKey) => curve.getPublicKey(secretKey),
});

const CURVES: Readonly<Record<string, Curve>> = {
  'P-256': nist(p256),
  'P-384': nist(p384),
  'P-521': nist(p521),
  X25519: montgomery(x25519),
  X448: montgomery(x448),
};

function curveOf(crv: string | undefined): Curve {
  const curve = crv !== undefined && Object.hasOwn(CURVES, crv) ? CURVES[crv] : undefined;
  if (curve === undefined) throw new errors.JOSENotSupported(`ECDH-ES on ${String(crv)} is not supported`);
  return curve;
}

/** The public point as noble reads it: SEC1 uncompressed for the NIST curves, the u-coordinate for X25519/X448. */
function readPoint(curve: Curve, jwk: { x?: string | null; y?: string | null }): Uint8Array {
  const x = base64url.decode(jwk.x ?? '');
  return curve.isWeierstrass ? concatBytes(Uint8Array.of(4), x, base64url.decode(jwk.y ?? '')) : x;
}

/** Z = the shared secret; a point off the curve or of small order is refused by noble and named "epk". */
function agree(curve: Curve, secretKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  try {
    const shared = curve.getSharedSecret(secretKey, publicKey);
    return curve.isWeierstrass ? shared.slice(1) : shared;
  } catch {
    throw new errors.JWEInvalid('"epk" gives no valid shared secret with this key (invalid or small-order point)');
  }
}

/** The recipient's side (RFC 7518 §4.6): Z from its private key and the sender's "epk". */
export function agreeAsRecipient(privateJwk: KeyJwk, header: JsonObject): Uint8Array {
  const epk = Object.hasOwn(header, 'epk') ? header.epk : undefined;
  if (!isJsonObject(epk)) throw new errors.JWEInvalid('"epk" is missing');
  const curve = curveOf(privateJwk.crv);
  const point = readPoint(curve, { x: readString(epk, 'x'), y: readString(epk, 'y') });
  return agree(curve, base64url.decode(privateJwk.d ?? ''), point);
}

/** The sender's side: a fresh ephemeral key on the recipient's curve, Z, and the "epk" to publish. */
export function agreeAsSender(publicJwk: KeyJwk): { sharedSecret: Uint8Array; epk: Record<string, string> } {
  const curve = curveOf(publicJwk.crv);
  const { secretKey } = curve.keygen();
  const sharedSecret = agree(curve, secretKey, readPoint(curve, publicJwk));
  const publicKey = curve.getPublicKey(secretKey);
  const crv = publicJwk.crv ?? '';
  if (!curve.isWeierstrass) return { sharedSecret, epk: { kty: 'OKP', crv, x: base64url.encode(publicKey) } };
  const size = (publicKey.length - 1) / 2;
  return {
    sharedSecret,
    epk: {
      kty: 'EC',
      crv,
      x: base64url.encode(publicKey.slice(1, 1 + size)),
      y: base64url.encode(publicKey.slice(1 + size)),
    },
  };
}
