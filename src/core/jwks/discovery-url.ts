/**
 * The OpenID configuration URL of an issuer (OpenID Connect Discovery §4): the issuer with any
 * trailing slash removed, then "/.well-known/openid-configuration".
 */
export function discoveryUrlFor(issuer: string): string {
  return `${issuer.trim().replace(/\/+$/, '')}/.well-known/openid-configuration`;
}
