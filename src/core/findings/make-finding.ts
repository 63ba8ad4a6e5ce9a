import type { Finding } from '../types';
import { FINDINGS, type FindingCode } from './catalogue';

/**
 * Builds a finding whose severity, stage and hint come from the catalogue unless overridden; its source is
 * the token unless the caller says it is about another input.
 */
export function makeFinding(
  code: FindingCode,
  message: string,
  extra: Partial<Omit<Finding, 'code' | 'message'>> = {},
): Finding {
  const info = FINDINGS[code];
  return { code, severity: info.severity, message, hint: info.hint, source: 'token', stage: info.stage, ...extra };
}
