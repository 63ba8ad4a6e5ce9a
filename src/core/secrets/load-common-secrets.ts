let loading: Promise<readonly string[]> | null = null;

/**
 * The bundled list of well-known weak HMAC secrets (COMMON-SECRETS-LICENSE.md says where it comes from),
 * imported on first use so its ~120 KB never reach the entry chunk. A failed import is forgotten.
 */
export function loadCommonSecrets(): Promise<readonly string[]> {
  loading ??= import('./common-secrets.txt?raw').then(
    (module) => module.default.split('\n').filter((line) => line !== ''),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
