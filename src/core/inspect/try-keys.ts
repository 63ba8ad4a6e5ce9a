import { makeFinding } from '../findings/make-finding';
import type { KeyCandidate, KeyFit } from '../keys';
import type { Finding } from '../types';
import { mapJoseError } from './map-jose-error';

export interface KeyTrial<T> {
  operation: 'verify' | 'decrypt';
  /** Whether the key can serve at all, before any cryptography (RFC 8725 §3.1). */
  fit: (candidate: KeyCandidate) => KeyFit | { fits: false; code: 'epk-invalid'; reason: string };
  run: (candidate: KeyCandidate) => Promise<T>;
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
 */
export async function tryKeys<T>(
  keys: KeyCandidate[],
  trial: KeyTrial<T>,
  at: Partial<Finding>,
): Promise<TrialResult<T>> {
  const failures: Finding[] = [];
  let failure: TrialResult<T>['failure'] = null;
  let tried = 0;
  for (const candidate of keys) {
    tried += 1;
    const keySource = candidate.source ?? 'token';
    const fit = trial.fit(candidate);
    if (!fit.fits) {
      failures.push(
        makeFinding(fit.code, `${candidate.label}: ${fit.reason}`, { ...at, source: keySource, stage: 'key' }),
      );
      if (fit.code === 'alg-unsupported') failure ??= 'unsupported';
      continue;
    }
    try {
      const value = await trial.run(candidate);
      const notes = failures.map((f) => ({ ...f, severity: 'info' as const, message: `Tried first: ${f.message}` }));
      return { success: { candidate, value }, findings: notes, tried, failure };
    } catch (error) {
      const meaning = mapJoseError(error, trial.operation);
      const isKeyProblem = meaning.code === 'key-invalid';
      failures.push(
        makeFinding(meaning.code, `${candidate.label}: ${meaning.message}`, {
          ...at,
          ...(isKeyProblem ? { source: keySource, stage: 'key' } : {}),
        }),
      );
      if (meaning.isUnsupported) failure = failure === 'rejected' ? 'rejected' : 'unsupported';
      else if (!isKeyProblem) failure = 'rejected';
    }
  }
  return { success: null, findings: failures, tried, failure };
}
