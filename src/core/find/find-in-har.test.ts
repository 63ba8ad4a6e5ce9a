import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hs256Jws } from '../../../test-support/build-token';
import { recordHar, type HarTokens } from '../../../test-support/record-har';
import { findTokens } from './find-tokens';
import type { FoundToken } from './types';

const jws = (claims: Record<string, unknown>, typ = 'JWT') =>
  hs256Jws({ alg: 'HS256', typ }, JSON.stringify(claims), 'secret');

const TOKENS: HarTokens = {
  clientAssertion: jws({ iss: 'app', sub: 'app', aud: 'https://as.example/token', jti: 'j1' }),
  accessToken: jws({ sub: 'alice', scope: 'openid' }, 'at+jwt'),
  idToken: jws({ sub: 'alice', aud: 'app', nonce: 'n1' }),
  dpopAccessToken: jws({ sub: 'alice', cnf: { jkt: 'x' } }, 'at+jwt'),
  dpopProof: jws({ htm: 'GET', htu: 'http://x/api/orders', jti: 'p1' }, 'dpop+jwt'),
  redirectIdToken: jws({ sub: 'alice', aud: 'app', nonce: 'n2', c_hash: 'h' }),
  code: 'SplxlOBeZQQYbYS6WxSbIA',
  state: 'af0ifjsldkj',
  sessionToken: jws({ sub: 'alice', session: 's'.repeat(300) }),
};

describe('findTokens in a HAR file recorded by Chromium', () => {
  let har = '';
  let origin = '';
  let found: FoundToken[] = [];
  const of = (token: string) => found.find((f) => f.token === token);

  beforeAll(async () => {
    ({ har, origin } = await recordHar(TOKENS));
    found = findTokens(har);
  }, 60_000);
  afterAll(() => {
    found = [];
  });

  it('lists every token once, in file order', () => {
    expect(new Set(found.map((f) => f.token))).toEqual(
      new Set(Object.values(TOKENS).filter((v) => v.startsWith('eyJ'))),
    );
    const starts = found.map((f) => f.at.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const f of found) if (!f.joined) expect(har.slice(f.at.start, f.at.end)).toBe(f.token);
  });

  it('labels each with where it was and the request it came with', () => {
    const rows = found.map(({ token, label, role, http }) => ({ token, label, role, http }));
    const token = `POST ${origin}/token`;
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          token: TOKENS.clientAssertion,
          label: `client_assertion parameter in the body of ${token}`,
          role: 'client_assertion',
          http: { method: 'POST', url: `${origin}/token` },
        },
        {
          token: TOKENS.accessToken,
          label: `access_token in the token response of ${token}`,
          role: 'access_token',
          http: { method: 'POST', url: `${origin}/token` },
        },
        {
          token: TOKENS.idToken,
          label: `id_token in the token response of ${token}`,
          role: 'id_token',
          http: { method: 'POST', url: `${origin}/token` },
        },
        {
          token: TOKENS.dpopAccessToken,
          label: `Authorization header (DPoP-bound) of GET ${origin}/api/orders`,
          role: 'access_token',
          http: { method: 'GET', url: `${origin}/api/orders` },
        },
        {
          token: TOKENS.dpopProof,
          label: `DPoP header of GET ${origin}/api/orders`,
          role: 'dpop',
          http: { method: 'GET', url: `${origin}/api/orders` },
        },
        {
          token: TOKENS.redirectIdToken,
          label: `id_token parameter in the Location header of GET ${origin}/authorize?…`,
          role: 'id_token',
          http: { method: 'GET', url: `${origin}/authorize?response_type=id_token&client_id=app` },
        },
      ]),
    );
  });

  it('joins the chunk cookies set by a response', () => {
    expect(of(TOKENS.sessionToken)).toMatchObject({
      label: `cookie session (2 chunks joined) in the response to GET ${origin}/login`,
      joined: { from: 'chunks', count: 2 },
    });
  });

  it('links the tokens of one request and of one response', () => {
    expect(of(TOKENS.idToken)?.context).toEqual({ accessToken: TOKENS.accessToken });
    expect(of(TOKENS.dpopProof)?.context).toEqual({
      accessToken: TOKENS.dpopAccessToken,
      httpMethod: 'GET',
      httpUri: `${origin}/api/orders`,
    });
    expect(of(TOKENS.dpopAccessToken)?.context).toEqual({
      dpopProof: TOKENS.dpopProof,
      httpMethod: 'GET',
      httpUri: `${origin}/api/orders`,
    });
    expect(of(TOKENS.redirectIdToken)?.context).toEqual({ code: TOKENS.code, state: TOKENS.state });
    expect(of(TOKENS.clientAssertion)?.context).toBeUndefined();
  });

  it('reports progress up to the whole file', () => {
    const seen: number[] = [];
    findTokens(har, (done, total) => {
      expect(total).toBe(har.length);
      seen.push(done);
    });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(har.length);
  });

  it('reads a HAR whose JSON is broken as plain text, still finding its tokens', () => {
    const broken = har.slice(0, Math.floor(har.length * 0.9));
    const tokens = findTokens(broken).map((f) => f.token);
    expect(tokens).toContain(TOKENS.clientAssertion);
    expect(tokens).toContain(TOKENS.idToken);
  });
});
