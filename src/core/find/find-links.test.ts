import { describe, expect, it } from 'vitest';
import { hs256Jws } from '../../../test-support/build-token';
import { athOf, dpopProof, issuerKey, leftHalfHash, NOW, signNode } from '../../../test-support/profile-tokens';
import { inspect } from '../inspect/inspect';
import { findTokens } from './find-tokens';

const jws = (claims: Record<string, unknown>, typ = 'JWT') =>
  hs256Jws({ alg: 'HS256', typ }, JSON.stringify(claims), 'secret');
const ACCESS = jws({ sub: 'alice', scope: 'openid' }, 'at+jwt');
const OTHER_ACCESS = jws({ sub: 'bob', scope: 'openid' }, 'at+jwt');
const ID = jws({ sub: 'alice', aud: 'client', nonce: 'n-0S6_WzA2Mj' });
const OTHER_ID = jws({ sub: 'bob', aud: 'client', nonce: 'x' });
const DPOP = jws({ htm: 'POST', htu: 'https://rs.example/api', jti: '4ba3e9ef' }, 'dpop+jwt');

const byToken = (text: string) => new Map(findTokens(text).map((f) => [f.token, f]));

describe('findTokens links tokens that came together', () => {
  it('gives the ID token of a token response its access token, and nothing to the access token', () => {
    const found = byToken(JSON.stringify({ access_token: ACCESS, token_type: 'Bearer', id_token: ID }, null, 2));
    expect(found.get(ID)?.context).toEqual({ accessToken: ACCESS });
    expect(found.get(ACCESS)?.context).toBeUndefined();
    expect(found.get(ID)?.group).toBe(found.get(ACCESS)?.group);
  });

  it('keeps two token responses apart', () => {
    const text = `${JSON.stringify({ access_token: ACCESS, id_token: ID })}\n${JSON.stringify({ access_token: OTHER_ACCESS, id_token: OTHER_ID })}`;
    const found = byToken(text);
    expect(found.get(ID)?.context).toEqual({ accessToken: ACCESS });
    expect(found.get(OTHER_ID)?.context).toEqual({ accessToken: OTHER_ACCESS });
    expect(found.get(ID)?.group).not.toBe(found.get(OTHER_ID)?.group);
  });

  it("gives a DPoP proof its request's access token, method and URL, and the access token its proof", () => {
    const text = [
      `curl -X POST https://rs.example/api?page=2 \\`,
      `  -H 'Authorization: DPoP ${ACCESS}' \\`,
      `  -H 'DPoP: ${DPOP}'`,
      `curl https://rs.example/other -H 'Authorization: Bearer ${OTHER_ACCESS}'`,
    ].join('\n');
    const found = byToken(text);
    const request = { httpMethod: 'POST', httpUri: 'https://rs.example/api?page=2' };
    expect(found.get(DPOP)?.context).toEqual({ accessToken: ACCESS, ...request });
    expect(found.get(ACCESS)?.context).toEqual({ dpopProof: DPOP, ...request });
    expect(found.get(OTHER_ACCESS)?.context).toBeUndefined();
    expect(found.get(DPOP)?.label).toBe('DPoP header of POST https://rs.example/api?…');
  });

  it('gives the ID token of a redirect its access token, code and state', () => {
    const text = `https://client.example/cb#access_token=${ACCESS}&code=Spl%2BxzA&id_token=${ID}&state=af0ifjsldkj next`;
    expect(byToken(text).get(ID)?.context).toEqual({ accessToken: ACCESS, code: 'Spl+xzA', state: 'af0ifjsldkj' });
  });

  it('does not link parameters of two URLs', () => {
    const text = `https://a.example/cb#access_token=${ACCESS} https://b.example/cb#id_token=${ID}&state=s1`;
    expect(byToken(text).get(ID)?.context).toEqual({ state: 's1' });
  });

  it('links a repeated access token to the proof of its second request too', () => {
    const text = [
      `GET /a HTTP/1.1\nHost: rs.example\nAuthorization: Bearer ${ACCESS}\n`,
      `POST /b HTTP/1.1\nHost: rs.example\nAuthorization: DPoP ${ACCESS}\nDPoP: ${DPOP}\n`,
    ].join('\n');
    const found = findTokens(text);
    expect(found.map((f) => f.token)).toEqual([ACCESS, DPOP]);
    expect(found[1]?.context).toEqual({ accessToken: ACCESS, httpMethod: 'POST', httpUri: 'https://rs.example/b' });
  });
});

describe('the context found with a token is what its profile rules need', () => {
  const key = issuerKey();
  const access = signNode({ alg: 'RS256', typ: 'at+jwt' }, { sub: 'alice', iat: NOW }, key.privateKey);
  const idToken = signNode(
    { alg: 'RS256' },
    {
      iss: 'https://op.example',
      sub: 'alice',
      aud: 'client',
      iat: NOW,
      exp: NOW + 600,
      nonce: 'n',
      at_hash: leftHalfHash('RS256', access),
    },
    key.privateKey,
  );
  const proof = dpopProof({ htm: 'GET', htu: 'https://rs.example/orders', ath: athOf(access) });

  it('checks at_hash from a pasted token response', async () => {
    const [, found] = findTokens(JSON.stringify({ access_token: access, token_type: 'Bearer', id_token: idToken }));
    expect(found?.token).toBe(idToken);
    const inspection = await inspect(idToken, {
      verificationKey: key.publicPem,
      now: NOW + 5,
      context: found?.context,
    });
    expect(inspection.profile?.id).toBe('id-token');
    expect(inspection.profile?.checks.find((c) => c.name === 'at_hash')?.status).toBe('passed');
  });

  it('checks ath, htm and htu from a pasted request', async () => {
    const text = `GET /orders HTTP/1.1\r\nHost: rs.example\r\nAuthorization: DPoP ${access}\r\nDPoP: ${proof.token}\r\n\r\n`;
    const found = findTokens(text).find((f) => f.role === 'dpop');
    const inspection = await inspect(proof.token, { now: NOW + 5, context: found?.context });
    const status = (name: string) => inspection.profile?.checks.find((c) => c.name === name)?.status;
    expect([status('ath'), status('htm'), status('htu')]).toEqual(['passed', 'passed', 'passed']);
  });
});
