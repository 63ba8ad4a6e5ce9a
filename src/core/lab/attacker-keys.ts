import { calculateJwkThumbprint, exportJWK, exportSPKI, generateKeyPair, importJWK } from 'jose';
import { lookUpJwsAlgorithm } from '../algorithms/registry';
import { decodeBase64 } from '../encoding/base64';
import type { KeyCandidate } from '../keys';
import { lookUpCurve, RSA_IMPORT_ALG } from '../keys/curves';

/** Asymmetric algorithms jose (WebCrypto) can make a fresh key pair for in every browser: the registry says. */
const isGeneratable = (alg: string): boolean => {
  const entry = lookUpJwsAlgorithm(alg);
  return entry !== undefined && entry.engine === 'jose' && entry.family !== 'HMAC';
};

export interface AttackerKey {
  alg: string;
  privateKey: CryptoKey;
  publicJwk: Record<string, unknown>;
  kid: string;
}

/** A fresh key pair for `alg` when jose can make one, else ES256 (the attacker picks any algorithm). */
export async function makeAttackerKey(alg: string): Promise<AttackerKey> {
  const chosen = isGeneratable(alg) ? alg : 'ES256';
  const { privateKey, publicKey } = await generateKeyPair(chosen, { extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { alg: chosen, privateKey, publicJwk: { ...jwk, kid, alg: chosen, use: 'sig' }, kid };
}

/** A key of the same algorithm that is not the issuer's: random bytes for HMAC, a fresh pair otherwise. */
export async function makeOtherKey(alg: string): Promise<CryptoKey | Uint8Array | null> {
  const entry = lookUpJwsAlgorithm(alg);
  if (entry?.family === 'HMAC' && entry.minKeyBits !== undefined)
    return crypto.getRandomValues(new Uint8Array(entry.minKeyBits / 8));
  if (!isGeneratable(alg)) return null;
  return (await generateKeyPair(alg)).privateKey;
}

/** The SPKI PEM (RFC 7468 §13) and DER of an RSA or P-256/384/521 public key, as a server stores it. */
export async function readPublicKeyForms(candidate: KeyCandidate): Promise<{ pem: string; der: Uint8Array } | null> {
  const jwk = candidate.publicJwk;
  if (jwk === undefined) return null;
  // RSA and the NIST curves only: the classic confusion stores an SPKI that WebCrypto can export.
  const curve = jwk.kty === 'EC' ? lookUpCurve(jwk.crv ?? '') : undefined;
  const alg = jwk.kty === 'RSA' ? RSA_IMPORT_ALG : curve?.engine === 'jose' ? curve.importAlg : undefined;
  if (alg === undefined) return null;
  const key = await importJWK({ ...jwk, ext: true }, alg);
  if (key instanceof Uint8Array) return null;
  const pem = `${await exportSPKI(key)}\n`;
  const body = pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
  const der = decodeBase64(body);
  return der.ok ? { pem, der: der.bytes } : null;
}
