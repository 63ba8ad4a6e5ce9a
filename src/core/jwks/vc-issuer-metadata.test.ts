import { describe, expect, it } from 'vitest';
import { validateVcIssuerMetadata, wellKnownUrlFor } from './index';

describe('JWT VC issuer metadata (SD-JWT VC §5) and RFC 8414 URLs', () => {
  it.each([
    ['https://issuer.example', 'jwt-vc-issuer', 'https://issuer.example/.well-known/jwt-vc-issuer'],
    [
      'https://issuer.example/tenant/1234',
      'jwt-vc-issuer',
      'https://issuer.example/.well-known/jwt-vc-issuer/tenant/1234',
    ],
    ['https://as.example/', 'oauth-authorization-server', 'https://as.example/.well-known/oauth-authorization-server'],
    [
      'https://as.example/issuer1',
      'oauth-authorization-server',
      'https://as.example/.well-known/oauth-authorization-server/issuer1',
    ],
    ['not a url', 'jwt-vc-issuer', null],
  ] as const)('%s → %s', (issuer, name, url) => {
    expect(wellKnownUrlFor(issuer, name)).toBe(url);
  });

  const url = 'https://issuer.example/.well-known/jwt-vc-issuer';
  it('§5.2: inline jwks or a jwks_uri resolved against the document', () => {
    expect(
      validateVcIssuerMetadata({ issuer: 'https://issuer.example', jwks: { keys: [] } }, 'https://issuer.example', url),
    ).toEqual({
      ok: true,
      value: { kind: 'inline', jwks: { keys: [] } },
    });
    expect(
      validateVcIssuerMetadata(
        { issuer: 'https://issuer.example', jwks_uri: '/jwks.json' },
        'https://issuer.example',
        url,
      ),
    ).toEqual({
      ok: true,
      value: { kind: 'uri', jwksUri: 'https://issuer.example/jwks.json' },
    });
  });

  it('§5.3: another issuer, both or neither key source, not an object: refused with a reason', () => {
    expect(
      validateVcIssuerMetadata({ issuer: 'https://evil.example', jwks_uri: '/k' }, 'https://issuer.example', url),
    ).toMatchObject({ ok: false, code: 'discovery-issuer-mismatch' });
    expect(
      validateVcIssuerMetadata(
        { issuer: 'https://issuer.example', jwks: { keys: [] }, jwks_uri: '/k' },
        'https://issuer.example',
        url,
      ),
    ).toMatchObject({ ok: false, code: 'discovery-invalid' });
    expect(validateVcIssuerMetadata({ issuer: 'https://issuer.example' }, 'https://issuer.example', url)).toMatchObject(
      { ok: false },
    );
    expect(validateVcIssuerMetadata([], 'https://issuer.example', url)).toMatchObject({
      ok: false,
      code: 'discovery-invalid',
    });
  });
});
