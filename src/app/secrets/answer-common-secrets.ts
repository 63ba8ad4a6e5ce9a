import { loadCommonSecrets, tryCommonSecrets } from '../../core';
import type { SecretsRequest, SecretsResponse } from './common-secrets-messages';

/** Runs in progress in this worker, by request id, so a cancel message can stop one. */
const running = new Map<number, AbortController>();

/**
 * The worker's side of "Try common secrets": loads the bundled list (a lazy chunk of the worker's own,
 * never the page's) and tries it on the token. Each secret is an awaited WebCrypto call, so a cancel
 * message is read between two secrets and the run stops at once.
 */
export async function answerCommonSecrets(request: SecretsRequest, post: (response: SecretsResponse) => void) {
  const { id } = request;
  if (request.kind === 'cancel-common-secrets') {
    running.get(id)?.abort();
    return;
  }
  const controller = new AbortController();
  running.set(id, controller);
  try {
    const secrets = await loadCommonSecrets();
    const result = await tryCommonSecrets(request.decoded, secrets, {
      signal: controller.signal,
      onProgress: (tried, total) => post({ kind: 'common-secrets', id, type: 'progress', tried, total }),
    });
    post({ kind: 'common-secrets', id, type: 'done', result });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ kind: 'common-secrets', id, type: 'failed', message });
  } finally {
    running.delete(id);
  }
}
