import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspect, type Inspection, type InspectOptions } from '../index';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import {
  athOf,
  dpopProof,
  issuerKey,
  NOW,
  publicJwkOf,
  signNode,
  thumbprintOf,
} from '../../../test-support/profile-tokens';

const issuer = issuerKey();
const clientJwk = publicJwkOf(pairOf('P-256').publicKey);

/** An RFC 9068 access token bound (cnf.jkt) to the given thumbprint. */
function boundAccessToken(jkt: string | null): string {
  return signNode(
    { alg: 'RS256', typ: 'at+jwt' },
    {
      iss: 'https://server.example.com',
      sub: 'user',
      aud: 'https://resource.example.org',
      client_id: 'client',
      iat: NOW,
      exp: NOW + 300,
      jti: 'at-1',
      ...(jkt ? { cnf: { jkt } } : {}),
    },
    issuer.privateKey,
  );
}

const check = (token: string, options: InspectOptions = {}): Promise<Inspection> =>
  inspect(token, { now: NOW + 2, ...options });
const statusOf = (inspection: Inspection, name: string) =>
  inspection.profile?.checks.find((c) => c.name === name)?.status;
const codes = (inspection: Inspection) => inspection.findings.map((f) => f.code);

describe('DPoP proof (RFC 9449)', () => {
  it('§4.3 step 6: is verified with the jwk of its own header, and says so (dpop-key-embedded)', async () => {
    const { token } = dpopProof({});
    const result = await check(token);
    expect(result.profile).toMatchObject({ id: 'dpop-proof', by: 'typ' });
    expect(result.signature).toBe('valid');
    expect(result.layers[0]?.entries[0]?.embeddedKey).toEqual({ thumbprint: thumbprintOf(clientJwk) });
    expect(codes(result)).toContain('dpop-key-embedded');
    expect(codes(result)).not.toContain('header-key-ignored');
    expect(result.headline).toContain(`proves possession of key ${thumbprintOf(clientJwk)}, not who holds it`);
    expect(result.claims).toBe('valid');
    // §4.2: a proof has no exp (its iat window bounds it), so none is asked for.
    expect(codes(result)).not.toContain('exp-missing');
    expect(result.claimChecks.find((c) => c.name === 'exp')).toMatchObject({
      status: 'skipped',
      detail: expect.stringMatching(/iat window/),
    });
  });

  it('§4.3 step 6: a proof signed by another key than its header jwk is invalid', async () => {
    // The header carries the client's P-256 public key; the proof is signed by a different P-256 key.
    const { token } = dpopProof({}, { key: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey });
    const result = await check(token);
    expect(result.signature).toBe('invalid');
    expect(codes(result)).toContain('signature-invalid');
  });

  it('ignores a verification key the user pasted: only the proof’s own key verifies it', async () => {
    const { token } = dpopProof({});
    const result = await check(token, { verificationKey: issuer.publicPem });
    expect(result.signature).toBe('valid');
    expect(result.layers[0]?.entries[0]?.keyUsed).toMatch(/own header key/);
  });

  it.each([
    ['a private key (d)', { ...clientJwk, d: 'AAAA' }],
    ['a symmetric key', { kty: 'oct', k: 'c2VjcmV0' }],
    ['no key type', { x: 'abc' }],
  ])('§4.2, §4.3 step 7: a header jwk that is %s is dpop-jwk-invalid and never valid', async (_what, jwk) => {
    const { token } = dpopProof({}, { jwk });
    const result = await check(token);
    expect(codes(result)).toContain('dpop-jwk-invalid');
    expect(result.signature).toBe('invalid');
    expect(result.claims).toBe('invalid');
  });

  it('§4.2: a proof without a jwk is dpop-jwk-invalid, and its signature is invalid rather than "no key given"', async () => {
    const pair = pairOf('P-256');
    const token = signNode(
      { typ: 'dpop+jwt', alg: 'ES256' },
      { jti: 'j', htm: 'GET', htu: 'https://a.example/', iat: NOW },
      pair.privateKey,
    );
    const result = await check(token, { verificationKey: pemOf(pair.publicKey, 'spki') });
    expect(codes(result)).toContain('dpop-jwk-invalid');
    expect(codes(result)).not.toContain('key-missing');
    expect(result.signature).toBe('invalid');
  });

  it('§4.3 step 5: an HMAC alg is profile-alg-forbidden', async () => {
    const { hs256Jws } = await import('../../../test-support/build-token');
    const token = hs256Jws(
      { typ: 'dpop+jwt', alg: 'HS256', jwk: clientJwk },
      JSON.stringify({ jti: 'j', htm: 'GET', htu: 'https://a.example/', iat: NOW }),
      'secret',
    );
    const result = await check(token);
    expect(codes(result)).toContain('profile-alg-forbidden');
  });

  it.each(['jti', 'htm', 'htu', 'iat'])('§4.2: %s is required', async (claim) => {
    const { token } = dpopProof({ [claim]: undefined });
    const result = await check(token);
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'profile-claim-missing', name: claim }));
  });

  it('§4.3 step 8: htm equals the request method, compared exactly', async () => {
    const { token } = dpopProof({});
    expect(statusOf(await check(token, { context: { httpMethod: 'POST' } }), 'htm')).toBe('passed');
    const wrong = await check(token, { context: { httpMethod: 'GET' } });
    expect(codes(wrong)).toContain('dpop-htm-mismatch');
    expect(codes(await check(token, { context: { httpMethod: 'post' } }))).toContain('dpop-htm-mismatch');
  });

  it('§4.3 step 9: htu equals the request URI without query and fragment, after normalisation', async () => {
    const { token } = dpopProof({});
    for (const uri of [
      'https://server.example.com/token',
      'https://server.example.com/token?x=1#f',
      'HTTPS://SERVER.example.com:443/token',
    ])
      expect(statusOf(await check(token, { context: { httpUri: uri } }), 'htu')).toBe('passed');
    const other = await check(token, { context: { httpUri: 'https://server.example.com/other' } });
    expect(codes(other)).toContain('dpop-htu-mismatch');
    expect(other.claims).toBe('invalid');
  });

  it('§4.2: an htu that carries a query string never matches', async () => {
    const { token } = dpopProof({ htu: 'https://server.example.com/token?x=1' });
    const result = await check(token, { context: { httpUri: 'https://server.example.com/token?x=1' } });
    expect(codes(result)).toContain('dpop-htu-mismatch');
  });

  it('§4.3 step 11: iat outside ±300 s plus the clock tolerance is dpop-iat-window', async () => {
    const { token } = dpopProof({});
    expect(statusOf(await check(token, { now: NOW + 300 + 60 }), 'iat-window')).toBe('passed');
    const old = await check(token, { now: NOW + 300 + 61 });
    expect(codes(old)).toContain('dpop-iat-window');
    const ahead = await check(token, { now: NOW - 400 });
    expect(codes(ahead)).toContain('dpop-iat-window');
  });

  it('§4.3 step 12: ath is base64url(SHA-256) of the access token (hash by node:crypto)', async () => {
    const accessToken = boundAccessToken(thumbprintOf(clientJwk));
    const { token } = dpopProof({ ath: athOf(accessToken) });
    const good = await check(token, { context: { accessToken } });
    expect(statusOf(good, 'ath')).toBe('passed');
    const bad = await check(token, { context: { accessToken: boundAccessToken('other') } });
    expect(codes(bad)).toContain('dpop-ath-mismatch');
    const missing = await check(dpopProof({}).token, { context: { accessToken } });
    expect(codes(missing)).toContain('dpop-ath-mismatch');
  });

  it('§6.1, §7.1: the access token’s cnf.jkt must be the RFC 7638 thumbprint of the proof’s key', async () => {
    const good = boundAccessToken(thumbprintOf(clientJwk));
    const { token } = dpopProof({ ath: athOf(good) });
    expect(statusOf(await check(token, { context: { accessToken: good } }), 'cnf-jkt')).toBe('passed');
    const otherKey = boundAccessToken(thumbprintOf(publicJwkOf(pairOf('P-384').publicKey)));
    expect(
      codes(await check(dpopProof({ ath: athOf(otherKey) }).token, { context: { accessToken: otherKey } })),
    ).toContain('dpop-binding-mismatch');
    const bearer = boundAccessToken(null);
    expect(codes(await check(dpopProof({ ath: athOf(bearer) }).token, { context: { accessToken: bearer } }))).toContain(
      'dpop-binding-mismatch',
    );
  });

  it('§8: nonce equals the server’s DPoP-Nonce', async () => {
    const { token } = dpopProof({ nonce: 'eyJ7S_zG.eyJH0-Z.HX4w-7v' });
    expect(statusOf(await check(token, { context: { dpopNonce: 'eyJ7S_zG.eyJH0-Z.HX4w-7v' } }), 'dpop-nonce')).toBe(
      'passed',
    );
    expect(codes(await check(token, { context: { dpopNonce: 'fresh' } }))).toContain('dpop-nonce-mismatch');
  });

  it('an access token inspected with its DPoP proof checks the same links from its side', async () => {
    const accessToken = boundAccessToken(thumbprintOf(clientJwk));
    const proof = dpopProof({ ath: athOf(accessToken) }).token;
    const result = await check(accessToken, { verificationKey: issuer.publicPem, context: { dpopProof: proof } });
    expect(result.profile?.id).toBe('access-token');
    expect(statusOf(result, 'dpop-ath')).toBe('passed');
    expect(statusOf(result, 'dpop-cnf-jkt')).toBe('passed');
    const stale = dpopProof({ ath: athOf('another token') }).token;
    const mismatched = await check(accessToken, { verificationKey: issuer.publicPem, context: { dpopProof: stale } });
    expect(codes(mismatched)).toContain('dpop-ath-mismatch');
  });
});

describe('a key in the header of any other token is never used (RFC 8725 §3.10)', () => {
  const pair = pairOf('P-256');
  const jwk = publicJwkOf(pair.publicKey);
  const token = (typ: string, claims: Record<string, unknown> = {}) =>
    signNode(
      { typ, alg: 'ES256', jwk },
      { iss: 'me', jti: 'j', htm: 'GET', htu: 'https://a.example/', iat: NOW, ...claims },
      pair.privateKey,
    );

  it.each([
    ['typ JWT with DPoP-like claims', token('JWT'), undefined],
    ['typ at+jwt', token('at+jwt'), undefined],
    ['typ dpop+jwt validated as an access token', token('dpop+jwt'), 'access-token' as const],
    ['typ dpop+jwt validated as a plain JWT', token('dpop+jwt'), 'jwt' as const],
    ['no typ', signNode({ alg: 'ES256', jwk }, { htm: 'GET', htu: 'https://a.example/' }, pair.privateKey), undefined],
  ])('%s: the header jwk is ignored: not verified, no key tried', async (_what, jws, profile) => {
    const result = await check(jws, profile ? { profile } : {});
    expect(result.signature).toBe('not-verified');
    expect(result.layers[0]?.entries[0]?.keySelection).toMatchObject({ outcome: 'no-keys', tried: 0 });
    expect(result.layers[0]?.entries[0]?.embeddedKey).toBeUndefined();
    expect(codes(result)).toContain('header-key-ignored');
    expect(codes(result)).not.toContain('dpop-key-embedded');
  });

  it('the same DPoP-shaped token is only verified by its own key when its typ says dpop+jwt or the user chose DPoP', async () => {
    expect((await check(token('dpop+jwt'))).signature).toBe('valid');
    const chosen = await check(token('JWT'), { profile: 'dpop-proof' });
    expect(chosen.signature).toBe('valid');
    expect(codes(chosen)).toContain('profile-typ-mismatch');
    expect(chosen.claims).toBe('invalid');
  });
});
