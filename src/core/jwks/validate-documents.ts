import type { FindingCode } from '../findings/catalogue';

export type Checked<T> = { ok: true; value: T } | { ok: false; code: FindingCode; message: string };

export interface JwksDocument {
  keys: unknown[];
}

/** A JWK Set is an object with a "keys" array (RFC 7517 §5); single keys are checked later, one by one. */
export function validateJwks(doc: unknown): Checked<JwksDocument> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return {
      ok: false,
      code: 'jwks-not-a-jwks',
      message: 'The response is JSON, but not an object with a "keys" array.',
    };
  }
  if (!Object.hasOwn(doc, 'keys') || !Array.isArray((doc as { keys?: unknown }).keys)) {
    const hint = Object.hasOwn(doc, 'jwks_uri')
      ? ' It looks like a discovery document: use its jwks_uri.'
      : Object.hasOwn(doc, 'kty')
        ? ' It looks like a single JWK.'
        : '';
    return { ok: false, code: 'jwks-not-a-jwks', message: `The response has no "keys" array.${hint}` };
  }
  return { ok: true, value: { keys: (doc as { keys: unknown[] }).keys } };
}

export interface DiscoveryDocument {
  issuer: string;
  jwksUri: string;
}

/**
 * Checks an OpenID configuration against the issuer it was requested for (OpenID Connect Discovery
 * §4.3: the "issuer" must be identical) and resolves its jwks_uri against the document's URL.
 */
export function validateDiscovery(
  doc: unknown,
  requestedIssuer: string,
  documentUrl: string,
): Checked<DiscoveryDocument> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { ok: false, code: 'discovery-invalid', message: 'The discovery response is not a JSON object.' };
  }
  const record = doc as Record<string, unknown>;
  const issuer = Object.hasOwn(record, 'issuer') ? record.issuer : undefined;
  const jwksUri = Object.hasOwn(record, 'jwks_uri') ? record.jwks_uri : undefined;
  if (typeof issuer !== 'string')
    return { ok: false, code: 'discovery-invalid', message: 'The discovery document has no "issuer" string.' };
  if (typeof jwksUri !== 'string')
    return { ok: false, code: 'discovery-invalid', message: 'The discovery document has no "jwks_uri" string.' };
  const requested = requestedIssuer.trim();
  if (issuer !== requested) {
    const near =
      issuer.replace(/\/$/, '') === requested.replace(/\/$/, '')
        ? ' (they differ only by a trailing slash, which still counts)'
        : '';
    return {
      ok: false,
      code: 'discovery-issuer-mismatch',
      message: `The document says issuer ${JSON.stringify(issuer)}, but ${JSON.stringify(requested)} was requested${near}.`,
    };
  }
  let resolved: string;
  try {
    resolved = new URL(jwksUri, documentUrl).href;
  } catch {
    return { ok: false, code: 'discovery-invalid', message: `jwks_uri ${JSON.stringify(jwksUri)} is not a URL.` };
  }
  return { ok: true, value: { issuer, jwksUri: resolved } };
}
