import { lookUpJweAlgorithm, lookUpJwsAlgorithm } from '../algorithms/registry';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../types';
import type { KeyCandidate } from './types';

/**
 * A `key-weak` warning when the key is shorter than the registry's minimum for `alg`: an RSA modulus
 * under 2048 bits (RFC 7518 §3.3, §4.2–4.3), or an HMAC secret shorter than the hash output (§3.2).
 * Only a warning: whether to refuse is the verifier's policy (jose itself refuses RSA under 2048).
 */
export function findWeakKey(candidate: KeyCandidate, alg: string): Finding | null {
  const entry = lookUpJwsAlgorithm(alg) ?? lookUpJweAlgorithm(alg);
  const bits = candidate.bits;
  if (entry?.minKeyBits === undefined || bits === undefined || bits >= entry.minKeyBits) return null;
  if (candidate.kty === 'RSA' && entry.kty === 'RSA') {
    return makeFinding(
      'key-weak',
      `The ${bits}-bit RSA key is too short for ${alg}: use at least ${entry.minKeyBits} bits (${entry.ref}).`,
    );
  }
  if (candidate.kty === 'oct' && entry.kty === 'oct') {
    return makeFinding(
      'key-weak',
      `The ${bits / 8}-byte (${bits}-bit) secret is shorter than the ${alg} hash output: ` +
        `use at least ${entry.minKeyBits / 8} random bytes (${entry.ref}).`,
    );
  }
  return null;
}
