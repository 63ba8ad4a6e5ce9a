import { decodeBase64Url } from '../encoding/base64url';
import { makeFinding } from '../findings/make-finding';
import type { DecodedPart, DecodedToken, Finding } from '../types';

/** A path step, a NUL, or SQL quoting and comment marks: what a kid looked up as a key never needs. */
const INJECTION = /\.\.[/\\]|\0|['";]|--(\s|$)|\/\*/;

/** The length of an ECDSA JWS signature, r then s (RFC 7518 §3.4). */
const ECDSA_SIZES: Record<string, number> = { ES256: 64, ES384: 96, ES512: 132, ES256K: 64 };

/**
 * Shapes of a compact JWS that attacks produce (RFC 8725 §3.10, CVE-2022-21449): a kid with path or SQL
 * characters, and an ECDSA signature of zeros of the full length.
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

/**
 * The attack shapes of a compact JWS. Run by the inspector (in its worker), not by the decoder, so this
 * lint stays out of the entry chunk.
 */
export function findAttackShapes(decoded: DecodedToken): Finding[] {
  if (decoded.format !== 'jws-compact' || decoded.header === null) return [];
  return checkAttackShapes(
    decoded.header,
    decoded.parts.find((p) => p.name === 'signature'),
  );
}
