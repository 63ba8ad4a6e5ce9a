import { JWE_ALGORITHMS, JWE_ENCRYPTIONS, JWS_ALGORITHMS } from '../algorithms/registry';
import { CLAIMS, HEADER_PARAMETERS } from './names';

export interface CatalogueCoverage {
  headerParameters: number;
  claims: number;
  /** Registered `alg` values for JWS, without "none" (RFC 7518 §3.1, RFC 8037, RFC 8812, RFC 9864). */
  jwsAlgorithms: number;
  /** Registered key-management `alg` values for JWE (RFC 7518 §4.1). */
  jweAlgorithms: number;
  /** Registered `enc` values (RFC 7518 §5.1). */
  jweEncryptions: number;
}

/** How many names each catalogue explains, for an "about" line and for tests. */
export function catalogueCoverage(): CatalogueCoverage {
  return {
    headerParameters: Object.keys(HEADER_PARAMETERS).length,
    claims: Object.keys(CLAIMS).length,
    jwsAlgorithms: Object.keys(JWS_ALGORITHMS).length,
    jweAlgorithms: Object.keys(JWE_ALGORITHMS).length,
    jweEncryptions: Object.keys(JWE_ENCRYPTIONS).length,
  };
}
