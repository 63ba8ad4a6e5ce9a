import { contentOf, encodeElement, encodeOid, expectTag, readChildren, readRoot, TAG } from './der';
import { EC_PUBLIC_KEY_OID, RSA_ENCRYPTION_OID } from './oids';
import { readNamedCurve } from './read-key-algorithm';

/** AlgorithmIdentifier { rsaEncryption, NULL } (RFC 8017 Appendix A.1, RFC 3279 §2.3.1). */
const RSA_ALGORITHM_ID = encodeElement(
  TAG.SEQUENCE,
  encodeElement(TAG.OID, encodeOid(RSA_ENCRYPTION_OID)),
  encodeElement(TAG.NULL),
);
const VERSION_0 = encodeElement(TAG.INTEGER, Uint8Array.of(0));

/**
 * Wraps a PKCS#1 RSAPublicKey (RFC 8017 Appendix A.1.1) into a SubjectPublicKeyInfo
 * (RFC 5280 §4.1.2.7), the form WebCrypto imports.
 */
export function wrapRsaPublicKey(rsaPublicKey: Uint8Array): Uint8Array {
  const root = readRoot(rsaPublicKey, TAG.SEQUENCE, 'an RSAPublicKey');
  const [modulus, exponent] = readChildren(rsaPublicKey, root);
  expectTag(modulus, TAG.INTEGER, 'the modulus');
  expectTag(exponent, TAG.INTEGER, 'the public exponent');
  return encodeElement(TAG.SEQUENCE, RSA_ALGORITHM_ID, encodeElement(TAG.BIT_STRING, Uint8Array.of(0), rsaPublicKey));
}

/**
 * Wraps a PKCS#1 RSAPrivateKey (RFC 8017 Appendix A.1.2) into a PKCS#8 PrivateKeyInfo (RFC 5208 §5).
 */
export function wrapRsaPrivateKey(rsaPrivateKey: Uint8Array): Uint8Array {
  const root = readRoot(rsaPrivateKey, TAG.SEQUENCE, 'an RSAPrivateKey');
  const [version] = readChildren(rsaPrivateKey, root);
  expectTag(version, TAG.INTEGER, 'the RSAPrivateKey version');
  if (contentOf(rsaPrivateKey, version).some((byte) => byte !== 0)) {
    throw new Error('it is a multi-prime RSA key (version 1), which WebCrypto does not support');
  }
  return encodeElement(TAG.SEQUENCE, VERSION_0, RSA_ALGORITHM_ID, encodeElement(TAG.OCTET_STRING, rsaPrivateKey));
}

/**
 * Wraps a SEC1 ECPrivateKey (RFC 5915 §3) into a PKCS#8 PrivateKeyInfo (RFC 5915 §1, RFC 5208 §5),
 * naming the curve from the key's own `parameters [0]`. A SEC1 key without them cannot be placed on a
 * curve, so it is refused rather than guessed.
 */
export function wrapSec1PrivateKey(sec1: Uint8Array): { pkcs8: Uint8Array; crv: string } {
  const root = readRoot(sec1, TAG.SEQUENCE, 'an ECPrivateKey');
  const children = readChildren(sec1, root);
  expectTag(children[0], TAG.INTEGER, 'the ECPrivateKey version');
  expectTag(children[1], TAG.OCTET_STRING, 'the private key octets');
  const parameters = children.find((child) => child.tag === TAG.CONTEXT_0);
  if (parameters === undefined) {
    throw new Error(
      'it has no curve parameters ([0] is absent, as when the curve was agreed out of band), so its curve ' +
        'cannot be known; export it as PKCS#8 ("openssl pkcs8 -topk8 -nocrypt") or as a JWK instead',
    );
  }
  const [curveOid] = readChildren(sec1, parameters);
  const crv = readNamedCurve(sec1, curveOid);
  expectTag(curveOid, TAG.OID, 'the named curve');
  const algorithmId = encodeElement(
    TAG.SEQUENCE,
    encodeElement(TAG.OID, encodeOid(EC_PUBLIC_KEY_OID)),
    encodeElement(TAG.OID, contentOf(sec1, curveOid)),
  );
  return { pkcs8: encodeElement(TAG.SEQUENCE, VERSION_0, algorithmId, encodeElement(TAG.OCTET_STRING, sec1)), crv };
}
