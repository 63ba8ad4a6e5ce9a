// findTokens on a 50 MB HAR file: throughput in Node (MB/s), and in Chromium the time from "Open a file"
// to the list of tokens with the longest main-thread task meanwhile (the file is read and searched in a
// worker). The HAR is made here in the shape Chromium exports: API calls with Authorization and DPoP
// headers, token responses, and large image and JSON bodies without tokens, as real sessions have.
/* global window */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withCore } from './bench-inspect.mjs';

const TARGET_BYTES = 50 * 1024 * 1024;
const NODE_RUNS = 3;
const BROWSER_RUNS = 3;
const TIMEOUT_MS = 120_000;

const b64url = (value) => Buffer.from(value).toString('base64url');
function hs256(claims, typ = 'JWT') {
  const input = `${b64url(JSON.stringify({ alg: 'HS256', typ }))}.${b64url(JSON.stringify(claims))}`;
  return `${input}.${createHmac('sha256', 'bench').update(input).digest('base64url')}`;
}

/** A HAR 1.2 document of about TARGET_BYTES, and how many distinct tokens it holds. */
export function makeHar() {
  const entries = [];
  const image = randomBytes(300 * 1024).toString('base64');
  const listing = JSON.stringify({
    items: Array.from({ length: 2000 }, (_, i) => ({ id: i, name: `item ${i}`, v: '1.2.3' })),
  });
  const header = (name, value) => ({ name, value });
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i += 1) {
    const at = hs256({ sub: `user-${i >> 6}`, scope: 'api', n: i >> 6 }, 'at+jwt');
    const proof = hs256({ htm: 'GET', htu: `https://api.example/items/${i}`, jti: `j${i}` }, 'dpop+jwt');
    const isLogin = i % 64 === 0;
    const request = {
      method: isLogin ? 'POST' : 'GET',
      url: isLogin ? 'https://as.example/token' : `https://api.example/items/${i}`,
      httpVersion: 'HTTP/1.1',
      headers: isLogin
        ? [header('content-type', 'application/x-www-form-urlencoded')]
        : [header('authorization', `DPoP ${at}`), header('dpop', proof), header('accept', 'application/json')],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: -1,
      ...(isLogin
        ? { postData: { mimeType: 'application/x-www-form-urlencoded', text: 'grant_type=refresh_token' } }
        : {}),
    };
    const body = isLogin
      ? {
          mimeType: 'application/json',
          text: JSON.stringify({
            access_token: at,
            token_type: 'DPoP',
            id_token: hs256({ sub: `user-${i >> 6}`, nonce: 'n' }),
          }),
        }
      : i % 4 === 0
        ? { mimeType: 'image/png', encoding: 'base64', text: image }
        : { mimeType: 'application/json', text: listing };
    const entry = {
      startedDateTime: new Date(Date.UTC(2026, 10, 30, 10, 0, i)).toISOString(),
      time: 12,
      request,
      response: {
        status: 200,
        statusText: 'OK',
        httpVersion: 'HTTP/1.1',
        headers: [header('content-type', body.mimeType)],
        cookies: [],
        content: { size: body.text.length, ...body },
        redirectURL: '',
        headersSize: -1,
        bodySize: -1,
      },
      cache: {},
      timings: { send: 0, wait: 10, receive: 2 },
    };
    size += JSON.stringify(entry).length;
    entries.push(entry);
  }
  const har = JSON.stringify(
    { log: { version: '1.2', creator: { name: 'bench', version: '1' }, pages: [], entries } },
    null,
    2,
  );
  return { har, entries: entries.length, hash: createHash('sha256').update(har).digest('hex').slice(0, 12) };
}

/** findTokens over the HAR in Node, through Vite's loader (src/core is TypeScript). */
export async function benchFindNode(har) {
  return withCore(async ({ findTokens }) => {
    const samples = [];
    let found = 0;
    for (let run = 0; run < NODE_RUNS; run += 1) {
      const start = performance.now();
      found = findTokens(har).length;
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    const medianMs = samples[Math.floor(samples.length / 2)];
    const mb = Buffer.byteLength(har) / 1024 / 1024;
    return {
      runs: NODE_RUNS,
      medianMs: Math.round(medianMs),
      megabytes: Math.round(mb * 10) / 10,
      mbPerSecond: Math.round((mb / medianMs) * 1000 * 10) / 10,
      tokens: found,
    };
  });
}

/** In the page: every long task from now on. */
function collectLongTasks() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
}

/** "Open a file" with the HAR in Chromium: time to the list of tokens, and the longest main-thread task. */
export async function benchFindBrowser(browser, baseUrl, har, { log }) {
  const folder = mkdtempSync(path.join(tmpdir(), 'jwt-lens-bench-'));
  const file = path.join(folder, 'session.har');
  writeFileSync(file, har);
  const rows = [];
  try {
    for (let run = 0; run < BROWSER_RUNS; run += 1) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        await page.goto(baseUrl);
        await page.getByRole('region', { name: 'Payload' }).waitFor();
        // The editor and the lazy panels load after the first paint: measured from when they are in.
        await page.locator('[data-editor="monaco"]').waitFor({ timeout: TIMEOUT_MS });
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        await page.evaluate(collectLongTasks);
        const start = await page.evaluate(() => performance.now());
        await page.getByLabel('Open a file').setInputFiles(file);
        await page
          .getByRole('region', { name: 'Tokens found' })
          .getByText(/tokens in session\.har/)
          .waitFor({ timeout: TIMEOUT_MS });
        const outcome = await page.evaluate(
          (begin) => ({ listedMs: performance.now() - begin, longest: Math.max(0, ...window.__benchLongTasks) }),
          start,
        );
        rows.push(outcome);
        log(
          `  run ${run + 1}: listed after ${outcome.listedMs.toFixed(0)} ms, longest main-thread task ${outcome.longest.toFixed(0)} ms\n`,
        );
      } finally {
        await context.close();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    runs: BROWSER_RUNS,
    listedMedianMs: Math.round(median(rows.map((r) => r.listedMs))),
    longestTaskMaxMs: Math.round(Math.max(...rows.map((r) => r.longest))),
  };
}
