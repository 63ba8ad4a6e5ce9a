import { exportJWK, importPKCS8, importSPKI } from 'jose';
import { encodeBase64 } from '../encoding/base64';
import { describeError } from './describe-error';
import { isNobleKeyJwk, lookUpCurve, RSA_IMPORT_ALG } from './curves';
import { checkRsaExponent, modulusBits, pickKeyJwk, publicPartOf } from './key-jwk';
import { checkNobleJwk, completeNobleJwk } from './noble-jwk';
import { readKeyAlgorithm, type DerKeyAlgorithm } from './read-key-algorithm';
import { readNobleDer } from './read-noble-der';
import type { KeyJwk } from './types';
import { wrapRsaPrivateKey, wrapRsaPublicKey } from './wrap-key-der';

/** A DER key after import: what it is, as JWK members. */
export interface ImportedDerKey {
  kty: 'RSA' | 'EC' | 'OKP' | 'AKP';
  crv?: string;
  /** AKP: the ML-DSA parameter set. */
  alg?: string;
  bits?: number;
  isPssOnly: boolean;
  publicJwk: KeyJwk;
  privateJwk?: KeyJwk;
}

/**
 * Imports a DER SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) or PKCS#8 PrivateKeyInfo (RFC 5208 §5) through
 * jose and WebCrypto, and exports it as JWK members (RFC 7517). An id-RSASSA-PSS key (RFC 4055) is
 * re-labelled rsaEncryption first, because WebCrypto imports only that; the key bytes are unchanged.
 * Keys WebCrypto refuses (secp256k1, Ed448, X448, ML-DSA) are read from their DER and checked by the
 * noble engine instead. Throws an Error that says why the key cannot be used.
 */
export async function importDerKey(der: Uint8Array, format: 'spki' | 'pkcs8'): Promise<ImportedDerKey> {
  const algorithm = readKeyAlgorithm(der, format);
  if (isNobleKeyJwk(algorithm)) return importNobleDerKey(algorithm, format);
  let container = der;
  if (algorithm.isPssOnly) {
    container = format === 'spki' ? wrapRsaPublicKey(algorithm.inner) : wrapRsaPrivateKey(algorithm.inner);
  }
  const importAlg = algorithm.crv === undefined ? RSA_IMPORT_ALG : (lookUpCurve(algorithm.crv)?.importAlg ?? '');
  const key = await importWithJose(container, format, importAlg);
  const jwk = pickKeyJwk(algorithm.kty, await exportJWK(key));
  const exponentProblem = algorithm.kty === 'RSA' ? checkRsaExponent(jwk.e) : undefined;
  if (exponentProblem !== undefined) throw new Error(exponentProblem);
  const bits = algorithm.kty === 'RSA' ? modulusBits(jwk.n) : lookUpCurve(algorithm.crv ?? '')?.bits;
  return {
    kty: algorithm.kty,
    ...(algorithm.crv === undefined ? {} : { crv: algorithm.crv }),
    ...(bits === undefined ? {} : { bits }),
    isPssOnly: algorithm.isPssOnly,
    publicJwk: publicPartOf(jwk),
    ...(format === 'pkcs8' ? { privateJwk: jwk } : {}),
  };
}

async function importNobleDerKey(algorithm: DerKeyAlgorithm, format: 'spki' | 'pkcs8'): Promise<ImportedDerKey> {
  const jwk = await completeNobleJwk(readNobleDer(algorithm, format));
  const problem = await checkNobleJwk(jwk);
  if (problem !== undefined) throw new Error(problem);
  const bits = lookUpCurve(algorithm.crv ?? '')?.bits;
  return {
    kty: algorithm.kty,
    ...(algorithm.crv === undefined ? {} : { crv: algorithm.crv }),
    ...(algorithm.alg === undefined ? {} : { alg: algorithm.alg }),
    ...(bits === undefined ? {} : { bits }),
    isPssOnly: false,
    publicJwk: publicPartOf(jwk),
    ...(format === 'pkcs8' ? { privateJwk: jwk } : {}),
  };
}

async function importWithJose(der: Uint8Array, format: 'spki' | 'pkcs8', alg: string): Promise<CryptoKey> {
  const label = format === 'spki' ? 'PUBLIC KEY' : 'PRIVATE KEY';
  const pem = `-----BEGIN ${label}-----\n${encodeBase64(der)}\n-----END ${label}-----`;
  try {
    return format === 'spki'
      ? await importSPKI(pem, alg, { extractable: true })
      : await importPKCS8(pem, alg, { extractable: true });
  } catch (error) {
    throw new Error(`WebCrypto could not import it (${describeError(error)})`, { cause: error });
  }
}
