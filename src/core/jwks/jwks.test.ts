import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { describeKeySet, discoveryUrlFor, readMaxAge, validateDiscovery, validateJwks } from './index';

describe('OpenID Connect Discovery §4: the configuration URL', () => {
  it.each([
    ['https://login.example.com', 'https://login.example.com/.well-known/openid-configuration'],
    ['https://login.example.com/', 'https://login.example.com/.well-known/openid-configuration'],
    ['https://example.com/tenant/v2.0', 'https://example.com/tenant/v2.0/.well-known/openid-configuration'],
  ])('%s → %s', (issuer, url) => expect(discoveryUrlFor(issuer)).toBe(url));
});

describe('OpenID Connect Discovery §4.3: the issuer must match exactly', () => {
  const url = 'https://idp.test/.well-known/openid-configuration';
  it('accepts an identical issuer and resolves a relative jwks_uri', () => {
    expect(validateDiscovery({ issuer: 'https://idp.test', jwks_uri: './keys' }, 'https://idp.test', url)).toEqual({
      ok: true,
      value: { issuer: 'https://idp.test', jwksUri: 'https://idp.test/.well-known/keys' },
    });
  });
  it.each([
    [{ issuer: 'https://idp.test/', jwks_uri: 'https://idp.test/k' }, 'discovery-issuer-mismatch', /trailing slash/],
    [{ issuer: 'https://evil.test', jwks_uri: 'https://idp.test/k' }, 'discovery-issuer-mismatch', /evil/],
    [{ jwks_uri: 'https://idp.test/k' }, 'discovery-invalid', /no "issuer"/],
    [{ issuer: 'https://idp.test' }, 'discovery-invalid', /no "jwks_uri"/],
    [['not', 'an', 'object'], 'discovery-invalid', /not a JSON object/],
  ])('%j → %s', (doc, code, message) => {
    const result = validateDiscovery(doc, 'https://idp.test', url);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('RFC 7517 §5: a JWK Set is an object with a "keys" array', () => {
  it.each([
    [{ keys: [] }, true, ''],
    [{ issuer: 'x', jwks_uri: 'y' }, false, /discovery document/],
    [{ kty: 'RSA', n: 'x', e: 'AQAB' }, false, /single JWK/],
    [{ keys: {} }, false, /no "keys" array/],
    ['keys', false, /not an object/],
  ])('%j → ok %s', (doc, ok, message) => {
    const result = validateJwks(doc);
    expect(result.ok).toBe(ok);
    if (!result.ok) {
      expect(result.code).toBe('jwks-not-a-jwks');
      expect(result.message).toMatch(message);
    }
  });
});

describe('RFC 9111 §5.2.2.1: max-age within sane bounds', () => {
  it.each([
    [null, 600],
    ['public, max-age=3600', 3600],
    ['max-age=5', 30],
    ['max-age=31536000', 86_400],
    ['no-store', 30],
    ['no-cache, max-age=600', 30],
    ['private', 600],
    ['max-age=abc', 600],
  ])('%s → %i s', (header, seconds) => expect(readMaxAge(header).seconds).toBe(seconds));
});

describe('the key-set view', () => {
  it('shows kid, type, size, alg, use and the RFC 7638 thumbprint, and why a key cannot serve', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const publicJwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const privateJwk = { ...(await exportJWK(privateKey)), kid: 'leaked' };
    const rows = await describeKeySet([
      publicJwk,
      privateJwk,
      { kty: 'EC', crv: 'P-256', use: 'enc', x: 'a', y: 'b' },
      'junk',
      { kty: 'oct', k: 'AAAA' },
    ]);
    expect(rows[0]).toMatchObject({
      kid: 'k1',
      kty: 'RSA',
      size: '2048 bits',
      alg: 'RS256',
      use: 'sig',
      problem: null,
    });
    expect(rows[0]?.thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rows[1]?.problem).toMatch(/private key members \(d, p, q, dp, dq, qi\)/);
    expect(rows[2]).toMatchObject({ size: 'P-256', problem: '"use": "enc" — not for signatures' });
    expect(rows[3]).toMatchObject({ problem: 'not a JSON object', thumbprint: null });
    expect(rows[4]?.problem).toMatch(/shared secret/);
  });
});
