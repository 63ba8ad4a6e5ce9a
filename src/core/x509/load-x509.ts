import type * as X509Library from './x509-library';

export type X509 = typeof X509Library;

let loading: Promise<X509> | null = null;

/**
 * The X.509 library, imported on first use so it stays out of the entry chunk. A failed import (a chunk
 * that did not arrive) is forgotten, so the next inspection tries again.
 */
export function loadX509(): Promise<X509> {
  loading ??= import('./x509-library').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
