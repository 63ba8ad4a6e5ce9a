import { decodeBase64Url } from '../encoding/base64url';
import { makeFinding } from '../findings/make-finding';
import type { DecodedPart, Finding } from '../types';

/** A path step, a NUL, or SQL quoting and comment marks: what a kid looked up as a key never needs. */
const INJECTION = /\.\.[/\\]|\0|['";]|--(\s|$)|\/\*/;

/** The length of an ECDSA JWS signature, r then s (RFC 7518 §3.4). */
const ECDSA_SIZES: Record<string, number> = { ES256: 64, ES384: 96, ES512: 132, ES256K: 64 };

/**
 * Shapes of a compact JWS that attacks produce (RFC 8725 §3.10, RFC 7797 §6, CVE-2022-21449): a kid with path
 * or SQL characters, "b64" outside "crit", and an ECDSA signature of zeros of the full length.
 */
export function checkAttackShapes(header: Record<string, unknown>, signature: DecodedPart | undefined): Finding[] {
  const findings: Finding[] = [];
  const { kid, alg } = header;
  if (typeof kid === 'string' && INJECTION.test(kid)) {
    findings.push(
      makeFinding('kid-suspicious', `Header "kid" ${JSON.stringify(kid)} holds path or SQL characters.`, {
        part: 'header',
        name: 'kid',
      }),
    );
  }
  const crit = header.crit;
  if (Object.hasOwn(header, 'b64') && !(Array.isArray(crit) && crit.includes('b64'))) {
    findings.push(
      makeFinding('b64-not-critical', 'Header has "b64" but "crit" does not list it.', { part: 'header', name: 'b64' }),
    );
  }
  const size = typeof alg === 'string' && Object.hasOwn(ECDSA_SIZES, alg) ? ECDSA_SIZES[alg] : undefined;
  if (size !== undefined && signature !== undefined) {
    const decoded = decodeBase64Url(signature.encoded);
    if (decoded.ok && decoded.bytes.length === size && decoded.bytes.every((byte) => byte === 0)) {
      findings.push(
        makeFinding('signature-zero', `The ${alg} signature is all zeros (r = s = 0).`, {
          part: 'signature',
          ...(signature.range ? { at: signature.range } : {}),
        }),
      );
    }
  }
  return findings;
}
