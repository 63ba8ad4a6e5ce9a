import type { FindRequest, FindResponse } from './find-worker';

export type FindAnswer = Exclude<FindResponse, { type: 'progress' }>;
type Progress = Extract<FindResponse, { type: 'progress' }>;

/** The running search: its worker, and how to answer its caller when it is stopped. */
let running: { worker: Worker; answer: (answer: FindAnswer | null) => void } | null = null;
let lastId = 0;

/**
 * Searches a paste or a file for tokens in a worker of its own. Only the newest search is answered:
 * starting one stops the one before (its worker is ended, so a 50 MB file never keeps a core busy for
 * nothing), and the stopped one answers null.
 */
export function runFind(what: { text: string } | { file: File }, onProgress: (progress: Progress) => void) {
  stopFind();
  lastId += 1;
  const id = lastId;
  const worker = new Worker(new URL('./find-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<FindAnswer | null>((resolve) => {
    const search = {
      worker,
      answer: (answer: FindAnswer | null) => {
        worker.terminate();
        if (running === search) running = null;
        resolve(answer);
      },
    };
    running = search;
    worker.onmessage = (event: MessageEvent<FindResponse>) => {
      if (event.data.type === 'progress') onProgress(event.data);
      else search.answer(event.data);
    };
    worker.onerror = (event) =>
      search.answer({ id, type: 'failed', message: event.message || 'The search for tokens failed.' });
    const request: FindRequest = 'file' in what ? { id, file: what.file } : { id, text: what.text };
    worker.postMessage(request);
  });
}

/** Ends the running search, if any; it answers null. */
export function stopFind(): void {
  running?.answer(null);
}
