import type { DecodedToken, Inspection, InspectOptions } from '../core';
import type { DecodeResponse } from './decode-messages';
import { isAboutDecode } from './decode-messages';
import { unpackLongStrings, type Packed } from './decode-transfer';
import type { InspectRequest, InspectResponse } from './inspect-worker';

interface Pending {
  resolve: (inspection: Inspection) => void;
  reject: (error: Error) => void;
  /** The inspection's skeleton and the pieces of its long strings still arriving. */
  packed?: Packed<Inspection>;
  pieces?: string[][];
  missing?: number;
  /** Sends the token whole: the worker no longer keeps the large token named by key. */
  resend: () => void;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
/** Large tokens the worker decoded and keeps, with their key there (run-decode.ts). */
const keptInWorker = new WeakMap<DecodedToken, number>();
interface DecodeListener {
  onMessage: (response: DecodeResponse) => void;
  onError: (message: string) => void;
}
let decodeListener: DecodeListener | null = null;

function startWorker(): Worker {
  const created = new Worker(new URL('./inspect-worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<InspectResponse | DecodeResponse>) => {
    if (isAboutDecode(event.data)) return decodeListener?.onMessage(event.data);
    answer(event.data);
  };
  created.onerror = (event) => {
    const message = event.message || 'The inspection worker failed.';
    for (const request of pending.values()) request.reject(new Error(message));
    pending.clear();
    decodeListener?.onError(message);
    worker = null;
  };
  return created;
}

function answer(response: InspectResponse): void {
  const request = pending.get(response.id);
  if (!request) return;
  if (response.ok === false) {
    if (response.missing) return request.resend();
    pending.delete(response.id);
    return request.reject(new Error(response.message));
  }
  if (response.ok === true) {
    request.packed = response.packed;
    request.pieces = response.packed.pieceCounts.map(() => []);
    request.missing = response.packed.pieceCounts.reduce((sum, count) => sum + count, 0);
  } else {
    request.pieces?.[response.index]?.push(response.piece);
    request.missing = (request.missing ?? 0) - 1;
  }
  if (request.packed && request.missing === 0) {
    pending.delete(response.id);
    request.resolve(unpackLongStrings(request.packed, request.pieces ?? []));
  }
}

/**
 * Inspects an already decoded token in a worker (jose and WebCrypto stay off the main thread and out of
 * the entry chunk); the decoded token is cloned across, not decoded again, and a large one the worker
 * decoded itself is only named. The answer's long strings arrive in short messages (decode-transfer.ts).
 */
export function runInspection(id: number, decoded: DecodedToken, options: InspectOptions): Promise<Inspection> {
  const post = (request: InspectRequest) => {
    worker ??= startWorker();
    worker.postMessage(request);
  };
  return new Promise<Inspection>((resolve, reject) => {
    const resend = () => post({ id, decoded, options });
    pending.set(id, { resolve, reject, resend });
    const key = keptInWorker.get(decoded);
    if (key === undefined) resend();
    else post({ id, key, options });
  });
}

/** The inspection worker, for a large decode (run-decode.ts), whose answers go to `listener`. */
export function inspectionWorkerFor(listener: DecodeListener): Worker {
  worker ??= startWorker();
  decodeListener = listener;
  return worker;
}

/** Says that the worker keeps this large token under `key`, so inspections name it instead of cloning it. */
export function keepInWorker(decoded: DecodedToken, key: number): void {
  keptInWorker.set(decoded, key);
}
