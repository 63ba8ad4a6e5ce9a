import type { Finding, FindingCode } from '../../core';

/** What the inspection concluded about the token's x5c chain: trusted, broken or reaching no anchor. */
const CHAIN_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'x5c-chain-valid',
  'x5c-chain-invalid',
  'x5c-untrusted',
]);

/** The findings the "Trust anchors" box explains: its own (source) and the x5c chain's (code). */
export function isAboutTrustAnchors(finding: Finding): boolean {
  return finding.source === 'trust-anchors' || CHAIN_CODES.has(finding.code);
}

const TONE: Record<Finding['severity'], string> = {
  error: 'text-red-700 dark:text-red-400',
  warning: 'text-amber-800 dark:text-amber-300',
  info: '',
};

/** One line per finding about the anchors or the chain they were checked against. */
export function TrustAnchorNotes({ findings }: { findings: readonly Finding[] }) {
  return findings.map((finding, i) => (
    <p key={i} data-finding={finding.code} className={TONE[finding.severity]}>
      {finding.message}
    </p>
  ));
}
