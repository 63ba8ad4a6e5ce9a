import { HEADER_PARAMETERS } from '../catalogue/header-parameters';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../types';

/** Extensions JWT Lens understands (RFC 7797 `b64`). */
const UNDERSTOOD = new Set(['b64']);
/** Names defined by RFC 7515/7516/7518 must not appear in crit (RFC 7515 §4.1.11): read from the catalogue. */
const REGISTERED = new Set(Object.keys(HEADER_PARAMETERS).filter((name) => HEADER_PARAMETERS[name]?.isCoreJose));

export interface CritResult {
  findings: Finding[];
  /** Unknown names, passed to jose as recognised so the signature's mathematics can still be reported. */
  unknown: string[];
  isValid: boolean;
}

/** Checks `crit` of a protected header (RFC 7515 §4.1.11, RFC 7516 §4.1.13). */
export function checkCrit(
  protectedHeader: Record<string, unknown> | null,
  unprotected: Record<string, unknown> | null,
  at: Partial<Finding>,
): CritResult {
  const findings: Finding[] = [];
  const unknown: string[] = [];
  const crit = protectedHeader && Object.hasOwn(protectedHeader, 'crit') ? protectedHeader.crit : undefined;
  if (unprotected && Object.hasOwn(unprotected, 'crit')) {
    findings.push(
      makeFinding('crit-invalid', '"crit" must be in the protected header, not an unprotected one.', {
        ...at,
        part: 'header',
        name: 'crit',
      }),
    );
  }
  if (crit === undefined) return { findings, unknown, isValid: findings.length === 0 };
  const bad = (message: string) =>
    findings.push(makeFinding('crit-invalid', message, { ...at, part: 'header', name: 'crit' }));
  if (!Array.isArray(crit) || crit.length === 0) {
    bad('"crit" must be a non-empty array of header parameter names.');
    return { findings, unknown, isValid: false };
  }
  for (const name of crit) {
    if (typeof name !== 'string') bad(`"crit" lists ${JSON.stringify(name)}, which is not a name.`);
    else if (REGISTERED.has(name))
      bad(`"crit" lists "${name}", which the JOSE specifications define; only extensions may be listed.`);
    else if (!protectedHeader || !Object.hasOwn(protectedHeader, name))
      bad(`"crit" lists "${name}", but the protected header has no such member.`);
    else if (!UNDERSTOOD.has(name)) {
      unknown.push(name);
      findings.push(
        makeFinding(
          'crit-unsupported',
          `"crit" requires the extension "${name}", which a verifier here does not understand, so it must reject the token.`,
          { ...at, part: 'header', name },
        ),
      );
    }
  }
  return { findings, unknown, isValid: findings.length === 0 };
}

/**
 * RFC 7797 §3, §6: "b64" belongs in the protected header, and "crit" must list it. Without that, a
 * verifier that does not know "b64" reads the payload as base64url while one that does reads it raw:
 * the same signature then vouches for two different payloads.
 */
export function checkB64(
  protectedHeader: Record<string, unknown> | null,
  unprotected: Record<string, unknown> | null,
  at: Partial<Finding>,
): Finding[] {
  const on = { ...at, part: 'header' as const, name: 'b64' };
  if (unprotected && Object.hasOwn(unprotected, 'b64'))
    return [makeFinding('crit-invalid', '"b64" must be in the protected header (RFC 7797 §3).', on)];
  if (!protectedHeader || !Object.hasOwn(protectedHeader, 'b64')) return [];
  const crit = Object.hasOwn(protectedHeader, 'crit') ? protectedHeader.crit : undefined;
  if (Array.isArray(crit) && crit.includes('b64')) return [];
  return [
    makeFinding(
      'crit-invalid',
      '"b64" is used but "crit" does not list it (RFC 7797 §6), so verifiers disagree on what the payload is.',
      on,
    ),
  ];
}
