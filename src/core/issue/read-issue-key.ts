import { makeFinding } from '../findings/make-finding';
import type { SecretEncoding } from '../inspect/types';
import { describeError } from '../keys/describe-error';
import { checkKeyFits, importKeyFor, parseKeyInput, type KeyCandidate } from '../keys';
import { thumbprintOf } from '../keygen/key-material';
import type { Finding } from '../types';

export interface IssueKeyRequest {
  text: string;
  secretEncoding?: SecretEncoding | undefined;
  alg: string;
  enc?: string;
  operation: 'sign' | 'encrypt';
  /** How the key is named in messages: "Signing key", "Encryption key". */
  role: string;
  /** The kid the user set in the header, to pick that key from a JWKS. */
  headerKid: unknown;
}

export interface PickedIssueKey {
  candidate: KeyCandidate;
  /**
   * The kid to put in the header when the user set none: the key's own, else the RFC 7638 thumbprint of
   * a public key. Never a symmetric key's thumbprint: an unsalted hash of a password would let anyone
   * test guesses quickly, skipping PBES2's iterations (RFC 7518 §4.8).
   */
  kid: string | undefined;
}

export interface IssueKey extends PickedIssueKey {
  key: CryptoKey | Uint8Array;
}

export type IssueKeyResult = { ok: true; value: IssueKey } | { ok: false; findings: Finding[] };
export type PickedIssueKeyResult = { ok: true; value: PickedIssueKey } | { ok: false; findings: Finding[] };

/**
 * Reads the pasted key (anything `parseKeyInput` reads) and picks the first key that can sign or encrypt
 * with `alg`, the one named by the header's kid first (RFC 7515 §4.1.4). Signing needs the private key
 * (RFC 7515 §5.1); encrypting needs only the recipient's public key (RFC 7516 §5.1).
 */
export async function readIssueKey(request: IssueKeyRequest): Promise<IssueKeyResult> {
  const picked = await pickIssueKey(request);
  if (!picked.ok) return picked;
  const { candidate } = picked.value;
  try {
    const key = await importKeyFor(candidate, request.alg, request.operation, request.enc);
    return { ok: true, value: { ...picked.value, key } };
  } catch (error) {
    return failure(unusable(request.role, describeError(error)));
  }
}

/**
 * The key `readIssueKey` would import, not imported: for the second JWE engine (RSA1_5, 192-bit AES,
 * X448), which reads the candidate's JWK or secret itself.
 */
export async function pickIssueKey(request: IssueKeyRequest): Promise<PickedIssueKeyResult> {
  const { text, alg, enc, operation, role } = request;
  if (text.trim() === '') {
    const needed = operation === 'sign' ? 'the private key or the HMAC secret' : 'the recipient’s key or the password';
    return failure(makeFinding('key-missing', `${role}: paste ${needed}.`, { severity: 'error' }));
  }
  const parsed = await parseKeyInput(text, request.secretEncoding ? { secretEncoding: request.secretEncoding } : {});
  if (parsed.candidates.length === 0) {
    return {
      ok: false,
      findings: parsed.findings.map(({ at: _at, ...f }) => ({ ...f, message: `${role}: ${f.message}` })),
    };
  }
  const named = parsed.candidates.filter((c) => c.kid !== undefined && c.kid === request.headerKid);
  const ordered = [...named, ...parsed.candidates.filter((c) => !named.includes(c))];
  const candidate = ordered.find((c) => checkKeyFits(c, alg, operation, enc).fits);
  if (candidate === undefined) {
    const first = ordered[0];
    const fit = first === undefined ? undefined : checkKeyFits(first, alg, operation, enc);
    if (first === undefined || fit === undefined || fit.fits) return failure(unusable(role, 'no key fits'));
    return failure(
      makeFinding(fit.code, `${role}: ${first.label} cannot be used: ${fit.reason}.`, { severity: 'error' }),
    );
  }
  try {
    const kid = candidate.kid ?? (candidate.kty === 'oct' ? undefined : await thumbprintOf(candidate));
    return { ok: true, value: { candidate, kid } };
  } catch (error) {
    return failure(unusable(role, describeError(error)));
  }
}

function unusable(role: string, reason: string): Finding {
  return makeFinding('issue-failed', `${role}: the key could not be imported (${reason}).`);
}

function failure(finding: Finding): IssueKeyResult {
  return { ok: false, findings: [finding] };
}
