import type { Finding, FindingExplanation, Inspection } from '../../core';
import { useLazyModule } from './use-lazy-module';

export type ExplainFinding = (finding: Finding, inspection?: Inspection | null, now?: number) => FindingExplanation;

interface Troubleshooting {
  explain: ExplainFinding | undefined;
  /** Why the catalogue did not load; null while loading or loaded. */
  loadFailure: string | null;
  /** Imports the catalogue again. */
  retry: () => void;
}

const loadExplainFinding = () => import('../../core/explain/explain-finding');

/** The troubleshooting catalogue is long prose: it loads after the first paint, not with the entry chunk. */
export function useTroubleshooting(): Troubleshooting {
  const { module, loadFailure, retry } = useLazyModule(loadExplainFinding);
  return { explain: module?.explainFinding, loadFailure, retry };
}
