import { encodeBase64 } from '../encoding/base64';
import { encodeElement, encodeOid, TAG } from './der';
import { nobleKindOf, privateBytesOf, publicBytesOf } from './noble-key';
import { EC_PUBLIC_KEY_OID } from './oids';
import type { KeyJwk } from './types';

/** Key algorithm OIDs by noble kind (RFC 5480 §2.1.1 with SEC 2's curve, RFC 8410 §3, RFC 9881 §2). */
const ALGORITHM_IDS: Readonly<Record<string, Uint8Array>> = {
  secp256k1: algorithmId(EC_PUBLIC_KEY_OID, '1.3.132.0.10'),
  Ed448: algorithmId('1.3.101.113'),
  X448: algorithmId('1.3.101.111'),
  'ML-DSA-44': algorithmId('2.16.840.1.101.3.4.3.17'),
  'ML-DSA-65': algorithmId('2.16.840.1.101.3.4.3.18'),
  'ML-DSA-87': algorithmId('2.16.840.1.101.3.4.3.19'),
};
const VERSION_0 = encodeElement(TAG.INTEGER, Uint8Array.of(0));
const VERSION_1 = encodeElement(TAG.INTEGER, Uint8Array.of(1));

/**
 * A key the noble engine runs, as PEM: SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) or PKCS#8 (RFC 5208 §5)
 * holding a SEC1 ECPrivateKey (RFC 5915 §3), a CurvePrivateKey (RFC 8410 §7) or the seed-only ML-DSA
 * private key (RFC 9881 §6). The reverse of read-noble-der.ts; null when the JWK lacks the members.
 */
export function writeNoblePem(jwk: KeyJwk, format: 'spki' | 'pkcs8'): string | null {
  const kind = nobleKindOf(jwk);
  const id = kind === undefined ? undefined : ALGORITHM_IDS[kind];
  const der = id === undefined ? null : format === 'spki' ? writeSpki(jwk, id) : writePkcs8(jwk, id);
  if (der === null) return null;
  const label = format === 'spki' ? 'PUBLIC KEY' : 'PRIVATE KEY';
  const lines = encodeBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function writeSpki(jwk: KeyJwk, id: Uint8Array): Uint8Array | null {
  const key = publicBytesOf(jwk);
  return key === undefined
    ? null
    : encodeElement(TAG.SEQUENCE, id, encodeElement(TAG.BIT_STRING, Uint8Array.of(0), key));
}

function writePkcs8(jwk: KeyJwk, id: Uint8Array): Uint8Array | null {
  const secret = privateBytesOf(jwk);
  if (secret === undefined) return null;
  let inner: Uint8Array;
  if (jwk.kty === 'AKP') inner = encodeElement(0x80, secret);
  else if (jwk.kty === 'OKP') inner = encodeElement(TAG.OCTET_STRING, secret);
  else {
    const point = publicBytesOf(jwk);
    const publicField =
      point === undefined ? [] : [encodeElement(TAG.CONTEXT_1, encodeElement(TAG.BIT_STRING, Uint8Array.of(0), point))];
    inner = encodeElement(TAG.SEQUENCE, VERSION_1, encodeElement(TAG.OCTET_STRING, secret), ...publicField);
  }
  return encodeElement(TAG.SEQUENCE, VERSION_0, id, encodeElement(TAG.OCTET_STRING, inner));
}

function algorithmId(oid: string, curveOid?: string): Uint8Array {
  const parameters = curveOid === undefined ? [] : [encodeElement(TAG.OID, encodeOid(curveOid))];
  return encodeElement(TAG.SEQUENCE, encodeElement(TAG.OID, encodeOid(oid)), ...parameters);
}
