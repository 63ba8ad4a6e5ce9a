import { HistoryPanel } from '../../panels/history/history-panel';
import { useAppStore } from '../../store';
import { useTokenHistory } from './use-token-history';

/** Loads a remembered token into the inspector, as if typed. */
function openRemembered(token: string): void {
  const state = useAppStore.getState();
  state.setView('inspect');
  state.setToken(token, 'typed');
}

/** Region "History" and the note on what is stored: loaded after the first paint, with the IndexedDB code. */
export default function HistoryView() {
  const history = useTokenHistory();
  return (
    <HistoryPanel
      isOn={history.isOn}
      entries={history.entries}
      problem={history.problem}
      onToggle={history.setOn}
      onOpen={openRemembered}
      onForget={history.forget}
      onForgetAll={history.forgetAll}
    />
  );
}
