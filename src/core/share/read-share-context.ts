import { decodeBase64Url } from '../encoding/base64url';
import { decodeUtf8 } from '../encoding/utf8';
import { readJwksAddress, readSharedProfile } from './build-share-fragment';
import { readPublicKey } from './read-public-key';
import { SHARE_PARAMS, type SharedContext } from './share-params';

/**
 * The context a share link carries beside its token (share-params.ts). A member that does not read as
 * what it should (an unknown profile, a JWKS URL that is not http(s), a key that is not public) is left out.
 */
export function readShareContext(params: URLSearchParams): SharedContext {
  const context: SharedContext = {};
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const issuer = text(SHARE_PARAMS.issuer);
  const audience = text(SHARE_PARAMS.audience);
  const algorithms = text(SHARE_PARAMS.algorithms);
  const profile = readSharedProfile(text(SHARE_PARAMS.profile) ?? '');
  const jwks = readJwksAddress(text(SHARE_PARAMS.jwksUrl) ?? '');
  const publicKey = readKeyText(text(SHARE_PARAMS.publicKey));
  if (issuer) context.issuer = issuer;
  if (audience) context.audience = audience;
  if (algorithms) context.algorithms = algorithms;
  if (profile) context.profile = profile;
  if (jwks !== 'not-a-url' && jwks !== 'url-has-password') context.jwksUrl = jwks;
  if (publicKey) context.publicKey = publicKey;
  if (params.get(SHARE_PARAMS.isUnsigned) === '1') context.isUnsigned = true;
  return context;
}

function readKeyText(encoded: string | undefined): string | null {
  if (encoded === undefined) return null;
  const bytes = decodeBase64Url(encoded);
  if (!bytes.ok) return null;
  const utf8 = decodeUtf8(bytes.bytes);
  if (!utf8.ok) return null;
  const key = readPublicKey(utf8.text);
  return key.ok ? key.text : null;
}
