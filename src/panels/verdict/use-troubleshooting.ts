import { useEffect, useState } from 'react';
import type { Finding, FindingExplanation, Inspection } from '../../core';
import { describeError } from '../../ui/load-error';

export type ExplainFinding = (finding: Finding, inspection?: Inspection | null, now?: number) => FindingExplanation;

interface Troubleshooting {
  explain: ExplainFinding | undefined;
  /** Why the catalogue did not load; null while loading or loaded. */
  loadFailure: string | null;
  /** Imports the catalogue again (a failed import() is not remembered by the browser, only by us). */
  retry: () => void;
}

/** The troubleshooting catalogue is long prose: it loads after the first paint, not with the entry chunk. */
export function useTroubleshooting(): Troubleshooting {
  const [loaded, setLoaded] = useState<{ explain?: ExplainFinding; failure: string | null }>({ failure: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let isMounted = true;
    import('../../core/explain/explain-finding').then(
      (m) => isMounted && setLoaded({ explain: m.explainFinding, failure: null }),
      (error: unknown) => isMounted && setLoaded({ failure: describeError(error) }),
    );
    return () => {
      isMounted = false;
    };
  }, [attempt]);
  const retry = () => {
    setLoaded({ failure: null });
    setAttempt((n) => n + 1);
  };
  return { explain: loaded.explain, loadFailure: loaded.failure, retry };
}
