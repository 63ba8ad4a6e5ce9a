import { useState, type ReactNode } from 'react';
import { compareTokens, compareVerdicts, readComparedParts, type Inspection } from '../../core';
import { offsetFor, type OffsetAt } from '../../core/claims/format-instant';
import { selectIsVerdictBusy, useAppStore, type AppState } from '../../store';
import { TextField } from '../../ui/field';
import { Region } from '../../ui/region';
import { DifferenceTable } from './difference-table';
import { useOtherInspection, type OtherToken, type RunInspection } from './use-other-inspection';
import { VerdictDifferences } from './verdict-differences';

interface DifferencesPanelProps {
  runInspection: RunInspection;
}

/** The main token's inspection, only when it was computed for the token now in the box. */
const selectMainInspection = (s: AppState): Inspection | null =>
  s.inspectedInputs?.decoded === s.decoded ? s.inspection : null;

/**
 * "Compare with": a second token, checked with the same keys, expectations and instant as the one above;
 * region "Differences" shows what differs in their headers and claims, then which one fails what.
 */
export function DifferencesPanel({ runInspection }: DifferencesPanelProps) {
  const [text, setText] = useState('');
  const other = useOtherInspection(text, runInspection);
  const main = useAppStore(selectMainInspection);
  const isMainBusy = useAppStore(selectIsVerdictBusy);
  const offsetAt = offsetFor(useAppStore((s) => s.timeZone));
  const isBusy =
    other.status === 'checking' ||
    ((other.status === 'inspected' || other.status === 'failed') && (other.isStale || isMainBusy));

  return (
    <div data-panel="differences">
      <Region title="Differences">
        <TextField
          label="Compare with"
          value={text}
          onChange={setText}
          isMultiline
          placeholder="Paste a second token"
          hint="Checked with the same keys, expectations and instant as the token above."
        />
        <div aria-busy={isBusy} aria-live="polite" className={`mt-3 text-sm ${isBusy ? 'opacity-60' : ''}`}>
          <Comparison main={main} other={other} offsetAt={offsetAt} />
        </div>
      </Region>
    </div>
  );
}

interface ComparisonProps {
  main: Inspection | null;
  other: OtherToken;
  offsetAt: OffsetAt;
}

function Comparison({ main, other, offsetAt }: ComparisonProps) {
  switch (other.status) {
    case 'empty':
      return <Note>Paste a second token to see how its header, claims and verdict differ from this one’s.</Note>;
    case 'undecodable':
      return (
        <Note>
          The text in “Compare with” is not a token:{' '}
          {other.findings.find((f) => f.severity === 'error')?.message ?? 'it could not be decoded.'}
        </Note>
      );
    case 'checking':
      return <Note>Checking the other token…</Note>;
    case 'failed':
      return <Note>The check of the other token failed: {other.message}</Note>;
    case 'inspected':
      if (main === null) return <Note>Waiting for the token above to be checked…</Note>;
      return <InspectedComparison main={main} other={other.inspection} offsetAt={offsetAt} />;
  }
}

function InspectedComparison({ main, other, offsetAt }: { main: Inspection; other: Inspection; offsetAt: OffsetAt }) {
  const { rows, notCompared } = compareTokens(readComparedParts(main), readComparedParts(other));
  const verdicts = compareVerdicts(main, other);
  return (
    <div className="flex flex-col gap-3">
      {notCompared.map(({ part, unreadable }) => (
        <Note key={part}>
          {part === 'header' ? 'Headers' : 'Payloads'} not compared:{' '}
          {unreadable.length === 2 ? 'neither token’s' : `the ${unreadable[0]} token’s`} {part} is not readable
          {part === 'payload' ? ' (an encrypted payload needs its decryption key)' : ''}.
        </Note>
      ))}
      {rows.length > 0 ? (
        <DifferenceTable rows={rows} offsetAt={offsetAt} />
      ) : (
        <p data-no-differences="">No differences in the header and claims.</p>
      )}
      <VerdictDifferences comparison={verdicts} />
    </div>
  );
}

function Note({ children }: { children: ReactNode }) {
  return <p className="text-slate-600 dark:text-slate-300">{children}</p>;
}
