import { makeFinding } from '../findings/make-finding';
import type { KeyCandidate, KeyFit } from '../keys';
import type { Finding, Severity } from '../types';
import { mapJoseError } from './map-jose-error';

export interface KeyTrial<T> {
  operation: 'verify' | 'decrypt';
  /** Whether the key can serve at all, before any cryptography (RFC 8725 §3.1). */
  fit: (candidate: KeyCandidate) => KeyFit | { fits: false; code: 'epk-invalid'; reason: string };
  run: (candidate: KeyCandidate) => Promise<T>;
  /** The token's kid when it is a string: a key it names that cannot serve it is worth a warning. */
  tokenKid?: string | null;
}

export interface TrialResult<T> {
  success: { candidate: KeyCandidate; value: T } | null;
  /** One finding per key that did not serve; notes when a later key did. */
  findings: Finding[];
  tried: number;
  /** The most telling failure: a key that the token rejected, or an algorithm this runtime lacks. */
  failure: 'rejected' | 'unsupported' | null;
}

/**
 * The one try-the-keys loop of verification and decryption: keys in order until one works. Keys that do
 * not fit, and keys the token does not verify or decrypt under, each leave a finding; when a later key
 * works they were only the other keys of a set, so their findings become notes.
 *
 * A key that does not fit (wrong type, curve, use) was not used for this token: its finding is a note about
 * that key, in its own input, never the cause of a failure (an RSA key left in the box says nothing about an
 * HS256 token). The exception is a key the token names by kid: a token whose alg its own key cannot serve
 * (an HS256 token naming an RSA key is the algorithm-confusion attack, RFC 8725 §2.1) gets a warning.
 */
export async function tryKeys<T>(
  keys: KeyCandidate[],
  trial: KeyTrial<T>,
  at: Partial<Finding>,
): Promise<TrialResult<T>> {
  const failures: Array<{ finding: Finding; wasRun: boolean }> = [];
  let failure: TrialResult<T>['failure'] = null;
  let tried = 0;
  for (const candidate of keys) {
    tried += 1;
    const keySource = candidate.source ?? 'token';
    const fit = trial.fit(candidate);
    if (!fit.fits) {
      const onKey = { ...at, source: keySource, stage: 'key' as const };
      const severity = unfitSeverity(fit.code, candidate, trial.tokenKid);
      const finding = makeFinding(fit.code, `${candidate.label}: ${fit.reason}`, {
        ...onKey,
        ...(severity ? { severity } : {}),
      });
      failures.push({ finding, wasRun: false });
      if (fit.code === 'alg-unsupported') failure ??= 'unsupported';
      continue;
    }
    try {
      const value = await trial.run(candidate);
      // Once a key has worked, every other key was only another key of the set: notes, all of them.
      const notes = failures.map(({ finding, wasRun }) => ({
        ...finding,
        severity: 'info' as const,
        ...(wasRun ? { message: `Tried first: ${finding.message}` } : {}),
      }));
      return { success: { candidate, value }, findings: notes, tried, failure };
    } catch (error) {
      const meaning = mapJoseError(error, trial.operation);
      const isKeyProblem = meaning.code === 'key-invalid';
      failures.push({
        finding: makeFinding(meaning.code, `${candidate.label}: ${meaning.message}`, {
          ...at,
          ...(isKeyProblem ? { source: keySource, stage: 'key' } : {}),
        }),
        wasRun: true,
      });
      if (meaning.isUnsupported) failure = failure === 'rejected' ? 'rejected' : 'unsupported';
      else if (!isKeyProblem) failure = 'rejected';
    }
  }
  return { success: null, findings: failures.map((f) => f.finding), tried, failure };
}

/**
 * How loud a key that does not fit is: a note about an unused key, or a warning when the token named it by
 * kid. An algorithm the runtime lacks keeps its catalogue severity (undefined): it is about the token.
 */
function unfitSeverity(
  code: 'key-alg-mismatch' | 'key-wrong-use' | 'alg-unsupported' | 'epk-invalid',
  candidate: KeyCandidate,
  tokenKid: string | null | undefined,
): Severity | undefined {
  if (code === 'alg-unsupported') return undefined;
  const isNamedByToken = typeof tokenKid === 'string' && candidate.kid === tokenKid;
  return isNamedByToken ? 'warning' : 'info';
}
