import { processDisclosures, type DecodedToken, type Finding, type Inspection } from '../../../core';

export interface VerifierView {
  payload: NonNullable<Inspection['payload']>;
  /** Errors a verifier would raise on the presentation without the withheld disclosures. */
  findings: Finding[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The claims as a verifier sees them (RFC 9901 §7.1): the inspection's processed payload, or — with some
 * disclosures withheld — the same processing run again without them, on the digests the inspection computed.
 * Null until an inspection of this very token has arrived.
 */
export function readVerifierView(
  decoded: DecodedToken,
  signedPayload: unknown,
  inspection: Inspection | null,
  withheld: ReadonlySet<number>,
): VerifierView | null {
  if (!inspection?.sdJwt || !inspection.payload) return null;
  if (withheld.size === 0 || !decoded.sdJwt || !isObject(signedPayload)) {
    return { payload: inspection.payload, findings: [] };
  }
  const digests = inspection.sdJwt.disclosures.map((d) => d.digest);
  const processed = processDisclosures(signedPayload, decoded.sdJwt.disclosures, digests, withheld);
  return {
    payload: { text: JSON.stringify(processed.claims, null, 2), json: processed.claims },
    findings: processed.findings.filter((f) => f.severity === 'error'),
  };
}
