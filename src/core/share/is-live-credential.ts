import type { Inspection } from '../inspect/types';

/**
 * Whether a token should be treated as a live credential when shared: anything not shown expired at the
 * instant the inspection was evaluated at (RFC 7519 §4.1.4). A token without `exp`, or one whose payload
 * could not be read (an undecrypted JWE), may still be accepted by a server: live.
 */
export function isLiveCredential(inspection: Pick<Inspection, 'findings'>): boolean {
  return !inspection.findings.some((finding) => finding.code === 'exp-expired');
}
