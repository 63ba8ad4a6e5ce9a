import { SHARE_PARAM_NAMES } from '../share/share-params';
import { TOKEN_PARAMS } from './read-url-token';

/** What intake reads, plus the one other credential an OAuth response may carry (RFC 6749 §5.1). */
const CREDENTIAL_PARAMS: ReadonlySet<string> = new Set([...TOKEN_PARAMS, 'refresh_token']);

export interface AddressParts {
  /** `location.hash`, with or without its "#"; the result has the "#" back, or is "" when nothing is left. */
  hash: string;
  /** `location.search`, with or without its "?"; likewise. */
  search: string;
}

/**
 * The address without its token parameters, so a credential read from a redirect does not stay in the
 * session history; `null` when there is none to remove. Every other parameter (`state`,
 * `session_state`, `#section-2`…) is kept byte for byte, in its order. Pure: the caller applies it.
 */
export function stripUrlTokens({ hash, search }: AddressParts): AddressParts | null {
  const strippedHash = stripParams(hash.replace(/^#/, ''));
  const strippedSearch = stripParams(search.replace(/^\?/, ''));
  if (strippedHash === null && strippedSearch === null) return null;
  return {
    hash: prefixed('#', strippedHash ?? hash.replace(/^#/, '')),
    search: prefixed('?', strippedSearch ?? search.replace(/^\?/, '')),
  };
}

/**
 * The `&`-separated pieces that are not credentials, re-joined; `null` when none was removed. Beside a
 * `token`, a share link's context (share-params.ts) goes too: the whole link was read.
 */
function stripParams(raw: string): string | null {
  if (raw.length === 0) return null;
  const pieces = raw.split('&');
  // Each piece's name is read the way URLSearchParams reads it (percent-decoded, "+" as a space).
  const names = pieces.map((piece) => new URLSearchParams(piece).keys().next().value ?? '');
  const isShareLink = names.includes('token');
  const kept = pieces.filter(
    (_, i) => !CREDENTIAL_PARAMS.has(names[i] ?? '') && !(isShareLink && SHARE_PARAM_NAMES.has(names[i] ?? '')),
  );
  return kept.length === pieces.length ? null : kept.filter((piece) => piece.length > 0).join('&');
}

function prefixed(mark: '#' | '?', rest: string): string {
  return rest.length === 0 ? '' : `${mark}${rest}`;
}
