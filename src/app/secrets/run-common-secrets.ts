import type { CommonSecretsResult, DecodedToken } from '../../core';
import type { SecretsRequest, SecretsResponse } from './common-secrets-messages';

export interface CommonSecretsRun {
  /** The outcome; a cancelled run answers too, with `isCancelled` and how many were tried. */
  result: Promise<CommonSecretsResult>;
  /** Asks the worker to stop: it does between two secrets and answers with what it tried. */
  cancel: () => void;
}

export type SecretsProgress = (tried: number, total: number) => void;

let lastId = 0;

/**
 * "Try common secrets" on an HS* token in an inspection worker of its own (src/app/inspect-worker.ts),
 * started for this run and ended with it: the list is loaded there, never on the page, and a run never
 * delays the inspections of the worker the inspector uses.
 */
export function runCommonSecrets(decoded: DecodedToken, onProgress: SecretsProgress): CommonSecretsRun {
  lastId += 1;
  const id = lastId;
  const worker = new Worker(new URL('../inspect-worker.ts', import.meta.url), { type: 'module' });
  const post = (request: SecretsRequest) => worker.postMessage(request);
  const result = new Promise<CommonSecretsResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SecretsResponse>) => {
      const response = event.data;
      if (response.type === 'progress') return onProgress(response.tried, response.total);
      worker.terminate();
      if (response.type === 'done') resolve(response.result);
      else reject(new Error(response.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The worker trying common secrets failed.'));
    };
    post({ kind: 'common-secrets', id, decoded });
  });
  return { result, cancel: () => post({ kind: 'cancel-common-secrets', id }) };
}
