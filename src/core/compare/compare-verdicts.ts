import type { FindingCode } from '../findings/catalogue';
import type { Inspection } from '../inspect/types';
import type { Finding } from '../types';
import type { FindingOnlyOne, VerdictComparison, VerdictSide } from './types';

/**
 * Which token fails what: both inspections' verdicts side by side, and for each token the finding codes
 * its report has and the other's has not (a code both have is a shared trait, not a difference).
 */
export function compareVerdicts(self: Inspection, other: Inspection): VerdictComparison {
  return {
    this: readVerdicts(self),
    other: readVerdicts(other),
    onlyThis: findingsMissingFrom(self.findings, other.findings),
    onlyOther: findingsMissingFrom(other.findings, self.findings),
  };
}

function readVerdicts({ signature, decryption, claims }: Inspection): VerdictSide {
  return { signature, decryption, claims };
}

/** The findings of `findings`, grouped by code in report order, whose code `others` lacks. */
function findingsMissingFrom(findings: readonly Finding[], others: readonly Finding[]): FindingOnlyOne[] {
  const shared = new Set<FindingCode>(others.map((f) => f.code));
  const byCode = new Map<FindingCode, Finding[]>();
  for (const finding of findings) {
    if (shared.has(finding.code)) continue;
    const group = byCode.get(finding.code);
    if (group) group.push(finding);
    else byCode.set(finding.code, [finding]);
  }
  return [...byCode].map(([code, group]) => ({ code, findings: group }));
}
