import { useAppStore } from '../store';
import { LazyView } from '../ui/lazy-view';
import { runInspection } from './run-inspection';

// Loaded after the first paint, as one small chunk, so the entry carries one import instead of five; each
// panel still has a chunk of its own and fails alone.
// "Compare with" and its Differences: only someone holding a second token needs them.
const loadDifferencesPanel = () => import('../panels/differences/differences-panel').then((m) => m.DifferencesPanel);
// "Validator tests": malicious variants of the token; jose's signing loads when the region is opened.
const loadValidatorTests = () => import('../panels/lab/validator-tests-panel').then((m) => m.ValidatorTestsPanel);
const loadFlowPanel = () => import('../panels/flow/flow-panel').then((m) => m.FlowPanel);
const loadComparePanel = () => import('../panels/explain/compare-panel').then((m) => m.ComparePanel);
const loadProfileGuidePanel = () => import('../panels/explain/profile-guide-panel').then((m) => m.ProfileGuidePanel);

/** The inspector's report column under the decoded parts: comparison, validator tests, diagram and guides. */
export default function InspectorExtras() {
  const setToken = useAppStore((s) => s.setToken);
  return (
    <>
      <LazyView load={loadDifferencesPanel} what="the token comparison" props={{ runInspection }} />
      <LazyView load={loadValidatorTests} what="the validator tests" props={{ setToken }} />
      <LazyView load={loadFlowPanel} what="the flow diagram" props={{}} />
      <LazyView load={loadComparePanel} what="the JWS vs JWE comparison" props={{}} />
      <LazyView load={loadProfileGuidePanel} what="the token profiles guide" props={{}} />
    </>
  );
}
