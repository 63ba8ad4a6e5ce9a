import { contentOf, decodeOid, expectTag, readChildren, readRoot, TAG, type DerElement } from './der';
import { EC_PUBLIC_KEY_OID, lookUpCurveOid, lookUpKeyAlgorithmOid, RSASSA_PSS_OID } from './oids';
import { lookUpCurve } from './curves';

/** The key type a SPKI or PKCS#8 container holds, read from its AlgorithmIdentifier. */
export interface DerKeyAlgorithm {
  kty: 'RSA' | 'EC' | 'OKP' | 'AKP';
  crv?: string;
  /** AKP: the ML-DSA parameter set the OID names (RFC 9881 §2). */
  alg?: string;
  /** id-RSASSA-PSS: the key is restricted to PSS signatures (RFC 4055 §1.2). */
  isPssOnly: boolean;
  /** The contents the container wraps: RSAPublicKey / RSAPrivateKey DER for RSA. */
  inner: Uint8Array;
}

/**
 * Reads the AlgorithmIdentifier of a SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) or a PKCS#8
 * PrivateKeyInfo (RFC 5208 §5, RFC 5958 §2) and names the key type and curve (RFC 5480 §2.1.1,
 * RFC 8410 §3, RFC 9881 §2). Throws an Error whose message says what is wrong, for keys this app cannot use.
 */
export function readKeyAlgorithm(der: Uint8Array, format: 'spki' | 'pkcs8'): DerKeyAlgorithm {
  const root = readRoot(der, TAG.SEQUENCE, format === 'spki' ? 'a SubjectPublicKeyInfo' : 'a PrivateKeyInfo');
  const children = readChildren(der, root);
  if (format === 'pkcs8') expectTag(children[0], TAG.INTEGER, 'the PKCS#8 version');
  const algorithmId = children[format === 'spki' ? 0 : 1];
  const keyField = children[format === 'spki' ? 1 : 2];
  expectTag(algorithmId, TAG.SEQUENCE, 'the AlgorithmIdentifier');
  expectTag(keyField, format === 'spki' ? TAG.BIT_STRING : TAG.OCTET_STRING, 'the key bytes');
  // A BIT STRING starts with its count of unused bits, always 0 for keys.
  const inner = contentOf(der, keyField).subarray(format === 'spki' ? 1 : 0);

  const [oidElement, parameters] = readChildren(der, algorithmId);
  expectTag(oidElement, TAG.OID, 'the key algorithm OID');
  const oid = decodeOid(contentOf(der, oidElement));
  const known = lookUpKeyAlgorithmOid(oid);
  if (known === undefined) throw new Error(`its key algorithm (OID ${oid}) is not one JOSE uses`);
  if (known.unsupportedReason !== undefined || known.kty === undefined) {
    throw new Error(known.unsupportedReason ?? `${known.name} keys are not supported`);
  }
  if (oid === EC_PUBLIC_KEY_OID) return { kty: 'EC', crv: readNamedCurve(der, parameters), isPssOnly: false, inner };
  return { kty: known.kty, crv: known.crv, alg: known.alg, isPssOnly: oid === RSASSA_PSS_OID, inner };
}

/** The curve of ECParameters, which must be a namedCurve (RFC 5480 §2.1.1). */
export function readNamedCurve(der: Uint8Array, parameters: DerElement | undefined): string {
  if (parameters === undefined) throw new Error('its EC parameters are missing, so the curve is unknown');
  if (parameters.tag !== TAG.OID) {
    throw new Error('it spells out explicit curve parameters instead of naming a curve; export it with a named curve');
  }
  const oid = decodeOid(contentOf(der, parameters));
  const crv = lookUpCurveOid(oid);
  if (crv === undefined || lookUpCurve(crv) === undefined) {
    throw new Error(`its curve (OID ${oid}) is not one JOSE uses (P-256, P-384, P-521, secp256k1)`);
  }
  return crv;
}
