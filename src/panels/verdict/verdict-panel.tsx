import { memo } from 'react';
import type { ClaimsVerdict, DecryptionVerdict, Finding, Inspection, SignatureVerdict } from '../../core';
import { selectEvaluationInstant, selectIsVerdictBusy, useAppStore } from '../../store';
import { FindingList } from '../../ui/finding-list';
import { LoadError } from '../../ui/load-error';
import { LayerList } from './layer-list';
import { ClaimChecks } from './claim-checks';
import { useLazyModule } from './use-lazy-module';
import { useTroubleshooting } from './use-troubleshooting';

const loadVerdictTimes = () => import('./verdict-times');

type Tone = 'good' | 'bad' | 'neutral' | 'warn';

const SIGNATURE_WORDS: Record<SignatureVerdict, [string, Tone]> = {
  valid: ['Signature valid', 'good'],
  invalid: ['Signature invalid', 'bad'],
  'not-verified': ['Signature not verified', 'neutral'],
  unsupported: ['Signature algorithm unsupported', 'warn'],
  unsecured: ['Unsecured (alg: none)', 'bad'],
  'not-applicable': ['', 'neutral'],
};
const DECRYPTION_WORDS: Record<DecryptionVerdict, [string, Tone]> = {
  decrypted: ['Decrypted', 'good'],
  failed: ['Decryption failed', 'bad'],
  'not-decrypted': ['Not decrypted', 'neutral'],
  unsupported: ['Encryption algorithm unsupported', 'warn'],
  'not-applicable': ['', 'neutral'],
};
const CLAIMS_WORDS: Record<ClaimsVerdict, [string, Tone]> = {
  valid: ['Claims valid', 'good'],
  invalid: ['Claims invalid', 'bad'],
  'not-applicable': ['', 'neutral'],
};
const TONE_CLASS: Record<Tone, string> = {
  good: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
  bad: 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100',
  warn: 'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100',
  neutral: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100',
};

/**
 * What holds and what does not: the three verdicts, a headline, and every finding at once. While a
 * newer input is being checked the frame says so (busy, dimmed) and the body stays as it was: a
 * keystroke re-renders only the frame.
 */
export function VerdictPanel() {
  const inspection = useAppStore((s) => s.inspection);
  const isBusy = useAppStore(selectIsVerdictBusy);
  if (!inspection) {
    return (
      <div role="status" aria-label="Verdict" aria-busy="true" className="rounded-lg border p-3 text-sm">
        Checking…
      </div>
    );
  }
  const tone = overallTone(inspection);

  return (
    <div
      role="status"
      aria-label="Verdict"
      aria-busy={isBusy}
      data-signature={inspection.signature}
      data-decryption={inspection.decryption}
      data-claims={inspection.claims}
      data-profile={inspection.profile?.id}
      data-key-binding={inspection.sdJwt?.keyBinding}
      className={`flex flex-col gap-2 rounded-lg border-2 bg-white p-3 shadow-sm dark:bg-slate-900 ${isBusy ? 'opacity-60' : ''} ${tone === 'good' ? 'border-emerald-500' : tone === 'bad' ? 'border-red-500' : 'border-slate-300 dark:border-slate-600'}`}
    >
      <VerdictBody inspection={inspection} />
    </div>
  );
}

const VerdictBody = memo(function VerdictBody({ inspection }: { inspection: Inspection }) {
  const error = useAppStore((s) => s.inspectionError);
  const timeZone = useAppStore((s) => s.timeZone);
  // The instant this very result was checked at: its "Evaluate at", else the clock's.
  const evaluatedAt = useAppStore((s) => s.inspectedInputs?.evaluateAt ?? null);
  const instant = useAppStore((s) => selectEvaluationInstant({ evaluateAt: evaluatedAt, nowSeconds: s.nowSeconds }));
  const verdictTimes = useLazyModule(loadVerdictTimes);
  const times = verdictTimes.module;
  const troubleshooting = useTroubleshooting();
  const explainFinding = troubleshooting.explain;
  const findings = inspection.findings.filter(isVerdictFinding);

  return (
    <>
      <p data-headline="" className="text-base font-semibold break-words">
        {inspection.headline}
      </p>
      <p className="flex flex-wrap gap-2 text-xs font-medium">
        <Chip words={DECRYPTION_WORDS[inspection.decryption]} />
        <Chip words={SIGNATURE_WORDS[inspection.signature]} />
        <Chip words={CLAIMS_WORDS[inspection.claims]} />
      </p>
      {error ? <p className="text-sm text-red-700 dark:text-red-400">The check itself failed: {error}</p> : null}
      {inspection.layers.length > 1 ? <LayerList layers={inspection.layers} /> : null}
      {evaluatedAt !== null ? (
        <p data-evaluated-at={evaluatedAt} className="text-sm font-semibold text-amber-800 dark:text-amber-300">
          Evaluated at {times ? times.formatEvaluatedAt(evaluatedAt, timeZone) : `${evaluatedAt} s since 1970`}, not now
        </p>
      ) : null}
      {inspection.claimChecks.length > 0 ? (
        <ClaimChecks
          checks={inspection.claimChecks}
          titles={times?.describeCheckTimes(inspection.payload?.json, instant, timeZone)}
        />
      ) : null}
      {findings.length > 0 ? (
        <FindingList
          findings={findings}
          label="Findings"
          explain={explainFinding && ((f) => explainFinding(f, inspection, instant))}
        />
      ) : null}
      {verdictTimes.loadFailure && (evaluatedAt !== null || inspection.claimChecks.length > 0) ? (
        <LoadError what="the verdict’s times" message={verdictTimes.loadFailure} onRetry={verdictTimes.retry} />
      ) : null}
      {findings.length > 0 && troubleshooting.loadFailure ? (
        <LoadError
          what="the troubleshooting notes"
          message={troubleshooting.loadFailure}
          onRetry={troubleshooting.retry}
        />
      ) : null}
    </>
  );
});

/**
 * What the verdict lists: not the outer token's decode findings (Problems lists those), and not the notes
 * describing a pasted key (shown beside its box). Read from fields, never from wording.
 */
function isVerdictFinding(finding: Finding): boolean {
  const isOuterDecode = (finding.layer ?? 0) === 0 && (finding.stage === 'decode' || finding.stage === 'intake');
  const isKeyNote = finding.stage === 'key' && finding.severity === 'info' && finding.source !== 'token';
  return !isOuterDecode && !isKeyNote;
}

function Chip({ words: [text, tone] }: { words: [string, Tone] }) {
  if (!text) return null;
  return <span className={`rounded px-2 py-0.5 ${TONE_CLASS[tone]}`}>{text}</span>;
}

function overallTone(inspection: Inspection): Tone {
  const verdicts = [inspection.signature, inspection.decryption, inspection.claims];
  if (verdicts.some((v) => v === 'invalid' || v === 'failed' || v === 'unsecured')) return 'bad';
  if (inspection.signature === 'valid' && inspection.claims !== 'invalid') return 'good';
  return 'neutral';
}
