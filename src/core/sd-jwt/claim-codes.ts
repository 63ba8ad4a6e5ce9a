import type { FindingCode } from '../findings/catalogue';

/**
 * SD-JWT findings that make the processed claims untrustworthy (RFC 9901 §7.1: the verifier must reject):
 * the claims verdict and the diagram's "Check disclosures" step read this one set. Key-binding findings
 * speak through the key-binding verdict instead.
 */
export const DISCLOSURE_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'sd-disclosure-invalid',
  'sd-disclosure-unreferenced',
  'sd-digest-duplicate',
  'sd-claim-name-invalid',
  'sd-claim-collision',
  'sd-alg-unsupported',
]);
