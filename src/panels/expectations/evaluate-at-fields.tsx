import { useState } from 'react';
import { formatInstant, offsetFor, parseInstant, type TimeZoneChoice } from '../../core/claims/format-instant';
import { selectEvaluationInstant, useAppStore } from '../../store';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { SegmentedControl } from '../../ui/segmented-control';

const ZONES: ReadonlyArray<{ value: TimeZoneChoice; label: string }> = [
  { value: 'utc', label: 'UTC' },
  { value: 'local', label: 'Local' },
];

/** What was typed, kept only while it still describes the instant in force in the zone it was typed in. */
interface Draft {
  text: string;
  error: string | null;
  zone: TimeZoneChoice;
  evaluateAt: number | null;
}

/**
 * "Evaluate at": the instant every time check uses (exp, nbf, iat, the profiles' time rules), typed as
 * seconds since 1970 or an ISO 8601 date and time; blank or "Now" follows the clock. "Times in": the zone
 * every absolute time on the page is shown in, always with its offset.
 */
export function EvaluateAtFields() {
  const evaluateAt = useAppStore((s) => s.evaluateAt);
  const instant = useAppStore(selectEvaluationInstant);
  const timeZone = useAppStore((s) => s.timeZone);
  const setEvaluateAt = useAppStore((s) => s.setEvaluateAt);
  const setTimeZone = useAppStore((s) => s.setTimeZone);
  const [typed, setTyped] = useState<Draft | null>(null);
  const offsetAt = offsetFor(timeZone);
  const draft = typed?.zone === timeZone && typed.evaluateAt === evaluateAt ? typed : null;
  const text = draft?.text ?? (evaluateAt === null ? '' : formatInstant(evaluateAt, offsetAt));

  const change = (next: string) => {
    const parsed = next.trim() === '' ? { seconds: null } : parseInstant(next, offsetAt);
    if ('error' in parsed) {
      setTyped({ text: next, error: parsed.error, zone: timeZone, evaluateAt });
      return;
    }
    setEvaluateAt(parsed.seconds);
    setTyped({ text: next, error: null, zone: timeZone, evaluateAt: parsed.seconds });
  };

  return (
    <div className="flex flex-col gap-2 sm:col-span-2">
      <TextField
        label="Evaluate at"
        value={text}
        onChange={change}
        placeholder="now: the clock (or 2026-01-01 10:00:00, or seconds since 1970)"
        hint={
          draft?.error ? (
            <span className="text-red-700 dark:text-red-400">{draft.error} Still in force: the instant before.</span>
          ) : (
            <>
              Every time check uses {formatInstant(instant, offsetAt)}
              {evaluateAt === null ? ', the clock' : ', not now'}. Without an offset, a time is read in the zone of
              “Times in”.
            </>
          )
        }
      />
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <Button
          onClick={() => {
            setEvaluateAt(null);
            setTyped(null);
          }}
        >
          Now
        </Button>
        <span aria-hidden="true" className="ml-2 font-semibold">
          Times in
        </span>
        <SegmentedControl label="Times in" options={ZONES} value={timeZone} onChange={setTimeZone} />
      </div>
    </div>
  );
}
