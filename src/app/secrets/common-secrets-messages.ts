import type { CommonSecretsResult, DecodedToken } from '../../core';

/** "Try common secrets" in the inspection worker: started, and perhaps cancelled, by its id. */
export type SecretsRequest =
  { kind: 'common-secrets'; id: number; decoded: DecodedToken } | { kind: 'cancel-common-secrets'; id: number };

/** Progress while it runs, then exactly one `done` (found, none, or cancelled) or `failed`. */
export type SecretsResponse =
  | { kind: 'common-secrets'; id: number; type: 'progress'; tried: number; total: number }
  | { kind: 'common-secrets'; id: number; type: 'done'; result: CommonSecretsResult }
  | { kind: 'common-secrets'; id: number; type: 'failed'; message: string };

/** Requests and responses of the inspection worker that are about common secrets carry a `kind`. */
export function isAboutSecrets<T extends object>(message: T): message is Extract<T, { kind: string }> {
  return Object.hasOwn(message, 'kind');
}
