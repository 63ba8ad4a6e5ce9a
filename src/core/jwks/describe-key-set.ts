import { calculateJwkThumbprint, type JWK } from 'jose';
import { isJsonObject } from '../json/is-json-object';
import { PRIVATE_JWK_MEMBERS } from '../keys/private-jwk-members';

export interface KeySetEntry {
  index: number;
  kid: string | null;
  kty: string | null;
  /** "P-256", "2048 bits", "256 bits"… */
  size: string | null;
  alg: string | null;
  use: string | null;
  /** RFC 7638 SHA-256 thumbprint, or null when the JWK is too broken to have one. */
  thumbprint: string | null;
  /** Why the key cannot serve to verify, or null when it can. */
  problem: string | null;
}

/** One row per key of a fetched set (RFC 7517 §5), for the key-set view. */
export async function describeKeySet(keys: unknown[]): Promise<KeySetEntry[]> {
  return Promise.all(keys.map((key, index) => describeEntry(key, index)));
}

async function describeEntry(key: unknown, index: number): Promise<KeySetEntry> {
  const empty = { index, kid: null, kty: null, size: null, alg: null, use: null, thumbprint: null };
  if (!isJsonObject(key)) return { ...empty, problem: 'not a JSON object' };
  const jwk = key;
  const text = (name: string) =>
    Object.hasOwn(jwk, name) && typeof jwk[name] === 'string' ? (jwk[name] as string) : null;
  const kty = text('kty');
  const entry = { ...empty, kid: text('kid'), kty, alg: text('alg'), use: text('use'), size: describeSize(jwk, kty) };
  let thumbprint: string | null = null;
  try {
    thumbprint = await calculateJwkThumbprint(jwk as JWK);
  } catch {
    thumbprint = null;
  }
  return { ...entry, thumbprint, problem: findProblem(jwk, kty, entry.use) };
}

function describeSize(jwk: Record<string, unknown>, kty: string | null): string | null {
  if (kty === 'RSA' && typeof jwk.n === 'string')
    return `${Math.floor((jwk.n.replace(/=+$/, '').length * 6) / 8) * 8} bits`;
  if ((kty === 'EC' || kty === 'OKP') && typeof jwk.crv === 'string') return jwk.crv;
  if (kty === 'oct' && typeof jwk.k === 'string') return `${Math.floor((jwk.k.length * 6) / 8) * 8} bits`;
  return null;
}

function findProblem(jwk: Record<string, unknown>, kty: string | null, use: string | null): string | null {
  if (kty === null) return 'no "kty"';
  if (!['RSA', 'EC', 'OKP', 'oct'].includes(kty)) return `unknown key type "${kty}"`;
  // A symmetric key is all secret: say that, rather than list its "k" as a leaked private member.
  if (kty === 'oct') return 'a shared secret in a public key set';
  const leaked = PRIVATE_JWK_MEMBERS.filter((m) => Object.hasOwn(jwk, m));
  if (leaked.length > 0)
    return `contains private key members (${leaked.join(', ')}): a published set must hold public keys only`;
  if (use !== null && use !== 'sig') return `"use": "${use}" — not for signatures`;
  return null;
}
