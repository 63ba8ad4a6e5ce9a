/**
 * Object identifiers of key algorithms and named curves that appear in SPKI, PKCS#8, SEC1 and X.509
 * (RFC 3279 §2.3, RFC 4055 §3.1, RFC 5480 §2.1.1, RFC 8410 §3, RFC 9881 §2), and the subject attribute we read.
 */
export interface KeyAlgorithmOid {
  name: string;
  kty?: 'RSA' | 'EC' | 'OKP' | 'AKP';
  /** For OKP: the curve is the algorithm. EC keys name theirs in the parameters. */
  crv?: string;
  /** For AKP: the JOSE algorithm the key is for (RFC 9881 §2, draft-ietf-cose-dilithium). */
  alg?: string;
  /** Set when the key can never be used here. */
  unsupportedReason?: string;
}

export const RSA_ENCRYPTION_OID = '1.2.840.113549.1.1.1';
export const RSASSA_PSS_OID = '1.2.840.113549.1.1.10';
export const EC_PUBLIC_KEY_OID = '1.2.840.10045.2.1';
export const COMMON_NAME_OID = '2.5.4.3';

export const KEY_ALGORITHM_OIDS: Readonly<Record<string, KeyAlgorithmOid>> = {
  [RSA_ENCRYPTION_OID]: { name: 'rsaEncryption', kty: 'RSA' },
  [RSASSA_PSS_OID]: { name: 'id-RSASSA-PSS', kty: 'RSA' },
  [EC_PUBLIC_KEY_OID]: { name: 'id-ecPublicKey', kty: 'EC' },
  '1.3.101.112': { name: 'Ed25519', kty: 'OKP', crv: 'Ed25519' },
  '1.3.101.110': { name: 'X25519', kty: 'OKP', crv: 'X25519' },
  '1.3.101.113': { name: 'Ed448', kty: 'OKP', crv: 'Ed448' },
  '1.3.101.111': { name: 'X448', kty: 'OKP', crv: 'X448' },
  '2.16.840.1.101.3.4.3.17': { name: 'id-ml-dsa-44', kty: 'AKP', alg: 'ML-DSA-44' },
  '2.16.840.1.101.3.4.3.18': { name: 'id-ml-dsa-65', kty: 'AKP', alg: 'ML-DSA-65' },
  '2.16.840.1.101.3.4.3.19': { name: 'id-ml-dsa-87', kty: 'AKP', alg: 'ML-DSA-87' },
  '1.2.840.10040.4.1': { name: 'DSA', unsupportedReason: 'DSA keys have no JOSE algorithm' },
  '1.2.840.10046.2.1': {
    name: 'Diffie-Hellman',
    unsupportedReason: 'finite-field Diffie-Hellman keys have no JOSE algorithm',
  },
};

/** Named curves by OID (RFC 5480 §2.1.1.1, SEC 2). */
export const CURVE_OIDS: Readonly<Record<string, string>> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
  '1.3.132.0.10': 'secp256k1',
};

export function lookUpKeyAlgorithmOid(oid: string): KeyAlgorithmOid | undefined {
  return Object.hasOwn(KEY_ALGORITHM_OIDS, oid) ? KEY_ALGORITHM_OIDS[oid] : undefined;
}

export function lookUpCurveOid(oid: string): string | undefined {
  return Object.hasOwn(CURVE_OIDS, oid) ? CURVE_OIDS[oid] : undefined;
}
