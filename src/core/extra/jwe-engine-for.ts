import type { Engine, JweAlgorithm, JweEncryption } from '../algorithms/registry';
import { lookUpCurve } from '../keys/curves';

/**
 * What runs a JWE, read from the registry: jose only when alg, enc and the key agreement curve all have
 * WebCrypto; otherwise the second engine runs the whole JWE (RSA1_5 on node-forge, the rest on @noble).
 * Kept out of the registry so the entry chunk carries the table, not this.
 */
export function jweEngineFor(algorithm: JweAlgorithm, encryption: JweEncryption, crv: string | null): Engine {
  if (algorithm.engine !== 'jose') return algorithm.engine;
  if (encryption.engine !== 'jose') return encryption.engine;
  // The key agreement curve: the curve table says which ones WebCrypto lacks (X448).
  return crv !== null && lookUpCurve(crv)?.engine === 'noble' ? 'noble' : 'jose';
}
