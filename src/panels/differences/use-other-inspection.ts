import { useEffect, useMemo, useState } from 'react';
import { decodeToken, type DecodedToken, type Finding, type Inspection, type InspectOptions } from '../../core';
import {
  sameInputs,
  selectEvaluationInstant,
  selectInspectionInputs,
  toInspectOptions,
  useAppStore,
} from '../../store';

/** The app's inspection worker (src/app/run-inspection.ts), handed down by the app: panels do not import it. */
export type RunInspection = (id: number, decoded: DecodedToken, options: InspectOptions) => Promise<Inspection>;

/** As for the main token: typing (here, or in a key or expectation box) pauses this long before a check. */
const CHECK_DEBOUNCE_MS = 120;

let lastRequestId = 0;
/** The store counts its request ids up from 1; these count down from -1, so the two never meet in the worker. */
const nextRequestId = (): number => (lastRequestId -= 1);

type InspectionInputs = ReturnType<typeof selectInspectionInputs>;

/** An answer, tied to what it was computed from. */
interface Answer {
  decoded: DecodedToken;
  inputs: InspectionInputs;
  /** The instant in force ("Evaluate at", else the clock) when it was computed. */
  instant: number;
  outcome: { inspection: Inspection } | { error: string };
}

export type OtherToken =
  | { status: 'empty' }
  | { status: 'undecodable'; findings: Finding[] }
  | { status: 'checking' }
  | { status: 'failed'; message: string; isStale: boolean }
  /** `isStale` while the main inputs or the instant have changed and the new answer is on its way. */
  | { status: 'inspected'; inspection: Inspection; isStale: boolean };

/**
 * Decodes the second token and inspects it with exactly the main token's options (keys, expectations,
 * profile, context, instant), again whenever those change: the same verifier judging both tokens.
 */
export function useOtherInspection(text: string, runInspection: RunInspection): OtherToken {
  const decoded = useMemo(() => (text.trim() === '' ? null : decodeToken(text)), [text]);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (decoded === null || decoded.format === 'unknown') return undefined;
    let latestId = 0;
    const check = () => {
      const state = useAppStore.getState();
      const id = nextRequestId();
      latestId = id;
      const inputs = selectInspectionInputs(state);
      const instant = selectEvaluationInstant(state);
      const settle = (outcome: Answer['outcome']) => {
        if (id === latestId) setAnswer({ decoded, inputs, instant, outcome });
      };
      // Exactly the main check's options (use-app-effects.ts), with this token: the same verifier, the same instant.
      runInspection(id, decoded, toInspectOptions({ ...inputs, decoded }, state.nowSeconds)).then(
        (inspection) => settle({ inspection }),
        (error: unknown) => settle({ error: error instanceof Error ? error.message : String(error) }),
      );
    };
    let timer = window.setTimeout(check, CHECK_DEBOUNCE_MS);
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      const isSame =
        sameInputs(selectInspectionInputs(state), selectInspectionInputs(previous)) &&
        selectEvaluationInstant(state) === selectEvaluationInstant(previous);
      if (isSame) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(check, CHECK_DEBOUNCE_MS);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
      latestId = 0;
    };
  }, [decoded, runInspection]);

  const isCurrent = useAppStore(
    (s) =>
      answer !== null &&
      sameInputs(answer.inputs, selectInspectionInputs(s)) &&
      answer.instant === selectEvaluationInstant(s),
  );

  if (decoded === null) return { status: 'empty' };
  if (decoded.format === 'unknown') return { status: 'undecodable', findings: decoded.findings };
  if (answer === null || answer.decoded !== decoded) return { status: 'checking' };
  const isStale = !isCurrent;
  if ('error' in answer.outcome) return { status: 'failed', message: answer.outcome.error, isStale };
  return { status: 'inspected', inspection: answer.outcome.inspection, isStale };
}
