import { validateJwks, type Checked, type JwksDocument } from './validate-documents';

/** Where a JWT VC issuer's keys are: inline, or at a URL to fetch next (SD-JWT VC §5.2). */
export type VcIssuerKeys = { kind: 'inline'; jwks: JwksDocument } | { kind: 'uri'; jwksUri: string };

/**
 * Checks JWT VC Issuer Metadata (SD-JWT VC §5.2): `issuer` identical to the one requested (§5.3), and
 * exactly one of `jwks` (a JWK Set) or `jwks_uri` (resolved against the document's URL).
 */
export function validateVcIssuerMetadata(
  doc: unknown,
  requestedIssuer: string,
  documentUrl: string,
): Checked<VcIssuerKeys> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return { ok: false, code: 'discovery-invalid', message: 'The JWT VC issuer metadata is not a JSON object.' };
  const record = doc as Record<string, unknown>;
  const issuer = Object.hasOwn(record, 'issuer') ? record.issuer : undefined;
  if (typeof issuer !== 'string')
    return { ok: false, code: 'discovery-invalid', message: 'The JWT VC issuer metadata has no "issuer" string.' };
  if (issuer !== requestedIssuer.trim())
    return {
      ok: false,
      code: 'discovery-issuer-mismatch',
      message: `The metadata says issuer ${JSON.stringify(issuer)}, but ${JSON.stringify(requestedIssuer.trim())} was requested (SD-JWT VC §5.3: they must be identical).`,
    };
  const hasJwks = Object.hasOwn(record, 'jwks');
  const hasUri = Object.hasOwn(record, 'jwks_uri');
  if (hasJwks === hasUri)
    return {
      ok: false,
      code: 'discovery-invalid',
      message: 'The JWT VC issuer metadata must have exactly one of "jwks" and "jwks_uri".',
    };
  if (hasJwks) {
    const jwks = validateJwks(record.jwks);
    return jwks.ok ? { ok: true, value: { kind: 'inline', jwks: jwks.value } } : jwks;
  }
  const uri = record.jwks_uri;
  try {
    if (typeof uri !== 'string') throw new TypeError('not a string');
    return { ok: true, value: { kind: 'uri', jwksUri: new URL(uri, documentUrl).href } };
  } catch {
    return { ok: false, code: 'discovery-invalid', message: `jwks_uri ${JSON.stringify(uri)} is not a URL.` };
  }
}
