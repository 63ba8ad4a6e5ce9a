import type * as NobleJws from './noble-jws';

export type NobleJwsModule = typeof NobleJws;

let loading: Promise<NobleJwsModule> | null = null;

/**
 * The noble engine (ES256K, Ed448, X448 keys, ML-DSA), imported on first use so @noble stays out of the
 * entry chunk and is fetched only for a token or key that needs it. A failed import is forgotten, so the
 * next inspection tries again.
 */
export function loadNobleJws(): Promise<NobleJwsModule> {
  loading ??= import('./noble-jws').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
