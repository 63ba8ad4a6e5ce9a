import { formatSpan } from '../claims/describe-times';
import { FINDINGS, type FindingCode } from '../findings/catalogue';
import type { Inspection } from '../inspect/types';
import type { Finding } from '../types';
import { TROUBLESHOOTING } from './troubleshoot';

export interface FindingExplanation {
  title: string;
  /** Most likely first; for a time finding the measured skew comes first. */
  causes: string[];
  fix: string;
  ref: string;
  /**
   * For exp-expired, nbf-future and iat-future: how many seconds the claim is off from `now` (positive:
   * expired that long ago, or that far in the future). Absent when the claim cannot be read.
   */
  skewSeconds?: number;
}

/** Past this, a time finding is about an old or future-dated token rather than two drifting clocks. */
const CLOCK_DRIFT_MAX_SEC = 300;

/**
 * Likely causes and the fix for a finding, with the measured clock skew for time findings
 * (RFC 7519 §4.1.4–4.1.6). `now` is seconds since the epoch; default the clock.
 */
export function explainFinding(
  finding: Finding,
  inspection?: Inspection | null,
  now: number = Math.floor(Date.now() / 1000),
): FindingExplanation {
  const info = FINDINGS[finding.code];
  const help = TROUBLESHOOTING[finding.code];
  const explanation: FindingExplanation = { title: info.title, causes: [...help.causes], fix: help.fix, ref: info.ref };
  const skew = measureSkew(finding.code, inspection, now);
  if (skew === null) return explanation;
  return { ...explanation, causes: [describeSkew(finding.code, skew), ...help.causes], skewSeconds: skew };
}

const TIME_CLAIM: Partial<Record<FindingCode, 'exp' | 'nbf' | 'iat'>> = {
  'exp-expired': 'exp',
  'nbf-future': 'nbf',
  'iat-future': 'iat',
};

function measureSkew(code: FindingCode, inspection: Inspection | null | undefined, now: number): number | null {
  const claim = TIME_CLAIM[code];
  const claims = inspection?.payload?.json;
  if (!claim || typeof claims !== 'object' || claims === null || Array.isArray(claims)) return null;
  if (!Object.hasOwn(claims, claim)) return null;
  const value: unknown = (claims as Record<string, unknown>)[claim];
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isFinite(now)) return null;
  return Math.round(claim === 'exp' ? now - value : value - now);
}

function describeSkew(code: FindingCode, skew: number): string {
  const span = skew >= 60 ? `${skew} s (${formatSpan(skew)})` : `${skew} s`;
  const isDrift = Math.abs(skew) <= CLOCK_DRIFT_MAX_SEC;
  if (code === 'exp-expired') {
    return isDrift
      ? `Measured: expired ${span} ago. If the token was just issued, this clock is about ${skew} s ahead of the issuer’s.`
      : `Measured: expired ${span} ago — far more than clock drift: an old token was reused.`;
  }
  const claim = code === 'nbf-future' ? 'nbf' : 'iat';
  return isDrift
    ? `Measured: "${claim}" is ${span} ahead of this clock, so the issuer’s clock is about ${skew} s ahead.`
    : `Measured: "${claim}" is ${span} ahead of this clock — more than drift: check the issuer’s clock and time zone handling.`;
}
