import { SHARE_PARAM_NAMES, SHARE_PARAMS } from '../share/share-params';

export type UrlIntake =
  | {
      kind: 'token';
      token: string;
      source: 'token' | 'id_token' | 'access_token';
      /** A share link's context parameters beside `#token=`, as written (read-share-context.ts reads them). */
      shared?: string;
      /** A share link whose token the sharer removed the signature from. */
      isUnsigned?: true;
    }
  | { kind: 'provider-error'; error: string; description: string | null }
  | { kind: 'none' };

/** The address parameters intake reads a token from, in the order it looks for them. */
export const TOKEN_PARAMS = ['token', 'id_token', 'access_token'] as const;

/**
 * Reads a token from a page's own fragment or query, so the app can serve as an OIDC `redirect_uri`
 * (OIDC Core §3.2.2.5, RFC 6749 §4.2.2). The fragment wins over the query; `#error=` is the
 * provider's error response (RFC 6749 §4.1.2.1). Pure: the caller passes `location.hash`/`.search`.
 */
export function readUrlToken(hash: string, search: string): UrlIntake {
  for (const raw of [hash.replace(/^#/, ''), search.replace(/^\?/, '')]) {
    if (raw.length === 0) continue;
    const params = new URLSearchParams(raw);
    for (const source of TOKEN_PARAMS) {
      const token = params.get(source);
      if (token) return { kind: 'token', token, source, ...(source === 'token' ? readShared(params) : {}) };
    }
    const error = params.get('error');
    if (error) return { kind: 'provider-error', error, description: params.get('error_description') };
  }
  return { kind: 'none' };
}

/** The share-link parameters (share-params.ts) beside a `token`; nothing when there are none. */
function readShared(params: URLSearchParams): { shared?: string; isUnsigned?: true } {
  const shared = new URLSearchParams([...params].filter(([name]) => SHARE_PARAM_NAMES.has(name)));
  if (shared.size === 0) return {};
  return { shared: shared.toString(), ...(shared.get(SHARE_PARAMS.isUnsigned) === '1' ? { isUnsigned: true } : {}) };
}
