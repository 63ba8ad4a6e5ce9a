import type { DecodedToken } from '../core';
import type { DecodeRequest, DecodeResponse } from './decode-messages';
import { PIECE_CHARS, unpackLongStrings, type Packed } from './decode-transfer';
import { inspectionWorkerFor, keepInWorker } from './run-inspection';

interface Decoding {
  text: string;
  resolve: (decoded: DecodedToken) => void;
  reject: (error: Error) => void;
  packed: Packed<DecodedToken> | null;
  pieces: string[][];
  missing: number;
}

const decoding = new Map<number, Decoding>();
let lastKey = 0;

const listener = {
  onMessage(response: DecodeResponse) {
    const run = decoding.get(response.key);
    if (!run) return;
    if (response.type === 'failed') {
      decoding.delete(response.key);
      return run.reject(new Error(response.message));
    }
    if (response.type === 'token') {
      run.packed = response.packed;
      run.pieces = response.packed.pieceCounts.map(() => []);
      run.missing = response.packed.pieceCounts.reduce((sum, count) => sum + count, 0);
    } else {
      run.pieces[response.index]?.push(response.piece);
      run.missing -= 1;
    }
    if (run.packed && run.missing === 0) {
      decoding.delete(response.key);
      const decoded = unpackLongStrings(run.packed, run.pieces, run.text);
      keepInWorker(decoded, response.key);
      run.resolve(decoded);
    }
  },
  onError(message: string) {
    for (const run of decoding.values()) run.reject(new Error(message));
    decoding.clear();
  },
};

/**
 * Decodes a large token text in the inspection worker, which keeps it for the inspections that follow.
 * The text goes across in pieces, one task each, and the answer comes back the same way
 * (decode-transfer.ts): cloning 10 MB in one message is a long task on the page.
 */
export function decodeInWorker(text: string): Promise<DecodedToken> {
  lastKey += 1;
  const key = lastKey;
  const worker = inspectionWorkerFor(listener);
  return new Promise<DecodedToken>((resolve, reject) => {
    decoding.set(key, { text, resolve, reject, packed: null, pieces: [], missing: 0 });
    const send = (at: number) => {
      // A newer text replaced this one: its worker time is better spent on that.
      if (lastKey !== key) {
        decoding.delete(key);
        return reject(new Error('A newer token replaced this one.'));
      }
      const isLast = at + PIECE_CHARS >= text.length;
      const request: DecodeRequest = { kind: 'decode-large', key, piece: text.slice(at, at + PIECE_CHARS), isLast };
      worker.postMessage(request);
      if (!isLast) setTimeout(() => send(at + PIECE_CHARS), 0);
    };
    send(0);
  });
}
