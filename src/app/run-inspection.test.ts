import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { stubInspection } from '../../test-support/stub-inspection';
import { decodeToken, type Inspection } from '../core';
import { packLongStrings, PIECE_CHARS } from './decode-transfer';
import type { InspectRequest, InspectResponse } from './inspect-worker';

/** Stands in for the inspection worker: `reply` answers each request the page posts. */
class FakeWorker {
  static requests: InspectRequest[] = [];
  static reply: (request: InspectRequest, post: (response: InspectResponse) => void) => void = () => {};
  onmessage: ((event: { data: InspectResponse }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  postMessage(request: InspectRequest) {
    FakeWorker.requests.push(structuredClone(request));
    queueMicrotask(() =>
      FakeWorker.reply(request, (response) => this.onmessage?.({ data: structuredClone(response) })),
    );
  }
}

/** Answers the way inspect-worker.ts does: the inspection without its long strings, then the pieces. */
function answerWith(result: Inspection, id: number, post: (response: InspectResponse) => void) {
  const { packed, pieces } = packLongStrings(result);
  post({ id, ok: true, packed });
  pieces.forEach((stringPieces, index) => {
    for (const piece of stringPieces) post({ id, ok: 'piece', index, piece });
  });
}

beforeAll(() => vi.stubGlobal('Worker', FakeWorker));
afterAll(() => vi.unstubAllGlobals());

describe('inspections in the worker, seen from the page', () => {
  it('joins an answer whose long strings arrive in pieces', async () => {
    const { runInspection } = await import('./run-inspection');
    const long = 'z'.repeat(PIECE_CHARS * 2 + 3);
    FakeWorker.reply = (request, post) => answerWith(stubInspection(long), request.id, post);
    const result = await runInspection(1, decodeToken('a.b.c'), { verificationKey: '' });
    expect(result.payload?.text).toBe(long);
  });

  it('names a large token the worker keeps, and sends it whole when the worker no longer has it', async () => {
    const { runInspection, keepInWorker } = await import('./run-inspection');
    const decoded = decodeToken('x.y.z');
    keepInWorker(decoded, 77);
    FakeWorker.requests = [];
    FakeWorker.reply = (request, post) => {
      if ('key' in request) post({ id: request.id, ok: false, message: 'not kept', missing: true });
      else answerWith(stubInspection('sent whole'), request.id, post);
    };
    const result = await runInspection(2, decoded, { verificationKey: '' });
    expect(result.payload?.text).toBe('sent whole');
    expect(FakeWorker.requests.map((r) => ('key' in r ? `key ${r.key}` : 'decoded'))).toEqual(['key 77', 'decoded']);
  });

  it('a failure that is not a missing token rejects with its message', async () => {
    const { runInspection } = await import('./run-inspection');
    FakeWorker.reply = (request, post) => post({ id: request.id, ok: false, message: 'key import failed' });
    await expect(runInspection(3, decodeToken('a.b.c'), { verificationKey: '' })).rejects.toThrow('key import failed');
  });
});
