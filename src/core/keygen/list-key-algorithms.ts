import { JWE_ALGORITHMS, JWE_ENCRYPTIONS, JWS_ALGORITHMS } from '../algorithms/registry';
import { checkKeyFits, findWeakKey, type KeyCandidate } from '../keys';
import type { KeyPurpose } from './key-kinds';

export interface KeyAlgorithm {
  /** "ES256", "RSA-OAEP-256", or "dir + A256GCM". */
  label: string;
  /** What the key's JWK "alg" says for it; for dir, the enc (as RFC 7520 §5.6 does). */
  jwkAlg: string;
}

/**
 * The supported algorithms a key can serve for `purpose`, read from the registry through `checkKeyFits`
 * (RFC 7518 §3–4): signature algs for 'sig', key management algs for 'enc' ("dir + <enc>" for each
 * content encryption a symmetric key has the exact length for). Weak fits (an HMAC secret shorter than
 * the hash, RFC 7518 §3.2) and PBES2 (meant for passwords, not random keys) are left out.
 */
export function listKeyAlgorithms(candidate: KeyCandidate, purpose: KeyPurpose): KeyAlgorithm[] {
  if (purpose === 'sig') {
    return Object.keys(JWS_ALGORITHMS)
      .filter((alg) => checkKeyFits(candidate, alg, 'sign').fits && findWeakKey(candidate, alg) === null)
      .map((alg) => ({ label: alg, jwkAlg: alg }));
  }
  return Object.values(JWE_ALGORITHMS).flatMap((entry): KeyAlgorithm[] => {
    if (entry.family === 'PBES2') return [];
    if (entry.family !== 'dir') {
      return checkKeyFits(candidate, entry.alg, 'encrypt').fits ? [{ label: entry.alg, jwkAlg: entry.alg }] : [];
    }
    return Object.keys(JWE_ENCRYPTIONS)
      .filter((enc) => checkKeyFits(candidate, 'dir', 'encrypt', enc).fits)
      .map((enc) => ({ label: `dir + ${enc}`, jwkAlg: enc }));
  });
}
