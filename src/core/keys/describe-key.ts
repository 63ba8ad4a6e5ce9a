import type { KeyCandidate } from './types';

/** Where a key came from, as the end of its label. */
export const ORIGIN_PHRASES: Readonly<Record<KeyCandidate['origin'], string>> = {
  jwk: 'from a JWK',
  jwks: 'from a JWKS',
  spki: 'from a PEM public key (SPKI)',
  pkcs8: 'from a PEM private key (PKCS#8)',
  'pkcs1-public': 'from a PEM RSA public key (PKCS#1)',
  'pkcs1-private': 'from a PEM RSA private key (PKCS#1)',
  sec1: 'from a PEM EC private key (SEC1)',
  x509: 'from an X.509 certificate',
  secret: 'pasted as a secret',
};

type Describable = Pick<KeyCandidate, 'origin' | 'kty' | 'crv' | 'bits' | 'isPrivate' | 'kid' | 'alg'>;

/**
 * Names a key in plain words for the key panel and the `key-recognized` finding, e.g.
 * "RSA public key, 2048 bits, from an X.509 certificate, CN=example.com" (RFC 7517 §4.1 kty names).
 * `source` is the origin phrase plus any detail ("from a JWKS, keys[2]").
 */
export function describeKey(key: Describable, source: string): string {
  const parts = [`${kindOf(key)}${key.kty === 'oct' ? '' : key.isPrivate ? ' private key' : ' public key'}`];
  if (key.bits !== undefined && (key.kty === 'RSA' || key.kty === 'oct')) parts.push(describeBits(key));
  parts.push(source);
  if (key.kid !== undefined) parts.push(`kid "${key.kid}"`);
  return parts.join(', ');
}

function kindOf(key: Describable): string {
  switch (key.kty) {
    case 'RSA':
      return 'RSA';
    case 'EC':
      return `EC ${key.crv ?? ''}`.trim();
    case 'OKP':
      return key.crv ?? 'OKP';
    case 'AKP':
      return key.alg ?? 'AKP';
    case 'oct':
      return key.origin === 'secret' ? 'Secret' : 'Symmetric key (oct)';
  }
}

function describeBits(key: Describable): string {
  const bits = key.bits ?? 0;
  return key.kty === 'oct' ? `${bits / 8} bytes (${bits} bits)` : `${bits} bits`;
}
