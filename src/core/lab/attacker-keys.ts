import { calculateJwkThumbprint, exportJWK, exportSPKI, generateKeyPair, importJWK } from 'jose';
import { decodeBase64 } from '../encoding/base64';
import type { KeyCandidate } from '../keys';

/** Algorithms jose can make a fresh key pair for in every browser. */
const GENERATABLE = /^(RS|PS)(256|384|512)$|^ES(256|384|512)$|^(EdDSA|Ed25519)$/;

export interface AttackerKey {
  alg: string;
  privateKey: CryptoKey;
  publicJwk: Record<string, unknown>;
  kid: string;
}

/** A fresh key pair for `alg` when jose can make one, else ES256 (the attacker picks any algorithm). */
export async function makeAttackerKey(alg: string): Promise<AttackerKey> {
  const chosen = GENERATABLE.test(alg) ? alg : 'ES256';
  const { privateKey, publicKey } = await generateKeyPair(chosen, { extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { alg: chosen, privateKey, publicJwk: { ...jwk, kid, alg: chosen, use: 'sig' }, kid };
}

/** A key of the same algorithm that is not the issuer's: random bytes for HMAC, a fresh pair otherwise. */
export async function makeOtherKey(alg: string): Promise<CryptoKey | Uint8Array | null> {
  const hmac = /^HS(256|384|512)$/.exec(alg);
  if (hmac) return crypto.getRandomValues(new Uint8Array(Number(hmac[1]) / 8));
  if (!GENERATABLE.test(alg)) return null;
  return (await generateKeyPair(alg)).privateKey;
}

const IMPORT_ALG: Record<string, string> = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' };

/** The SPKI PEM (RFC 7468 §13) and DER of an RSA or P-256/384/521 public key, as a server stores it. */
export async function readPublicKeyForms(candidate: KeyCandidate): Promise<{ pem: string; der: Uint8Array } | null> {
  const jwk = candidate.publicJwk;
  if (jwk === undefined) return null;
  const alg = jwk.kty === 'RSA' ? 'RS256' : jwk.kty === 'EC' && jwk.crv ? IMPORT_ALG[jwk.crv] : undefined;
  if (alg === undefined) return null;
  const key = await importJWK({ ...jwk, ext: true }, alg);
  if (key instanceof Uint8Array) return null;
  const pem = `${await exportSPKI(key)}\n`;
  const body = pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
  const der = decodeBase64(body);
  return der.ok ? { pem, der: der.bytes } : null;
}
