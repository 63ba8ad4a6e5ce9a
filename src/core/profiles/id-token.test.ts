import { describe, expect, it } from 'vitest';
import { inspect, type Inspection, type InspectOptions } from '../index';
import { issuerKey, leftHalfHash, NOW, signNode } from '../../../test-support/profile-tokens';

const ACCESS_TOKEN =
  'YmJiZTAwYmYtMzgyOC00NzhkLTkyOTItNjJjNDM3MGYzOWIy9sFhvH8K_x8UIHj1osisS57f5DduL-ar_qw5jl3lthwpMjm283aVMQXDmoqqqydDSqJfbhptzw8rUVwkuQbolw';
const CODE = 'Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk';
const STATE = 'af0ifjsldkj';
const key = issuerKey();

function idToken(claims: Record<string, unknown> = {}, alg = 'RS256'): string {
  return signNode(
    { alg, typ: 'JWT', kid: 'k1' },
    {
      iss: 'https://server.example.com',
      sub: '24400320',
      aud: 's6BhdRkqt3',
      exp: NOW + 600,
      iat: NOW,
      nonce: 'n-0S6_WzA2Mj',
      at_hash: leftHalfHash(alg, ACCESS_TOKEN),
      ...claims,
    },
    key.privateKey,
  );
}

async function check(token: string, options: InspectOptions = {}): Promise<Inspection> {
  return inspect(token, { verificationKey: key.publicPem, now: NOW + 5, profile: 'id-token', ...options });
}

const statusOf = (inspection: Inspection, name: string) =>
  inspection.profile?.checks.find((c) => c.name === name)?.status;
const codes = (inspection: Inspection) => inspection.findings.map((f) => f.code);

describe('ID token (OpenID Connect Core 1.0)', () => {
  it('§3.1.3.7: a correct ID token with every context value passes every rule', async () => {
    const result = await check(idToken(), {
      context: { clientId: 's6BhdRkqt3', nonce: 'n-0S6_WzA2Mj', accessToken: ACCESS_TOKEN },
    });
    expect(result.signature).toBe('valid');
    expect(result.claims).toBe('valid');
    expect(result.profile?.id).toBe('id-token');
    expect(result.profile?.checks.filter((c) => c.status === 'failed')).toEqual([]);
    expect(statusOf(result, 'at_hash')).toBe('passed');
    expect(statusOf(result, 'nonce')).toBe('passed');
    expect(statusOf(result, 'aud-contains-client-id')).toBe('passed');
  });

  it.each(['iss', 'sub', 'aud', 'exp', 'iat'])('§2: %s is required', async (claim) => {
    const result = await check(idToken({ [claim]: undefined }));
    expect(statusOf(result, `${claim}-present`)).toBe('failed');
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'profile-claim-missing', name: claim, stage: 'profile' }),
    );
    expect(result.claims).toBe('invalid');
  });

  it('§3.1.3.7 step 3: a client ID not among the audiences is aud-mismatch', async () => {
    const result = await check(idToken(), { context: { clientId: 'another-client' } });
    expect(statusOf(result, 'aud-contains-client-id')).toBe('failed');
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'aud-mismatch', stage: 'profile' }));
    expect(result.claims).toBe('invalid');
  });

  it('§3.1.3.7 step 4: several audiences without azp is a warning that leaves the claims valid', async () => {
    const result = await check(idToken({ aud: ['s6BhdRkqt3', 'api'] }), { context: { clientId: 's6BhdRkqt3' } });
    expect(codes(result)).toContain('azp-missing');
    expect(result.findings.find((f) => f.code === 'azp-missing')?.severity).toBe('warning');
    expect(result.claims).toBe('valid');
  });

  it('§3.1.3.7 step 5: azp names another client', async () => {
    const result = await check(idToken({ aud: ['s6BhdRkqt3', 'api'], azp: 'api' }), {
      context: { clientId: 's6BhdRkqt3' },
    });
    expect(codes(result)).toContain('azp-mismatch');
    expect(codes(result)).not.toContain('azp-missing');
    expect(result.claims).toBe('invalid');
  });

  it('§3.1.3.7 step 11: nonce missing, and nonce different from the one sent', async () => {
    const missing = await check(idToken({ nonce: undefined }), { context: { nonce: 'n-0S6_WzA2Mj' } });
    expect(codes(missing)).toContain('nonce-missing');
    const different = await check(idToken({ nonce: 'other' }), { context: { nonce: 'n-0S6_WzA2Mj' } });
    expect(codes(different)).toContain('nonce-mismatch');
    expect(different.claims).toBe('invalid');
    const notSent = await check(idToken({ nonce: 'other' }));
    expect(statusOf(notSent, 'nonce')).toBe('skipped');
  });

  it('§3.1.3.7 step 13: auth_time older than max_age (plus tolerance), and auth_time missing', async () => {
    const old = await check(idToken({ auth_time: NOW - 3600 }), { context: { maxAgeSec: 600 } });
    expect(codes(old)).toContain('auth-time-too-old');
    const fresh = await check(idToken({ auth_time: NOW - 630 }), { context: { maxAgeSec: 600 } });
    expect(statusOf(fresh, 'auth-time')).toBe('passed');
    const none = await check(idToken(), { context: { maxAgeSec: 600 } });
    expect(none.findings).toContainEqual(expect.objectContaining({ code: 'profile-claim-missing', name: 'auth_time' }));
  });

  describe('§3.1.3.6, §3.2.2.9: at_hash is the left half of the alg’s hash over the access token', () => {
    it('passes with the access token it was made for (hash computed independently by node:crypto)', async () => {
      const result = await check(idToken(), { context: { accessToken: ACCESS_TOKEN } });
      expect(statusOf(result, 'at_hash')).toBe('passed');
      expect(result.profile?.links.atHash).toEqual({ value: leftHalfHash('RS256', ACCESS_TOKEN) });
    });

    it('fails with another access token', async () => {
      const result = await check(idToken(), { context: { accessToken: `${ACCESS_TOKEN}x` } });
      expect(statusOf(result, 'at_hash')).toBe('failed');
      expect(codes(result)).toContain('at-hash-mismatch');
      expect(result.claims).toBe('invalid');
    });

    it('uses SHA-384 for RS384… and SHA-512 for EdDSA (Ed25519), per OpenID Connect issue #1125', async () => {
      const { chooseHalfHash, computeHalfHash } = await import('./compute-link-facts');
      expect(chooseHalfHash('RS384').hash).toBe('SHA-384');
      expect(chooseHalfHash('ES512').hash).toBe('SHA-512');
      expect(chooseHalfHash('EdDSA').hash).toBe('SHA-512');
      expect(chooseHalfHash('Ed448').hash).toBeNull();
      expect(await computeHalfHash('SHA-384', ACCESS_TOKEN)).toBe(leftHalfHash('RS384', ACCESS_TOKEN));
      expect(await computeHalfHash('SHA-512', ACCESS_TOKEN)).toBe(leftHalfHash('EdDSA', ACCESS_TOKEN));
    });

    it('matches the worked value of OpenID Connect Core Appendix A.4 (RS256)', async () => {
      // OIDC Core A.4: access_token "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y" has at_hash "77QmUPtjPfzWtF2AnpK9RQ".
      expect(leftHalfHash('RS256', 'jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y')).toBe('77QmUPtjPfzWtF2AnpK9RQ');
      const token = idToken({ at_hash: '77QmUPtjPfzWtF2AnpK9RQ' });
      const result = await check(token, { context: { accessToken: 'jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y' } });
      expect(statusOf(result, 'at_hash')).toBe('passed');
    });

    it('is skipped when the ID token has no at_hash (optional in the code flow)', async () => {
      const result = await check(idToken({ at_hash: undefined }), { context: { accessToken: ACCESS_TOKEN } });
      expect(statusOf(result, 'at_hash')).toBe('skipped');
    });
  });

  it('§3.3.2.10: c_hash over the authorization code; FAPI Part 2 §5.1: s_hash over the state', async () => {
    const token = idToken({ c_hash: leftHalfHash('RS256', CODE), s_hash: leftHalfHash('RS256', STATE) });
    const good = await check(token, { context: { code: CODE, state: STATE } });
    expect(statusOf(good, 'c_hash')).toBe('passed');
    expect(statusOf(good, 's_hash')).toBe('passed');
    const bad = await check(token, { context: { code: `${CODE}A`, state: 'other' } });
    expect(codes(bad)).toEqual(expect.arrayContaining(['c-hash-mismatch', 's-hash-mismatch']));
  });

  it('the claims checks re-run on a clock tick keep the profile rules and their hashes', async () => {
    const { recheckClaims } = await import('../inspect/apply-claim-checks');
    const result = await check(idToken(), { context: { accessToken: `${ACCESS_TOKEN}x` } });
    const later = recheckClaims(result, {
      now: NOW + 10,
      profile: 'id-token',
      context: { accessToken: `${ACCESS_TOKEN}x` },
    });
    expect(later.findings.filter((f) => f.code === 'at-hash-mismatch')).toHaveLength(1);
    expect(later.profile?.links).toBe(result.profile?.links);
  });
});
