import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import { fillTemplate, fitTemplateAlg, listTemplateDefaults, mergeLinkedMembers } from './fill-template';
import { issueToken } from './issue-token';
import { PROFILE_TEMPLATES } from './profile-templates';
import type { TemplateId, TemplateInputName, TemplateOutcome } from './template-types';

const NOW = 1_700_000_000;
const EC_KEY = pemOf(pairOf('P-256').privateKey, 'pkcs8');

function fill(
  id: TemplateId,
  inputs: Partial<Record<TemplateInputName, string>>,
  alg = 'ES256',
  signingKey = EC_KEY,
): Promise<TemplateOutcome> {
  return fillTemplate(id, { inputs: { ...listTemplateDefaults(id), ...inputs }, alg, signingKey, now: NOW });
}

async function filled(...args: Parameters<typeof fill>) {
  const outcome = await fill(...args);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.findings));
  return outcome;
}

const codesOf = (outcome: TemplateOutcome) => (outcome.ok ? [] : outcome.findings.map((f) => f.code));

describe('templates refuse what would make a wrong token, and say why', () => {
  it('OIDC Core §3.1.3.6: at_hash for Ed448 is refused — it would need SHAKE256', async () => {
    const outcome = await fill('id-token', { accessToken: 'at-1' }, 'Ed448');
    expect(codesOf(outcome)).toEqual(['alg-unsupported']);
    expect(outcome.ok ? '' : outcome.findings[0]?.message).toMatch(/at_hash cannot be computed.*SHAKE256/);
  });

  it('…but an Ed448 ID token with no access token, code or state needs no hash', async () => {
    expect((await fill('id-token', {}, 'Ed448')).ok).toBe(true);
  });

  it('RFC 9449 §4.3 step 5: a DPoP proof with HS256 or none is refused', async () => {
    expect(codesOf(await fill('dpop-proof', {}, 'HS256', 'a-secret'))).toEqual(['profile-alg-forbidden']);
    expect(codesOf(await fill('dpop-proof', {}, 'none', ''))).toEqual(['profile-alg-forbidden']);
  });

  it('RFC 9449 §4.2: a DPoP proof needs an absolute URI and a method', async () => {
    expect(codesOf(await fill('dpop-proof', { httpUri: '/token' }))).toEqual(['issue-failed']);
    expect(codesOf(await fill('dpop-proof', { httpMethod: ' ' }))).toEqual(['issue-failed']);
  });

  it('Back-Channel Logout §2.4: a logout token names a subject, a session or both', async () => {
    expect(codesOf(await fill('logout-token', { subject: '', sessionId: '' }))).toEqual(['issue-failed']);
    const onlySid = await filled('logout-token', { subject: '' });
    expect(onlySid.claims).not.toHaveProperty('sub');
    expect(onlySid.claims).toHaveProperty('sid');
  });

  it('RFC 9449 §6.1: the DPoP key for cnf.jkt is a thumbprint or a key, nothing else', async () => {
    expect(codesOf(await fill('access-token', { dpopKey: 'not a key' }))).toEqual(['key-invalid']);
  });
});

describe('what the templates put in', () => {
  it('RFC 9449 §4.2: htu is the URI without query and fragment, and a note says so', async () => {
    const outcome = await filled('dpop-proof', { httpUri: 'https://api.example/items?page=2#top' });
    expect(outcome.claims.htu).toBe('https://api.example/items');
    expect(outcome.notes.join(' ')).toContain('query and fragment are left out');
    expect(outcome.context.httpUri).toBe('https://api.example/items?page=2#top');
  });

  it('RFC 9449 §4.2: without a signing key the proof has no jwk yet, and a note says so', async () => {
    const outcome = await filled('dpop-proof', {}, 'ES256', '');
    expect(outcome.header).toEqual({ typ: 'dpop+jwt' });
    expect(outcome.notes.join(' ')).toContain('jwk appears once a signing key is given');
  });

  it('a signing key that does not fit leaves the jwk out (never a stale one) and the note says why', async () => {
    const outcome = await filled('dpop-proof', {}, 'ES256', 'a-shared-secret');
    expect(outcome.header).toEqual({ typ: 'dpop+jwt' });
    expect(outcome.notes.join(' ')).toMatch(/^No header jwk yet: Signing key: /);
  });

  it('RFC 9449 §6.1: cnf.jkt from a thumbprint as given, or from the key pasted', async () => {
    const jwk = pairOf('P-256').publicKey.export({ format: 'jwk' });
    const thumbprint = createHash('sha256')
      .update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }))
      .digest('base64url');
    expect((await filled('access-token', { dpopKey: thumbprint })).claims.cnf).toEqual({ jkt: thumbprint });
    expect((await filled('access-token', { dpopKey: JSON.stringify(jwk) })).claims.cnf).toEqual({ jkt: thumbprint });
    expect((await filled('access-token', { dpopKey: EC_KEY })).claims.cnf).toEqual({ jkt: thumbprint });
  });

  it('times and a fresh jti: an access token lives 15 minutes, a request object has nbf', async () => {
    const first = await filled('access-token', {});
    const second = await filled('access-token', {});
    expect(first.claims).toMatchObject({ iat: NOW, exp: NOW + 900 });
    expect(first.claims.jti).not.toBe(second.claims.jti);
    expect((await filled('request-object', {})).claims).toMatchObject({ iat: NOW, nbf: NOW, exp: NOW + 300 });
  });

  it('inputs are trimmed; an input a template does not list is ignored', async () => {
    const outcome = await filled('client-assertion', { clientId: '  my-client \n', nonce: 'ignored' });
    expect(outcome.claims).toMatchObject({ iss: 'my-client', sub: 'my-client' });
    expect(outcome.claims).not.toHaveProperty('nonce');
  });

  it('the logout token carries the back-channel logout event and never a nonce', async () => {
    const outcome = await filled('logout-token', {});
    expect(outcome.header).toEqual({ typ: 'logout+jwt' });
    expect(outcome.claims.events).toEqual({ 'http://schemas.openid.net/event/backchannel-logout': {} });
    expect(outcome.claims).not.toHaveProperty('nonce');
  });

  it('the issuer does not warn that a DPoP proof has no exp (its iat and jti bound it)', async () => {
    const outcome = await filled('dpop-proof', {});
    const issued = await issueToken({
      header: outcome.header,
      claims: outcome.claims,
      mode: 'sign',
      serialization: 'compact',
      signing: { alg: 'ES256', key: EC_KEY },
      now: NOW,
    });
    expect(issued.ok && issued.warnings.map((f) => f.code)).toEqual([]);
  });
});

describe('fitTemplateAlg', () => {
  it('keeps the alg unless the profile forbids it', () => {
    expect(fitTemplateAlg('dpop-proof', 'HS256')).toBe('ES256');
    expect(fitTemplateAlg('dpop-proof', 'none')).toBe('ES256');
    expect(fitTemplateAlg('dpop-proof', 'PS256')).toBe('PS256');
    expect(fitTemplateAlg('client-assertion', 'HS256')).toBe('HS256');
  });
});

describe('mergeLinkedMembers: an input changed refreshes only what comes from it', () => {
  const linked = PROFILE_TEMPLATES['id-token'].linked.claims;

  it('sets, replaces and removes linked members; keeps the rest in place', () => {
    const current = { iss: 'old', custom: 1, at_hash: 'stale', iat: 5 };
    const fresh = { iss: 'new', aud: 'client', iat: 99 };
    expect(mergeLinkedMembers(current, fresh, linked)).toEqual({ iss: 'new', custom: 1, iat: 5, aud: 'client' });
    expect(Object.keys(mergeLinkedMembers(current, fresh, linked) as object)).toEqual(['iss', 'custom', 'iat', 'aud']);
  });

  it('leaves a value that is not an object as it is, and "__proto__" an ordinary member', () => {
    expect(mergeLinkedMembers([1], { iss: 'x' }, linked)).toEqual([1]);
    const current: unknown = JSON.parse('{"__proto__": {"polluted": true}, "iss": "a"}');
    const merged = mergeLinkedMembers(current, { iss: 'b' }, linked) as Record<string, unknown>;
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(merged.iss).toBe('b');
  });
});
