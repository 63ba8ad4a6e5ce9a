// Guards the issuer fixture itself (e2e/fixtures/issuer-server.mjs), from the test process: no browser.
// Stateful checks use an issuer of their own (ISSUER/t/<test>) so they never race other spec files.
import { test as base, expect } from '@playwright/test';
import { calculateJwkThumbprint, createLocalJWKSet, decodeProtectedHeader, type JWK, jwtVerify } from 'jose';
import { ISSUER, type Issuer, issuerFor } from './support/issuer';

const test = base.extend<{ issuer: Issuer }>({
  // eslint-disable-next-line no-empty-pattern
  issuer: async ({}, use, testInfo) => {
    await use(await issuerFor(testInfo));
  },
});

const EXPOSED = 'ETag, Cache-Control, Date';

async function jwks(issuer: Issuer, init: RequestInit = {}) {
  const response = await fetch(issuer.jwksUri, init);
  const body = response.status === 200 ? ((await response.json()) as { keys: JWK[] }) : null;
  return { response, body, etag: response.headers.get('etag') };
}

function expectCors(response: Response): void {
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  expect(response.headers.get('access-control-expose-headers')).toBe(EXPOSED);
}

test.describe('issuer fixture server', () => {
  test('answers /health for the readiness probe', async () => {
    const response = await fetch(`${ISSUER}/health`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
  });

  test('publishes discovery for the default issuer and for an isolated one', async ({ issuer }) => {
    for (const url of [ISSUER, issuer.url]) {
      const response = await fetch(`${url}/.well-known/openid-configuration`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(response.headers.get('cache-control')).toBe('max-age=600');
      expectCors(response);
      expect(await response.json()).toEqual({
        issuer: url,
        jwks_uri: `${url}/jwks.json`,
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
  });

  test('answers CORS preflights for conditional GETs', async ({ issuer }) => {
    const response = await fetch(issuer.jwksUri, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:4173',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET');
    expect(response.headers.get('access-control-allow-headers')).toBe('Accept, If-None-Match');
    expect(response.headers.get('access-control-max-age')).toBe('600');
  });

  test('serves public RS256 JWKs whose kid is the RFC 7638 thumbprint, with a strong ETag and 304', async ({
    issuer,
  }) => {
    const { response, body, etag } = await jwks(issuer);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('max-age=600');
    expect(response.headers.get('date')).toBeTruthy();
    expectCors(response);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);

    expect(body?.keys).toHaveLength(1);
    const [key] = body?.keys ?? [];
    expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', e: 'AQAB' });
    expect(Object.keys(key ?? {}).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
    expect(key?.kid).toBe(await calculateJwkThumbprint(key as JWK, 'sha256'));

    const again = await jwks(issuer);
    expect(again.etag).toBe(etag);

    const notModified = await fetch(issuer.jwksUri, { headers: { 'If-None-Match': etag ?? '' } });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    expect(notModified.headers.get('etag')).toBe(etag);
    expect(notModified.headers.get('cache-control')).toBe('max-age=600');
    expectCors(notModified);

    const listed = await fetch(issuer.jwksUri, { headers: { 'If-None-Match': `"stale", W/${etag}` } });
    expect(listed.status).toBe(304);
    const stale = await fetch(issuer.jwksUri, { headers: { 'If-None-Match': '"stale"' } });
    expect(stale.status).toBe(200);
  });

  test('mints RS256 tokens that verify against the JWKS, with claims merged in', async ({ issuer }) => {
    const { body } = await jwks(issuer);
    const keySet = createLocalJWKSet({ keys: body?.keys ?? [] });

    const token = await issuer.mint();
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'RS256', kid: body?.keys[0]?.kid, typ: 'JWT' });
    const { payload } = await jwtVerify(token, keySet, { issuer: issuer.url, audience: 'jwt-lens-e2e' });
    expect(payload.sub).toBe('alice');
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(600);
    expect(Math.abs((payload.iat ?? 0) - Date.now() / 1000)).toBeLessThan(30);

    const custom = await issuer.mint({ sub: 'bob', exp: 1, scope: 'read' });
    const claims = JSON.parse(Buffer.from(custom.split('.')[1] ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({ iss: issuer.url, sub: 'bob', aud: 'jwt-lens-e2e', exp: 1, scope: 'read' });

    const bodyless = await fetch(`${issuer.url}/mint`, { method: 'POST' });
    expect(bodyless.status).toBe(200);
    for (const bad of ['[1]', '"x"', 'not json']) {
      const response = await fetch(`${issuer.url}/mint`, { method: 'POST', body: bad });
      expect(response.status, bad).toBe(400);
    }
    const unknown = await fetch(`${issuer.url}/mint?kid=nope`, { method: 'POST' });
    expect(unknown.status).toBe(404);
  });

  test('rotates, retires and resets keys; the ETag follows the key set', async ({ issuer }) => {
    const first = await jwks(issuer);
    const firstKid = first.body?.keys[0]?.kid;

    const newKid = await issuer.rotate();
    expect(newKid).not.toBe(firstKid);
    const rotated = await jwks(issuer);
    expect(rotated.body?.keys.map((k) => k.kid)).toEqual([firstKid, newKid]);
    expect(rotated.etag).not.toBe(first.etag);
    const revalidated = await fetch(issuer.jwksUri, { headers: { 'If-None-Match': first.etag ?? '' } });
    expect(revalidated.status).toBe(200);

    // Newest key signs by default; ?kid= picks an older one.
    expect(decodeProtectedHeader(await issuer.mint()).kid).toBe(newKid);
    expect(decodeProtectedHeader(await issuer.mint({}, { kid: firstKid ?? '' })).kid).toBe(firstKid);

    expect(await issuer.retire()).toBe(firstKid);
    const retired = await jwks(issuer);
    expect(retired.body?.keys.map((k) => k.kid)).toEqual([newKid]);
    expect(retired.etag).not.toBe(rotated.etag);
    const lastKey = await fetch(`${issuer.url}/retire`, { method: 'POST' });
    expect(lastKey.status).toBe(400);
    const gone = await fetch(`${issuer.url}/mint?kid=${firstKid}`, { method: 'POST' });
    expect(gone.status).toBe(404);

    await issuer.rotate();
    const freshKid = await issuer.reset();
    const afterReset = await jwks(issuer);
    expect(afterReset.body?.keys.map((k) => k.kid)).toEqual([freshKid]);
    expect([firstKid, newKid]).not.toContain(freshKid);
  });

  test('isolated issuers do not share keys', async ({ issuer }) => {
    const [mine, shared] = await Promise.all([
      jwks(issuer),
      fetch(`${ISSUER}/jwks.json`).then((r) => r.json() as Promise<{ keys: JWK[] }>),
    ]);
    expect(mine.body?.keys[0]?.kid).not.toBe(shared.keys[0]?.kid);
  });

  test('logs app-facing requests only, and forgets them on reset', async ({ issuer }) => {
    const before = Date.now();
    expect(await issuer.requestLog()).toEqual([]);
    await issuer.mint();
    await issuer.rotate();
    await issuer.retire();
    await fetch(`${issuer.url}/health`);
    expect(await issuer.requestLog()).toEqual([]);

    await fetch(issuer.discoveryUrl, { headers: { Origin: 'http://127.0.0.1:4173' } });
    const { etag } = await jwks(issuer);
    await fetch(issuer.jwksUri, { headers: { 'If-None-Match': etag ?? '' } });
    await fetch(issuer.jwksUri, { method: 'OPTIONS' });
    await fetch(`${issuer.url}/nowhere?x=1`);

    const log = await issuer.requestLog();
    expect(log.map(({ method, path, status }) => `${method} ${path} ${status}`)).toEqual([
      'GET /.well-known/openid-configuration 200',
      'GET /jwks.json 200',
      'GET /jwks.json 304',
      'OPTIONS /jwks.json 204',
      'GET /nowhere 404',
    ]);
    expect(log[0]?.origin).toBe('http://127.0.0.1:4173');
    expect(log[2]?.ifNoneMatch).toBe(etag);
    for (const entry of log) expect(entry.at).toBeGreaterThanOrEqual(before - 1000);

    await issuer.reset();
    expect(await issuer.requestLog()).toEqual([]);
  });

  test.describe('misbehaving JWKS endpoints', () => {
    test('no-cors: a valid JWKS without Access-Control-Allow-Origin, preflight included', async ({ issuer }) => {
      const response = await fetch(issuer.brokenJwksUri('no-cors'));
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(((await response.json()) as { keys: JWK[] }).keys).toHaveLength(1);
      const preflight = await fetch(issuer.brokenJwksUri('no-cors'), {
        method: 'OPTIONS',
        headers: { 'Access-Control-Request-Method': 'GET' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    });

    for (const status of [404, 500] as const) {
      test(`${status}: a readable JSON error`, async ({ issuer }) => {
        const response = await fetch(issuer.brokenJwksUri(`${status}`));
        expect(response.status).toBe(status);
        expectCors(response);
        expect(response.headers.get('content-type')).toContain('application/json');
        expect(await response.json()).toHaveProperty('error');
      });
    }

    test('huge: a 2 MB JSON body with CORS', async ({ issuer }) => {
      const response = await fetch(issuer.brokenJwksUri('huge'));
      expect(response.status).toBe(200);
      expectCors(response);
      expect(Number(response.headers.get('content-length'))).toBe(2 * 1024 * 1024);
      const text = await response.text();
      expect(text.length).toBe(2 * 1024 * 1024);
      const body = JSON.parse(text) as { keys: JWK[]; padding: string };
      expect(body.keys).toHaveLength(1);
      expect(body.padding).toMatch(/^x+$/);
    });

    test('html: a login page served as text/html with CORS', async ({ issuer }) => {
      const response = await fetch(issuer.brokenJwksUri('html'));
      expect(response.status).toBe(200);
      expectCors(response);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('<form');
    });

    test('not-jwks: JSON that is not a key set', async ({ issuer }) => {
      const response = await fetch(issuer.brokenJwksUri('not-jwks'));
      expect(response.status).toBe(200);
      expectCors(response);
      expect(await response.json()).toEqual({ hello: 'world' });
    });

    test('wrong-issuer: discovery names another issuer but a working jwks_uri', async ({ issuer }) => {
      const response = await fetch(`${issuer.url}/wrong-issuer/.well-known/openid-configuration`);
      expect(response.status).toBe(200);
      expectCors(response);
      const discovery = (await response.json()) as { issuer: string; jwks_uri: string };
      expect(discovery.issuer).toBe(`${issuer.url}/someone-else`);
      expect(discovery.issuer).not.toBe(`${issuer.url}/wrong-issuer`);
      const keys = await fetch(discovery.jwks_uri);
      expect(keys.status).toBe(200);
    });

    test('slow: no answer within 5 s, and an abandoned request is let go', async ({ issuer }) => {
      const started = Date.now();
      const outcome = await fetch(issuer.brokenJwksUri('slow'), { signal: AbortSignal.timeout(5_500) }).then(
        (response) => `answered ${response.status}`,
        (error: Error) => error.name,
      );
      expect(outcome).toBe('TimeoutError');
      expect(Date.now() - started).toBeGreaterThanOrEqual(5_400);
      // The server saw the client give up and never answered.
      const [entry] = await issuer.requestLog();
      expect(entry).toMatchObject({ method: 'GET', path: '/slow/jwks.json', status: null });
    });

    test('unknown routes and methods are 404', async ({ issuer }) => {
      for (const [method, path] of [
        ['GET', '/nope'],
        ['POST', '/jwks.json'],
        ['GET', '/mint'],
        ['DELETE', '/.well-known/openid-configuration'],
      ] as const) {
        const response = await fetch(`${issuer.url}${path}`, { method });
        expect(response.status, `${method} ${path}`).toBe(404);
      }
    });
  });
});
