/// <reference lib="webworker" />
import { decodeToken, findTokens, isWholeToken, MAX_INPUT_CHARS, type FoundToken } from '../core';

export type FindRequest = { id: number; text: string } | { id: number; file: File };

export type FindResponse =
  | { id: number; type: 'progress'; stage: 'reading' | 'searching'; done: number; total: number }
  /** The file holds exactly one token: the inspector takes its text. */
  | { id: number; type: 'whole'; text: string }
  | { id: number; type: 'found'; tokens: FoundToken[] }
  | { id: number; type: 'failed'; message: string };

/** Largest file read; a browser's HAR export of a long session stays well below it. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** Progress is said at most this often, so messages never outnumber the work. */
const PROGRESS_EVERY_MS = 50;

const post = (response: FindResponse) => self.postMessage(response);

// A large file is read and searched here, off the main thread: the page keeps answering while it runs.
self.onmessage = async (event: MessageEvent<FindRequest>) => {
  const request = event.data;
  const { id } = request;
  try {
    let last = 0;
    const progress = (stage: 'reading' | 'searching') => (done: number, total: number) => {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS && done < total) return;
      last = now;
      post({ id, type: 'progress', stage, done, total });
    };
    let text: string;
    if ('file' in request) {
      if (request.file.size > MAX_FILE_BYTES) {
        post({ id, type: 'failed', message: tooLarge(request.file.size) });
        return;
      }
      text = await readText(request.file, progress('reading'));
      if (text.length <= MAX_INPUT_CHARS && isWholeToken(decodeToken(text))) {
        post({ id, type: 'whole', text });
        return;
      }
    } else {
      text = request.text;
    }
    post({ id, type: 'found', tokens: findTokens(text, progress('searching')) });
  } catch (error) {
    post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};

/** The file as UTF-8 text, read in chunks so the reading can say how far it is. */
async function readText(file: File, onProgress: (done: number, total: number) => void): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let done = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    done += chunk.value.byteLength;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    onProgress(done, file.size);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function tooLarge(size: number): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `The file is ${mb(size)}; JWT Lens reads files of at most ${mb(MAX_FILE_BYTES)}.`;
}
