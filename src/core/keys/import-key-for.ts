import { importJWK } from 'jose';
import { checkKeyFits, type KeyOperation } from './check-key-fits';
import { isNobleKeyJwk } from './curves';
import { toNobleKey } from './noble-key';
import type { KeyCandidate } from './types';

/** Thrown by `importKeyFor` when `checkKeyFits` refuses the key; `code` is the finding code. */
export class KeyUnfitError extends Error {
  constructor(
    readonly code: 'key-alg-mismatch' | 'key-wrong-use' | 'alg-unsupported',
    message: string,
  ) {
    super(message);
    this.name = 'KeyUnfitError';
  }
}

/**
 * Turns a candidate into what jose's verify, decrypt, sign and encrypt functions take for `alg`: a
 * CryptoKey (the public key to verify or encrypt, the private key to decrypt or sign), or the raw bytes for HMAC, dir, AES key wrap and PBES2
 * (RFC 7518 §3.2, §4.4–4.8). Runs `checkKeyFits` first and throws `KeyUnfitError` when it refuses, so the
 * key's "use", "key_ops" and "alg" are honoured here even though the imported key no longer carries them.
 * A key WebCrypto lacks (secp256k1, Ed448, X448, AKP) becomes a `NobleKey`: its raw bytes, marked, for
 * the noble engine that `isNobleKey` sends it to.
 */
export async function importKeyFor(
  candidate: KeyCandidate,
  alg: string,
  operation: KeyOperation,
  enc?: string,
): Promise<CryptoKey | Uint8Array> {
  const fit = checkKeyFits(candidate, alg, operation, enc);
  if (!fit.fits) throw new KeyUnfitError(fit.code, fit.reason);
  if (candidate.kty === 'oct') {
    if (candidate.secret === undefined) throw new KeyUnfitError('key-alg-mismatch', 'the symmetric key has no bytes');
    return candidate.secret.slice();
  }
  const isPublic = operation === 'verify' || operation === 'encrypt';
  const jwk = isPublic ? candidate.publicJwk : candidate.privateJwk;
  if (jwk === undefined)
    throw new KeyUnfitError('key-alg-mismatch', `the ${isPublic ? 'public' : 'private'} key is missing`);
  if (isNobleKeyJwk(jwk)) {
    const nobleKey = toNobleKey(jwk, !isPublic);
    if (nobleKey === undefined) throw new KeyUnfitError('key-alg-mismatch', 'the key bytes are missing');
    return nobleKey;
  }
  // A fresh copy: the candidate stays plain data, and jose sees no use/key_ops/alg (already checked above).
  const key = await importJWK({ ...jwk }, alg);
  if (key instanceof Uint8Array) throw new KeyUnfitError('key-alg-mismatch', 'expected an asymmetric key');
  return key;
}
