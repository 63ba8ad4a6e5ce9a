import { encodeBase64Url } from '../encoding/base64url';
import type { PathProblem } from './check-path';

const THUMBPRINTS = [
  { member: 'x5t#S256', hash: 'SHA-256', ref: 'RFC 7515 §4.1.8' },
  { member: 'x5t', hash: 'SHA-1', ref: 'RFC 7515 §4.1.7' },
] as const;

/**
 * RFC 7515 §4.1.7–4.1.8: `x5t` and `x5t#S256`, when the header has them, are the base64url SHA-1 and
 * SHA-256 digests of the leaf certificate's DER, so they must name the same certificate as `x5c[0]`.
 */
export async function checkThumbprints(
  leafDer: Uint8Array<ArrayBuffer>,
  given: { 'x5t#S256'?: unknown; x5t?: unknown },
): Promise<PathProblem[]> {
  const problems: PathProblem[] = [];
  for (const { member, hash, ref } of THUMBPRINTS) {
    const value = given[member];
    if (typeof value !== 'string') continue;
    const digest = encodeBase64Url(new Uint8Array(await crypto.subtle.digest(hash, leafDer)));
    if (digest === value) continue;
    const message = `The header's ${member} is ${quote(value)}, but the ${hash} thumbprint of the leaf certificate x5c[0] is ${digest} (${ref}): they name different certificates.`;
    problems.push({ reason: 'thumbprint-mismatch', index: 0, message, member });
  }
  return problems;
}

/** The header's value as given, cut short: it comes from the token. */
function quote(value: string): string {
  return JSON.stringify(value.length > 64 ? `${value.slice(0, 64)}…` : value);
}
