import { isWholeToken, type ProfileContext } from '../../core';
import { runFind, stopFind } from '../run-find';
import { takeTokenText, useAppStore, type AppState } from '../../store';
import { decodeInWorker } from '../decode-in-worker';

/** The context members a found token's companions can fill; choosing another token replaces all of them. */
const LINKED: ReadonlyArray<keyof ProfileContext> = [
  'accessToken',
  'dpopProof',
  'httpMethod',
  'httpUri',
  'code',
  'state',
];
/** Shorter texts are still being typed: they are not searched. */
const MIN_SEARCH_CHARS = 16;

/** Inspects the found token at `index`, with the context the tokens and request found beside it give. */
export function chooseFound(index: number): void {
  const state = useAppStore.getState();
  const found = state.found?.tokens[index];
  if (!found) return;
  state.setProfileContext(Object.fromEntries(LINKED.map((name) => [name, found.context?.[name]])));
  state.setToken(found.token, 'found');
}

/**
 * Searches what was typed or pasted when it is not exactly one token (a curl command, headers, a token
 * response, a URL, a log…), lists what it finds and inspects the first. Called on every change of the text.
 */
export function searchIfNotOneToken(state: AppState): void {
  if (state.tokenSource !== 'typed' || state.refusedInputLength !== null) return;
  const text = state.tokenText;
  if (text.trim() === '') {
    stopFind();
    if (state.found) state.setFound(null);
    if (state.findStatus.state !== 'idle') state.setFindStatus({ state: 'idle' });
    return;
  }
  if (text.length < MIN_SEARCH_CHARS || isWholeToken(state.decoded)) return;
  if (state.found?.origin === 'paste' && state.found.text === text) return;
  void searchPaste(text);
}

async function searchPaste(text: string): Promise<void> {
  const { setFindStatus } = useAppStore.getState();
  setFindStatus({ state: 'busy', stage: 'searching', done: 0, total: text.length, name: null });
  const answer = await runFind({ text }, ({ stage, done, total }) =>
    setFindStatus({ state: 'busy', stage, done, total, name: null }),
  );
  if (answer === null) return; // a newer search took over
  const state = useAppStore.getState();
  if (answer.type === 'failed') {
    state.setFindStatus({ state: 'failed', message: answer.message });
    return;
  }
  state.setFindStatus({ state: 'idle' });
  // The text changed while the worker searched: the newer text has its own search.
  if (answer.type !== 'found' || state.tokenText !== text) return;
  state.setFound({ origin: 'paste', name: null, size: text.length, text, tokens: answer.tokens });
  if (answer.tokens.length > 0) chooseFound(0);
}

/**
 * Opens a file (HAR, JSON, text) chosen with "Open a file" or dropped on the page: read and searched in a
 * worker with progress; a file that is exactly one token is inspected as it is.
 */
export async function openFile(file: File): Promise<void> {
  const { setFindStatus, setView } = useAppStore.getState();
  setView('inspect');
  setFindStatus({ state: 'busy', stage: 'reading', done: 0, total: file.size, name: file.name });
  const answer = await runFind({ file }, ({ stage, done, total }) =>
    setFindStatus({ state: 'busy', stage, done, total, name: file.name }),
  );
  if (answer === null) return;
  const state = useAppStore.getState();
  if (answer.type === 'failed') {
    state.setFindStatus({ state: 'failed', message: `${file.name}: ${answer.message}` });
    return;
  }
  state.setFindStatus({ state: 'idle' });
  if (answer.type === 'whole') {
    state.setFound(null);
    // A file may hold megabytes of one token: decoded in the worker like a large paste.
    await takeTokenText(useAppStore, answer.text, 'file', decodeInWorker);
    return;
  }
  state.setFound({ origin: 'file', name: file.name, size: file.size, text: null, tokens: answer.tokens });
  if (answer.tokens.length > 0) chooseFound(0);
}

/** Stops a search the user no longer wants. */
export function cancelFind(): void {
  stopFind();
  useAppStore.getState().setFindStatus({ state: 'idle' });
}
