import type { DecodedToken, Inspection, InspectOptions } from '../core';
import type { InspectRequest, InspectResponse } from './inspect-worker';

type Pending = { resolve: (inspection: Inspection) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
const pending = new Map<number, Pending>();

function startWorker(): Worker {
  const created = new Worker(new URL('./inspect-worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<InspectResponse>) => {
    const request = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (!request) return;
    if (event.data.ok) request.resolve(event.data.inspection);
    else request.reject(new Error(event.data.message));
  };
  created.onerror = (event) => {
    for (const request of pending.values()) request.reject(new Error(event.message || 'The inspection worker failed.'));
    pending.clear();
    worker = null;
  };
  return created;
}

/**
 * Inspects an already decoded token in a worker (jose and WebCrypto stay off the main thread and out of
 * the entry chunk); the decoded token is cloned across, not decoded again.
 */
export function runInspection(id: number, decoded: DecodedToken, options: InspectOptions): Promise<Inspection> {
  worker ??= startWorker();
  const request: InspectRequest = { id, decoded, options };
  return new Promise<Inspection>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker?.postMessage(request);
  });
}
