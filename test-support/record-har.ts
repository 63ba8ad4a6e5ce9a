import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from '../scripts/chromium-path.mjs';

/** The tokens a recorded session carries, each where a real OAuth/OIDC exchange puts it. */
export interface HarTokens {
  /** Sent as `client_assertion` in the form body of POST /token (RFC 7523 §2.2). */
  clientAssertion: string;
  /** Returned by POST /token with `idToken` (RFC 6749 §5.1, OIDC Core §3.1.3.3). */
  accessToken: string;
  idToken: string;
  /** Sent as `Authorization: DPoP` with `dpopProof` in a `DPoP` header to GET /api/orders (RFC 9449 §7.1). */
  dpopAccessToken: string;
  dpopProof: string;
  /** Put in the fragment of GET /authorize's 302 Location with `code` and `state` (OIDC Core §3.3.2.5). */
  redirectIdToken: string;
  code: string;
  state: string;
  /** Set by GET /login as two chunk cookies `session.0`, `session.1`, and sent back in a Cookie header. */
  sessionToken: string;
}

/**
 * Records a HAR file the way Chromium exports it (Playwright's `recordHar`), from a real session against
 * a local server, so `findTokens` is tested on the browser's own format rather than a hand-written one.
 * Returns the HAR text and the server's origin.
 */
export async function recordHar(tokens: HarTokens): Promise<{ har: string; origin: string }> {
  const half = Math.floor(tokens.sessionToken.length / 2);
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, type: string, body: string, headers: Record<string, string | string[]> = {}) => {
      response.writeHead(status, { 'content-type': type, ...headers });
      response.end(body);
    };
    request.resume();
    request.on('end', () => {
      if (url.pathname === '/token')
        send(
          200,
          'application/json',
          JSON.stringify({
            access_token: tokens.accessToken,
            token_type: 'Bearer',
            expires_in: 3600,
            id_token: tokens.idToken,
          }),
        );
      else if (url.pathname === '/authorize')
        send(302, 'text/plain', '', {
          location: `/cb#id_token=${tokens.redirectIdToken}&code=${tokens.code}&state=${tokens.state}`,
        });
      else if (url.pathname === '/login')
        send(200, 'text/plain', 'ok', {
          'set-cookie': [
            `session.0=${tokens.sessionToken.slice(0, half)}; Path=/`,
            `session.1=${tokens.sessionToken.slice(half)}; Path=/`,
          ],
        });
      else send(200, 'text/html', '<!doctype html><title>app</title><p>ok</p>');
    });
  };
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const folder = await mkdtemp(path.join(tmpdir(), 'jwt-lens-har-'));
  const harPath = path.join(folder, 'session.har');
  const executablePath = findChromium();
  const browser = await chromium.launch({
    ...(typeof executablePath === 'string' ? { executablePath } : {}),
    args: chromiumLaunchArgs,
  });
  try {
    const context = await browser.newContext({ recordHar: { path: harPath, content: 'embed' } });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.evaluate(
      async ({ t }) => {
        const form = new URLSearchParams({
          grant_type: 'authorization_code',
          client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
          client_assertion: t.clientAssertion,
        });
        // Each body is read, so the HAR embeds it.
        await (await fetch('/token', { method: 'POST', body: form })).text();
        const api = await fetch('/api/orders', {
          headers: { authorization: `DPoP ${t.dpopAccessToken}`, dpop: t.dpopProof },
        });
        await api.text();
        await (await fetch('/login')).text();
        await (await fetch('/profile')).text();
      },
      { t: tokens },
    );
    await page.goto(`${origin}/authorize?response_type=id_token&client_id=app`);
    await context.close();
    return { har: await readFile(harPath, 'utf8'), origin };
  } finally {
    await browser.close();
    server.close();
    await rm(folder, { recursive: true, force: true });
  }
}
