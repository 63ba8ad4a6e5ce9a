import { formatSpan } from '../claims/describe-times';
import { FINDINGS, type FindingCode } from '../findings/catalogue';
import type { Inspection } from '../inspect/types';
import { isJsonObject } from '../json/is-json-object';
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
  const skew = measureSkew(finding, inspection, now);
  if (skew === null) return explanation;
  return {
    ...explanation,
    causes: [describeSkew(finding.code, finding.name ?? '', skew), ...help.causes],
    skewSeconds: skew,
  };
}

/** The findings whose cause is a measurable clock skew: a time that has passed, or one not yet come. */
const SKEW_CODES: ReadonlySet<FindingCode> = new Set(['exp-expired', 'nbf-future', 'iat-future']);

function measureSkew(finding: Finding, inspection: Inspection | null | undefined, now: number): number | null {
  const claim = finding.name;
  const claims = inspection?.payload?.json;
  if (!SKEW_CODES.has(finding.code) || claim === undefined || !isJsonObject(claims)) return null;
  if (!Object.hasOwn(claims, claim)) return null;
  const value = claims[claim];
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isFinite(now)) return null;
  return Math.round(claim === 'exp' ? now - value : value - now);
}

function describeSkew(code: FindingCode, claim: string, skew: number): string {
  const span = skew >= 60 ? `${skew} s (${formatSpan(skew)})` : `${skew} s`;
  const isDrift = Math.abs(skew) <= CLOCK_DRIFT_MAX_SEC;
  if (code === 'exp-expired') {
    return isDrift
      ? `Measured: expired ${span} ago. If the token was just issued, this clock is about ${skew} s ahead of the issuer’s.`
      : `Measured: expired ${span} ago — far more than clock drift: an old token was reused.`;
  }
  return isDrift
    ? `Measured: "${claim}" is ${span} ahead of this clock, so the issuer’s clock is about ${skew} s ahead.`
    : `Measured: "${claim}" is ${span} ahead of this clock — more than drift: check the issuer’s clock and time zone handling.`;
}
