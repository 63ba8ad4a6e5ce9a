import { describe, expect, it } from 'vitest';
import { inspect, type Inspection, type InspectOptions, type ProfileId } from '../index';
import { issuerKey, NOW, signNode } from '../../../test-support/profile-tokens';
import { BACKCHANNEL_LOGOUT_EVENT } from './events-rule';

const key = issuerKey();
const sign = (claims: Record<string, unknown>, header: Record<string, unknown> = {}) =>
  signNode({ alg: 'RS256', ...header }, claims, key.privateKey);
const check = (token: string, profile: ProfileId | 'auto', options: InspectOptions = {}): Promise<Inspection> =>
  inspect(token, { verificationKey: key.publicPem, now: NOW + 1, profile, ...options });
const statusOf = (inspection: Inspection, name: string) =>
  inspection.profile?.checks.find((c) => c.name === name)?.status;
const failedCodes = (inspection: Inspection) =>
  inspection.profile?.checks.filter((c) => c.status === 'failed').map((c) => c.code) ?? [];
const codes = (inspection: Inspection) => inspection.findings.map((f) => f.code);

const ACCESS = {
  iss: 'https://as.example.com',
  sub: '5ba552d67',
  aud: 'https://rs.example.com/',
  client_id: 's6BhdRkqt3',
  iat: NOW,
  exp: NOW + 300,
  jti: 'dbe39bf3a3ba4238a513f51d6e1691c4',
  scope: 'openid profile',
};

describe('access token (RFC 9068)', () => {
  it('§2.1, §2.2: a token with typ at+jwt and every required claim passes', async () => {
    const result = await check(sign(ACCESS, { typ: 'at+jwt' }), 'auto', { context: { clientId: 's6BhdRkqt3' } });
    expect(result.profile).toMatchObject({ id: 'access-token', by: 'typ' });
    expect(failedCodes(result)).toEqual([]);
    expect(result.claims).toBe('valid');
  });

  it('§2.1: "application/at+jwt" is the same type (RFC 7515 §4.1.9)', async () => {
    const result = await check(sign(ACCESS, { typ: 'application/AT+JWT' }), 'access-token');
    expect(statusOf(result, 'typ')).toBe('passed');
  });

  it('§2.1, §4: typ "JWT" is profile-typ-mismatch', async () => {
    const result = await check(sign(ACCESS, { typ: 'JWT' }), 'access-token');
    expect(codes(result)).toContain('profile-typ-mismatch');
    expect(result.claims).toBe('invalid');
  });

  it.each(['iss', 'exp', 'aud', 'sub', 'client_id', 'iat', 'jti'])(
    '§2.2: %s is required, an error when missing',
    async (claim) => {
      const result = await check(sign({ ...ACCESS, [claim]: undefined }, { typ: 'at+jwt' }), 'access-token');
      expect(result.findings).toContainEqual(
        expect.objectContaining({ code: 'profile-claim-missing', name: claim, severity: 'error' }),
      );
      expect(result.claims).toBe('invalid');
    },
  );

  it('§2.2: client_id must equal the expected client', async () => {
    const result = await check(sign(ACCESS, { typ: 'at+jwt' }), 'access-token', { context: { clientId: 'other' } });
    expect(codes(result)).toContain('client-id-mismatch');
  });

  it('§2.1: an unsecured access token is profile-alg-forbidden', async () => {
    const { encodeJson } = await import('../../../test-support/build-token');
    const token = `${encodeJson({ alg: 'none', typ: 'at+jwt' })}.${encodeJson(ACCESS)}.`;
    expect(codes(await check(token, 'access-token'))).toContain('profile-alg-forbidden');
  });

  it('RFC 8725 §2.8: an ID token validated as an access token is token-confusion', async () => {
    const idToken = sign(
      { iss: 'https://as.example.com', sub: 'u', aud: 'c', exp: NOW + 60, iat: NOW, nonce: 'n' },
      { typ: 'JWT' },
    );
    const result = await check(idToken, 'access-token');
    expect(result.profile).toMatchObject({
      id: 'access-token',
      by: 'chosen',
      detected: { id: 'id-token', by: 'claims' },
    });
    expect(codes(result)).toEqual(expect.arrayContaining(['token-confusion', 'profile-typ-mismatch']));
    expect(result.headline).toMatch(/^An ID token validated as an access token/);
  });

  it('RFC 9068 §2.2.1: auth_time alone does not make an access token an ID token', async () => {
    const result = await check(sign({ ...ACCESS, auth_time: NOW - 10 }, { typ: 'at+jwt' }), 'access-token');
    expect(codes(result)).not.toContain('token-confusion');
  });
});

const LOGOUT = {
  iss: 'https://server.example.com',
  sub: '248289761001',
  aud: 's6BhdRkqt3',
  iat: NOW,
  exp: NOW + 120,
  jti: 'bWJq',
  sid: '08a5019c-17e1-4977-8f42-65a12843ea02',
  events: { [BACKCHANNEL_LOGOUT_EVENT]: {} },
};

describe('logout token (OpenID Connect Back-Channel Logout 1.0)', () => {
  it('§2.4: the spec’s example claims with typ logout+jwt pass', async () => {
    const result = await check(sign(LOGOUT, { typ: 'logout+jwt' }), 'auto', { context: { clientId: 's6BhdRkqt3' } });
    expect(result.profile).toMatchObject({ id: 'logout-token', by: 'typ' });
    expect(failedCodes(result)).toEqual([]);
  });

  it('§2.4: detected from its events claim when typ says nothing more; a missing typ is only a warning', async () => {
    const result = await check(sign(LOGOUT), 'auto');
    expect(result.profile).toMatchObject({ id: 'logout-token', by: 'claims' });
    expect(result.findings.find((f) => f.code === 'profile-typ-mismatch')?.severity).toBe('warning');
    expect(result.claims).toBe('valid');
  });

  it('§2.4: a nonce is forbidden (it would let a logout token pass as an ID token)', async () => {
    const result = await check(sign({ ...LOGOUT, nonce: 'n' }, { typ: 'logout+jwt' }), 'logout-token');
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'profile-claim-forbidden', name: 'nonce' }));
  });

  it('§2.4: events must hold the back-channel logout event as an object', async () => {
    for (const events of [{ 'https://example.com/other': {} }, { [BACKCHANNEL_LOGOUT_EVENT]: 'yes' }, 'logout'])
      expect(codes(await check(sign({ ...LOGOUT, events }, { typ: 'logout+jwt' }), 'logout-token'))).toContain(
        'events-invalid',
      );
  });

  it('§2.4: sub or sid must be present', async () => {
    const result = await check(
      sign({ ...LOGOUT, sub: undefined, sid: undefined }, { typ: 'logout+jwt' }),
      'logout-token',
    );
    expect(statusOf(result, 'sub-or-sid')).toBe('failed');
  });

  it('a logout token validated as a SET is no confusion (a logout token is a SET)', async () => {
    const result = await check(sign(LOGOUT, { typ: 'logout+jwt' }), 'security-event');
    expect(codes(result)).not.toContain('token-confusion');
  });
});

describe('security event token (RFC 8417)', () => {
  const SET = {
    iss: 'https://idp.example.com/',
    iat: NOW,
    jti: '756E69717565206964656E746966696572',
    aud: 'https://sp.example.com/',
    events: { 'urn:ietf:params:scim:event:create': { ref: 'x' } },
  };

  it('§2.2, §2.3: typ secevent+jwt with iss, iat, jti and events passes', async () => {
    const result = await check(sign(SET, { typ: 'secevent+jwt' }), 'auto');
    expect(result.profile).toMatchObject({ id: 'security-event', by: 'typ' });
    expect(failedCodes(result)).toEqual([]);
  });

  it('§2.2: every event must map to a JSON object', async () => {
    const result = await check(sign({ ...SET, events: { a: 1 } }, { typ: 'secevent+jwt' }), 'security-event');
    expect(codes(result)).toContain('events-invalid');
  });
});

describe('client assertion (RFC 7523 §3)', () => {
  const ASSERTION = {
    iss: 'client-1',
    sub: 'client-1',
    aud: 'https://as.example.com/token',
    exp: NOW + 60,
    jti: 'a-1',
  };

  it('§3: iss = sub = client ID, aud, exp and jti pass', async () => {
    const result = await check(sign(ASSERTION), 'client-assertion', { context: { clientId: 'client-1' } });
    expect(failedCodes(result)).toEqual([]);
    expect(result.claims).toBe('valid');
  });

  it('§3 items 1–2: iss ≠ sub is client-id-mismatch even without a client ID given', async () => {
    const result = await check(sign({ ...ASSERTION, sub: 'client-2' }), 'client-assertion');
    expect(codes(result)).toContain('client-id-mismatch');
    expect(result.claims).toBe('invalid');
  });

  it('§3 item 4: a missing exp is an error', async () => {
    const result = await check(sign({ ...ASSERTION, exp: undefined }), 'client-assertion');
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'profile-claim-missing', name: 'exp', severity: 'error' }),
    );
  });
});

describe('request object (RFC 9101)', () => {
  const REQUEST = {
    iss: 's6BhdRkqt3',
    aud: 'https://server.example.com',
    client_id: 's6BhdRkqt3',
    response_type: 'code',
    redirect_uri: 'https://client.example.org/cb',
    scope: 'openid',
    state: 'af0ifjsldkj',
  };

  it('§4, §10.8: typ oauth-authz-req+jwt, iss and client_id = the client pass', async () => {
    const result = await check(sign(REQUEST, { typ: 'oauth-authz-req+jwt' }), 'auto', {
      context: { clientId: 's6BhdRkqt3' },
    });
    expect(result.profile).toMatchObject({ id: 'request-object', by: 'typ' });
    expect(failedCodes(result)).toEqual([]);
  });

  it('§4: request and request_uri inside a request object are forbidden', async () => {
    const result = await check(
      sign({ ...REQUEST, request_uri: 'urn:x' }, { typ: 'oauth-authz-req+jwt' }),
      'request-object',
    );
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'profile-claim-forbidden', name: 'request_uri' }),
    );
  });

  it('detected from response_type when it has no typ', async () => {
    const result = await check(sign(REQUEST), 'auto');
    expect(result.profile).toMatchObject({ id: 'request-object', by: 'claims' });
  });
});

describe('authorization response (JARM)', () => {
  const RESPONSE = {
    iss: 'https://accounts.example.com',
    aud: 's6BhdRkqt3',
    exp: NOW + 600,
    code: 'PyyFaux2o7Q0YfXBU32jhw.5FXSQpvr8akv9CeRDSd0QA',
    state: 'S8NJ7uqk5fY4EjNvP_G_FtyJu6pUsvH9jsYni9dMAJw',
  };

  it('§2.1: iss, aud and exp, aud = client, and state = the one sent pass', async () => {
    const result = await check(sign(RESPONSE), 'auto', { context: { clientId: 's6BhdRkqt3', state: RESPONSE.state } });
    expect(result.profile).toMatchObject({ id: 'jarm-response', by: 'claims' });
    expect(failedCodes(result)).toEqual([]);
  });

  it('§2.4: a different state is state-mismatch', async () => {
    expect(codes(await check(sign(RESPONSE), 'jarm-response', { context: { state: 'other' } }))).toContain(
      'state-mismatch',
    );
  });
});

describe('vendor knowledge', () => {
  it('a Microsoft Graph token (header nonce, Graph audience) is explained instead of a bare "signature invalid"', async () => {
    const { createHash } = await import('node:crypto');
    const { encodeJson } = await import('../../../test-support/build-token');
    const nonce = 'AQABAAAAAAD--DLA3VO7QrddgJg7WevrzxYCVbRnf';
    const hashed = createHash('sha256').update(nonce).digest('base64url');
    const claims = {
      aud: '00000003-0000-0000-c000-000000000000',
      iss: 'https://sts.windows.net/tid/',
      exp: NOW + 60,
      iat: NOW,
    };
    const signed = sign(claims, { typ: 'JWT', nonce: hashed });
    const presented = [encodeJson({ alg: 'RS256', typ: 'JWT', nonce }), ...signed.split('.').slice(1)].join('.');
    const result = await check(presented, 'auto');
    expect(result.signature).toBe('invalid');
    expect(codes(result)).toContain('vendor-graph-header-nonce');
    expect(result.headline).toMatch(/only Microsoft Graph can verify/);
    // The same token with the hashed nonce it was signed over verifies: the note is about Graph, not the key.
    expect((await check(signed, 'auto')).signature).toBe('valid');
  });

  it('Google’s issuer spelling is explained as a vendor note, not an error', async () => {
    const result = await check(
      sign({ iss: 'accounts.google.com', sub: '1', aud: 'c', exp: NOW + 60, iat: NOW, nonce: 'n' }),
      'auto',
    );
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'vendor-note', severity: 'info', stage: 'profile' }),
    );
    expect(result.claims).toBe('valid');
  });
});
