import type * as NobleJwe from './noble-jwe';

export type NobleJweModule = typeof NobleJwe;

let loading: Promise<NobleJweModule> | null = null;

/**
 * The second JWE engine (RSA1_5 on node-forge; 192-bit AES and X448 on @noble), imported on first use so
 * neither library is in the entry chunk or fetched for a token that does not need it. A failed import is
 * forgotten, so the next inspection tries again.
 */
export function loadNobleJwe(): Promise<NobleJweModule> {
  loading ??= import('./noble-jwe').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
