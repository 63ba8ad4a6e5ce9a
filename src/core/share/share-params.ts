import type { ProfileChoice } from '../profiles/types';

/**
 * The non-secret context a share link may carry beside its token. Every member is optional; a key is
 * always a public one (read-public-key.ts decides), as text the verification key box takes as it is.
 */
export interface SharedContext {
  issuer?: string;
  audience?: string;
  algorithms?: string;
  profile?: ProfileChoice;
  jwksUrl?: string;
  publicKey?: string;
  /** The sharer removed the token's signature; the app says so when it opens the link. */
  isUnsigned?: boolean;
}

/**
 * The fragment parameters of a share link, beside `token`:
 * `#token=<t>&iss=<expected issuer>&aud=<expected audience>&alg=<allowed algorithms>&profile=<Validate as>`
 * `&jwks=<JWKS URL>&key=<base64url of the public key's text>&unsigned=1`. Values are URL-encoded. They are
 * read only beside `token` (an OIDC redirect's `#id_token=…&iss=…` keeps its RFC 9207 meaning).
 */
export const SHARE_PARAMS = {
  issuer: 'iss',
  audience: 'aud',
  algorithms: 'alg',
  profile: 'profile',
  jwksUrl: 'jwks',
  publicKey: 'key',
  isUnsigned: 'unsigned',
} as const satisfies Record<keyof SharedContext, string>;

export const SHARE_PARAM_NAMES: ReadonlySet<string> = new Set(Object.values(SHARE_PARAMS));
