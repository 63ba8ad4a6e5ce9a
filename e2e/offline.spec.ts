import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect as baseExpect, test as baseTest, type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ISSUER } from './support/issuer';
import { cookbook } from './support/tokens';

/*
 * Issue 14, item 1: offline and installable. After one online visit the service worker has precached
 * every built asset, so with no network at all a reload, a `#token=` link, a pasted key, the issuer, the
 * key tools and the diagram all work; a new build waits behind "A new version is ready — reload".
 */

// The only spec with the service worker on (playwright.config.ts blocks it for the others).
test.use({ serviceWorkers: 'allow' });
baseTest.use({ serviceWorkers: 'allow' });

/** What the service worker precaches (vite.config.ts `globPatterns`); itself and Workbox's runtime excepted. */
const PRECACHED = /\.(js|css|html|svg|png|json|wasm|webmanifest)$/;

/** Waits until the service worker controls the page and its precache holds the Monaco chunk. */
async function waitUntilPrecached(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await baseExpect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await baseExpect
    .poll(
      () =>
        page.evaluate(async () => {
          for (const name of await caches.keys()) {
            const requests = await (await caches.open(name)).keys();
            if (requests.some((request) => /\/assets\/monaco-[^/]*\.js/.test(request.url))) return true;
          }
          return false;
        }),
      { timeout: 20_000 },
    )
    .toBe(true);
}

test('after one online visit the app works with no network: reload, #token= link, key, issuer, keys, diagram', async ({
  lens,
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await lens.open();
  await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
  await waitUntilPrecached(page);

  // Every built asset is precached, lazy chunks and workers included.
  const precached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  const built = (await readdir('dist', { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && PRECACHED.test(entry.name))
    .map((entry) => `/${path.relative('dist', path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`);
  expect(built.length).toBeGreaterThan(50);
  const isNeverPrecached = (file: string) =>
    file === '/sw.js' || file.startsWith('/workbox-') || file.startsWith('/.well-known/');
  expect(new Set(precached)).toEqual(new Set(built.filter((file) => !isNeverPrecached(file))));
  // A key set or discovery document served beside the app is fetched, never cached.
  const jwks = await page.evaluate(() => fetch('./.well-known/jwks.json').then((r) => r.status));
  expect([200, 404]).toContain(jwks);
  expect(await page.evaluate(async () => (await caches.match('./.well-known/jwks.json')) === undefined)).toBe(true);

  await context.setOffline(true);
  // The network is really gone: what is not precached cannot be fetched.
  await baseExpect(page.evaluate(() => fetch('./not-precached.txt').then((r) => r.status))).rejects.toThrow();
  // Without a service worker this reload is the browser's "no internet" page.
  await page.reload();
  await expect(lens.tokenInput).toBeVisible();
  await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');

  // A link opened with no network: a new page load, not a hash change.
  const vector = cookbook('jws/4_1.rsa_v15_signature.json');
  await page.goto('about:blank');
  await lens.open(`#token=${vector.output.compact ?? ''}`);
  await expect(lens.region('Payload')).toContainText('It’s a dangerous business, Frodo');
  await lens.waitForEditor();
  await lens.setVerificationKey(JSON.stringify(vector.input.key));
  await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');

  await lens.openView('Issue a token');
  await expect(lens.issuerPanel).toBeVisible();
  await lens.openView('Keys');
  await expect(page.getByRole('region', { name: 'Keys', exact: true })).toBeVisible();
  await lens.openView('Inspect');
  const flow = page.getByRole('region', { name: 'Flow diagram' });
  await flow.getByRole('button', { name: 'Show diagram' }).click();
  await expect(flow.getByRole('img')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load' })).toHaveText([]);
});

test.describe('Key sets and discovery documents from another origin', () => {
  test.use({ allowedOrigins: [ISSUER] });

  test('with the service worker in control they reach the issuer and are never cached', async ({
    lens,
    page,
    issuer,
  }) => {
    await lens.open();
    await waitUntilPrecached(page);
    await lens.paste(await issuer.mint());
    await page.getByLabel('Verification key').fill('');
    await page.getByRole('button', { name: 'Discover from issuer' }).click();
    await expect(lens.keySetStatus).toHaveAttribute('data-jwks-status', 'loaded');
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
    const paths = (await issuer.requestLog()).filter((r) => r.method === 'GET').map((r) => r.path);
    expect(paths).toEqual(['/.well-known/openid-configuration', '/jwks.json']);
    const cachedOrigins = await page.evaluate(async () => {
      const origins = new Set<string>();
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) origins.add(new URL(request.url).origin);
      return [...origins];
    });
    expect(cachedOrigins).toEqual([new URL(page.url()).origin]);
  });
});

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
};

/** A plain static host for a copy of dist/, on a free loopback port; the test can redeploy under it. */
async function serveCopy(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(root + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = MIME_TYPES[path.extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/*
 * A plain Playwright test: the page is served by this test's own static host on a port chosen at run
 * time, which the fixture's `allowedOrigins` (fixed when the file loads) cannot name. The same check is
 * made here: every request the page makes goes to that host.
 */
baseTest('a new build deployed under the running page: "A new version is ready — reload", then the new version', async ({
  page,
}, testInfo) => {
  baseTest.setTimeout(90_000);
  const root = testInfo.outputPath('site');
  await cp(path.resolve('dist'), root, { recursive: true });
  const { server, origin } = await serveCopy(root);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  try {
    await page.goto(`${origin}/`);
    await baseExpect(page.getByRole('textbox', { name: 'Token', exact: true })).toBeVisible();
    await waitUntilPrecached(page);
    const prompt = page.getByRole('status', { name: 'App updates' });
    await baseExpect(prompt).not.toContainText('A new version');

    // Deploy: index.html changes, and so does its revision in the precache manifest (as a build does).
    const indexHtml = await readFile(path.join(root, 'index.html'), 'utf8');
    await writeFile(
      path.join(root, 'index.html'),
      indexHtml.replace('<head>', '<head><meta name="jwt-lens-build" content="second">'),
    );
    const sw = await readFile(path.join(root, 'sw.js'), 'utf8');
    const redeployed = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, '$1second-build"');
    baseExpect(redeployed).not.toBe(sw);
    await writeFile(path.join(root, 'sw.js'), redeployed);

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await baseExpect(prompt).toContainText('A new version is ready — reload', { timeout: 20_000 });
    // Until the user chooses, the old build keeps running: its index.html, and its own lazy chunks.
    await baseExpect(page.locator('meta[name="jwt-lens-build"]')).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Keys', exact: true }).click();
    await baseExpect(page.getByRole('region', { name: 'Keys', exact: true })).toBeVisible();

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await baseExpect(page.locator('meta[name="jwt-lens-build"]')).toHaveAttribute('content', 'second', {
      timeout: 20_000,
    });
    await baseExpect(page.getByRole('textbox', { name: 'Token', exact: true })).toBeVisible();
    await baseExpect(prompt).not.toContainText('A new version');
    baseExpect(requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))).toEqual([]);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
