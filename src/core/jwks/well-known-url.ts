/**
 * A well-known URL for an issuer identifier with a path, as RFC 8414 §3.1 and SD-JWT VC §5 build it: the
 * well-known segment goes between the host and the path (`https://a.example/tenant` →
 * `https://a.example/.well-known/jwt-vc-issuer/tenant`), unlike OpenID Connect Discovery, which appends.
 * Null when the issuer is not an absolute URL.
 */
export function wellKnownUrlFor(issuer: string, name: 'jwt-vc-issuer' | 'oauth-authorization-server'): string | null {
  let url: URL;
  try {
    url = new URL(issuer.trim());
  } catch {
    return null;
  }
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.origin}/.well-known/${name}${path}`;
}
