import { useEffect } from 'react';
import { TokensFoundPanel } from '../../panels/found/tokens-found-panel';
import { useAppStore } from '../../store';
import { cancelFind, chooseFound, searchIfNotOneToken } from './search-tokens';

/** How long the text must rest before it is searched: a burst of keystrokes starts one search. */
const SEARCH_DEBOUNCE_MS = 60;

/**
 * "Tokens found", and the search behind it: whenever the token box holds a text that is not exactly one
 * token, it is searched in a worker. Loaded after the first paint.
 */
export default function TokensFoundView() {
  useEffect(() => {
    // A paste made before this chunk arrived is searched now; later ones as they come.
    searchIfNotOneToken(useAppStore.getState());
    let timer: number | undefined;
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.tokenText === previous.tokenText && state.tokenSource === previous.tokenSource) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => searchIfNotOneToken(useAppStore.getState()), SEARCH_DEBOUNCE_MS);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, []);
  return <TokensFoundPanel onChoose={chooseFound} onCancel={cancelFind} />;
}
