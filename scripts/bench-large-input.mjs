// Paste-to-settled in Chromium for the issue 9 token (50,000 duplicate header members): the time from
// the Ctrl+V keydown until the verdict is settled again (after having gone busy for the paste), and the
// longest main-thread task in between (Long Tasks API). Used by bench.mjs against the built app.
// collectLongTasks, armSettledProbe and readOutcome run inside the page (page.evaluate / addInitScript).
/* global window, document, MutationObserver, requestAnimationFrame, DataTransfer */
import { DUPLICATE_MEMBERS, duplicateMemberToken } from './duplicate-member-token.mjs';

const RUNS = 5;
const WARMUP = 1;
const TIMEOUT_MS = 120_000;

class LargeInputError extends Error {}

/**
 * Registered before the app loads, so every long task of the page is seen. Each clipboard read
 * (`DataTransfer.getData`, where Chromium copies the pasted text into the page in one go) is timed
 * too, so a paste's longest task can be told apart from the part of it that is the browser's read.
 */
function collectLongTasks() {
  window.__benchLongTasks = [];
  window.__benchClipboardReads = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const getData = DataTransfer.prototype.getData;
  DataTransfer.prototype.getData = function timedGetData(format) {
    const start = performance.now();
    const data = getData.call(this, format);
    window.__benchClipboardReads.push({ start, duration: performance.now() - start });
    return data;
  };
}

/**
 * In the page, before the paste: resolves with { pasteAt, settledAt, frameAt } once the verdict has
 * been busy after the Ctrl+V keydown and is then settled (aria-busy="false" with data-signature).
 * attributeOldValue catches a busy → settled flip that lands inside one mutation batch.
 */
function armSettledProbe() {
  const findVerdict = () => document.querySelector('[role="status"][aria-label="Verdict"]');
  window.__benchSettled = new Promise((resolve) => {
    let pasteAt = null;
    let sawBusy = false;
    document.addEventListener(
      'keydown',
      (event) => {
        if (pasteAt === null && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'v')
          pasteAt = event.timeStamp;
      },
      { capture: true },
    );
    const observer = new MutationObserver((records) => {
      if (pasteAt === null) return;
      // An input over the limit is refused (RefusedInputBar) without a new inspection.
      const refused = [...document.querySelectorAll('[role="alert"]')].some((n) =>
        n.textContent?.startsWith('Refused:'),
      );
      if (refused) {
        observer.disconnect();
        const settledAt = performance.now();
        requestAnimationFrame(() => resolve({ pasteAt, settledAt, frameAt: performance.now(), refused: true }));
        return;
      }
      for (const record of records) {
        if (
          record.attributeName === 'aria-busy' &&
          (record.oldValue === 'true' || record.target.getAttribute('aria-busy') === 'true')
        )
          sawBusy = true;
      }
      const verdict = findVerdict();
      if (!verdict || verdict.getAttribute('aria-busy') !== 'false') {
        sawBusy = true;
        return;
      }
      if (!sawBusy || !verdict.hasAttribute('data-signature')) return;
      observer.disconnect();
      const settledAt = performance.now();
      requestAnimationFrame(() => resolve({ pasteAt, settledAt, frameAt: performance.now(), refused: false }));
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: ['aria-busy', 'data-signature'],
    });
  });
}

/** What the page shows once settled, and the longest task between paste and settled. */
function readOutcome({ from, to }) {
  const verdict = document.querySelector('[role="status"][aria-label="Verdict"]');
  const overlapping = window.__benchLongTasks.filter((t) => t.start < to && t.start + t.duration > from);
  // A task's own work: its duration less the clipboard reads that ran inside it.
  const ownMs = (t) =>
    t.duration -
    window.__benchClipboardReads
      .filter((r) => r.start >= t.start && r.start + r.duration <= t.start + t.duration)
      .reduce((sum, r) => sum + r.duration, 0);
  return {
    longestTaskMs: overlapping.reduce((max, t) => Math.max(max, t.duration), 0),
    longestOwnTaskMs: overlapping.reduce((max, t) => Math.max(max, ownMs(t)), 0),
    clipboardReadMs: window.__benchClipboardReads
      .filter((r) => r.start < to && r.start + r.duration > from)
      .reduce((sum, r) => sum + r.duration, 0),
    longTasks: overlapping.length,
    signature: verdict?.getAttribute('data-signature') ?? null,
    findingRows: document.querySelectorAll('[data-finding]').length,
    duplicateRows: document.querySelectorAll('[data-finding="json-duplicate-member"]').length,
    groupedText: /more like it/.test(document.body.innerText),
  };
}

/** In the page: a JWS of about `chars` characters (a long "blob" claim), built here so megabytes need not cross the protocol. */
function makeSizedToken(chars) {
  const header = 'eyJhbGciOiJSUzI1NiJ9'; // {"alg":"RS256"}
  const prefix = 'eyJzdWIiOiJiZW5jaC0iLCJibG9iIjoi'; // {"sub":"bench-","blob":" (24 bytes: whole base64 groups)
  const suffix = 'In0'; // "}
  const signature = 'c2lnbmF0dXJl'.repeat(28);
  const groups = Math.max(
    0,
    Math.floor((chars - header.length - prefix.length - suffix.length - signature.length - 2) / 4),
  );
  return `${header}.${prefix}${'eHh4'.repeat(groups)}${suffix}.${signature}`;
}

async function pasteOnce(browser, baseUrl, token) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    const page = await context.newPage();
    await page.addInitScript(collectLongTasks);
    await page.goto(baseUrl);
    // A user pastes into the editor once it is there and the sample's verdict has settled.
    await page.locator('[data-editor="monaco"]').waitFor({ state: 'visible', timeout: 30_000 });
    const verdict = page.getByRole('status', { name: 'Verdict' });
    await verdict.and(page.locator('[aria-busy="false"][data-signature]')).waitFor({ timeout: 30_000 });
    if (typeof token === 'number') {
      await page.evaluate(`navigator.clipboard.writeText((${makeSizedToken})(${token}))`);
    } else {
      await page.evaluate((text) => navigator.clipboard.writeText(text), token);
    }
    await page.getByRole('textbox', { name: 'Token' }).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.evaluate(armSettledProbe);
    await page.keyboard.press('ControlOrMeta+V');
    const settled = await page.evaluate(
      (ms) => Promise.race([window.__benchSettled, new Promise((resolve) => setTimeout(() => resolve(null), ms))]),
      TIMEOUT_MS,
    );
    if (!settled) throw new LargeInputError(`the verdict did not settle within ${TIMEOUT_MS / 1000} s of the paste`);
    // Long-task entries are delivered after their task ends; give the observer a moment.
    await page.waitForTimeout(300);
    const outcome = await page.evaluate(readOutcome, { from: settled.pasteAt, to: settled.frameAt });
    return { settledMs: settled.frameAt - settled.pasteAt, refused: settled.refused, ...outcome };
  } finally {
    await context.close();
  }
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const round = (x) => Math.round(x * 10) / 10;

/**
 * Pastes the issue 9 token with Ctrl+V into the token editor of the app at `baseUrl`, `runs` times
 * after `warmup` discarded runs, each in a fresh browser context. Throws if a run does not settle.
 */
export async function benchLargeInputPaste(browser, baseUrl, { runs = RUNS, warmup = WARMUP, log = () => {} } = {}) {
  const token = duplicateMemberToken();
  const samples = [];
  for (let run = 0; run < runs + warmup; run++) {
    const sample = await pasteOnce(browser, baseUrl, token);
    log(
      `  run ${String(run + 1).padStart(2)}: settled ${sample.settledMs.toFixed(0)} ms, longest task ${sample.longestTaskMs.toFixed(0)} ms` +
        ` (${sample.longTasks} long tasks, ${sample.findingRows} finding rows)${run < warmup ? ' (warm-up)' : ''}\n`,
    );
    if (run >= warmup) samples.push(sample);
  }
  const last = samples.at(-1);
  return {
    duplicateMembers: DUPLICATE_MEMBERS,
    tokenChars: token.length,
    runs,
    warmup,
    settledMedianMs: round(median(samples.map((s) => s.settledMs))),
    settledMaxMs: round(Math.max(...samples.map((s) => s.settledMs))),
    longestTaskMedianMs: round(median(samples.map((s) => s.longestTaskMs))),
    longestTaskMaxMs: round(Math.max(...samples.map((s) => s.longestTaskMs))),
    samples: samples.map((s) => ({
      settledMs: round(s.settledMs),
      longestTaskMs: round(s.longestTaskMs),
      longTasks: s.longTasks,
    })),
    signature: last?.signature ?? null,
    findingRows: last?.findingRows ?? null,
    duplicateRows: last?.duplicateRows ?? null,
    showsGroupedCount: last?.groupedText ?? null,
  };
}

/** Issue 16's paste sizes: 1 KB, 100 KB, 1 MB and 10 MB tokens (a long claim), each pasted with Ctrl+V. */
const PASTE_SIZES = [
  { label: '1 KB', chars: 1_000, runs: 5 },
  { label: '100 KB', chars: 100_000, runs: 5 },
  { label: '1 MB', chars: 1_000_000, runs: 3 },
  { label: '10 MB', chars: 10_000_000, runs: 3 },
];

/**
 * Paste-to-settled and the longest main-thread task for each size, after one discarded run each; a token
 * over the input limit counts as settled when the refusal is shown (`refused`).
 */
export async function benchPasteSizes(browser, baseUrl, { log = () => {} } = {}) {
  const rows = [];
  for (const size of PASTE_SIZES) {
    const samples = [];
    for (let run = 0; run < size.runs + 1; run++) {
      const sample = await pasteOnce(browser, baseUrl, size.chars);
      if (run > 0) samples.push(sample);
    }
    const row = {
      label: size.label,
      chars: size.chars,
      runs: size.runs,
      settledMedianMs: round(median(samples.map((s) => s.settledMs))),
      longestTaskMaxMs: round(Math.max(...samples.map((s) => s.longestTaskMs))),
      longestOwnTaskMaxMs: round(Math.max(...samples.map((s) => s.longestOwnTaskMs))),
      clipboardReadMaxMs: round(Math.max(...samples.map((s) => s.clipboardReadMs))),
      refused: samples.some((s) => s.refused),
    };
    log(
      `  ${size.label.padEnd(7)} settled ${row.settledMedianMs} ms (median of ${size.runs}), longest task ${row.longestTaskMaxMs} ms` +
        ` (without Chromium's clipboard read: ${row.longestOwnTaskMaxMs} ms; the read: ${row.clipboardReadMaxMs} ms)` +
        `${row.refused ? ', refused' : ''}\n`,
    );
    rows.push(row);
  }
  return rows;
}

/** In the page: every interaction's Event Timing entries from now on (16 ms is the smallest threshold). */
function collectInteractions() {
  window.__benchInteractions = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.interactionId) window.__benchInteractions.push({ id: entry.interactionId, duration: entry.duration });
  }).observe({ type: 'event', durationThreshold: 16 });
}

/**
 * Interaction to Next Paint while typing (issue 16, item 5): a token of `chars` is pasted, then 20
 * characters are typed at its end, one keystroke every 50 ms. With fewer than 50 interactions INP is the
 * slowest one; entries under 16 ms are not reported, so 0 reads "under 16 ms". Also returns how many of
 * the 20 keystrokes took 16 ms or more.
 */
async function typingInpOnce(browser, baseUrl, chars) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.locator('[data-editor="monaco"]').waitFor({ state: 'visible', timeout: 30_000 });
    const settled = page
      .getByRole('status', { name: 'Verdict' })
      .and(page.locator('[aria-busy="false"][data-signature]'));
    await settled.waitFor({ timeout: 30_000 });
    await page.evaluate(`navigator.clipboard.writeText((${makeSizedToken})(${chars}))`);
    await page.getByRole('textbox', { name: 'Token' }).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await page.waitForTimeout(500);
    await settled.waitFor({ timeout: TIMEOUT_MS });
    await page.keyboard.press('ControlOrMeta+End');
    await page.evaluate(collectInteractions);
    await page.keyboard.type('abcdefghijklmnopqrst', { delay: 50 });
    await page.waitForTimeout(500);
    const interactions = await page.evaluate(() => window.__benchInteractions);
    const worst = new Map();
    for (const { id, duration } of interactions) worst.set(id, Math.max(worst.get(id) ?? 0, duration));
    return { inp: Math.max(0, ...worst.values()), slowKeys: worst.size };
  } finally {
    await context.close();
  }
}

const TYPING_SIZES = [
  { label: '1 KB', chars: 1_000 },
  { label: '100 KB', chars: 100_000 },
];

/**
 * INP while typing into a 1 KB and a 100 KB token, median of 3 runs each after one discarded run. With
 * `floorUrl` (bench/floor-editor: the token editor's Monaco, its options, nothing else) the floor is
 * typed into the same way, interleaved, so the figure says what JWT Lens adds to Monaco's own cost.
 */
export async function benchTypingInp(browser, baseUrl, { log = () => {}, floorUrl = null } = {}) {
  const rows = [];
  const fmt = (ms) => (ms === 0 ? 'under 16' : `${ms}`);
  for (const size of TYPING_SIZES) {
    const app = [];
    const floor = [];
    for (let run = 0; run < 4; run++) {
      const order = floorUrl && run % 2 === 1 ? ['floor', 'app'] : ['app', 'floor'];
      for (const which of order) {
        if (which === 'floor' && !floorUrl) continue;
        const sample = await typingInpOnce(browser, which === 'app' ? baseUrl : floorUrl, size.chars);
        if (run > 0) (which === 'app' ? app : floor).push(sample);
      }
    }
    const row = {
      label: size.label,
      chars: size.chars,
      runs: 3,
      inpMedianMs: round(median(app.map((s) => s.inp))),
      slowKeysMedian: median(app.map((s) => s.slowKeys)),
      ...(floorUrl
        ? {
            floorInpMedianMs: round(median(floor.map((s) => s.inp))),
            floorSlowKeysMedian: median(floor.map((s) => s.slowKeys)),
          }
        : {}),
    };
    log(
      `  ${size.label.padEnd(7)} INP ${fmt(row.inpMedianMs)} ms, ${row.slowKeysMedian} interactions ≥ 16 ms (median of 3)` +
        (floorUrl
          ? ` | bare Monaco: INP ${fmt(row.floorInpMedianMs)} ms, ${row.floorSlowKeysMedian} interactions ≥ 16 ms`
          : '') +
        '\n',
    );
    rows.push(row);
  }
  return rows;
}

/** Builds the typing floor (bench/floor-editor: the token editor's Monaco alone) into `outDir`. */
export function buildEditorFloor(repoRoot, spawnSync) {
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'bench/floor-editor/vite.config.ts', '--logLevel', 'error'],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new LargeInputError(`the editor floor did not build:\n${result.stderr}${result.stdout}`);
}

/**
 * Run on its own (`node scripts/bench-large-input.mjs`, after `npm run build`, under the e2e lock): only
 * the paste sizes and typing INP, against `vite preview` of dist/ on port 4173. BENCH_ONLY=paste or
 * BENCH_ONLY=typing runs one of the two.
 */
async function runAlone() {
  const { spawn, spawnSync } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const { chromium } = await import('@playwright/test');
  const { chromiumLaunchArgs, findChromium } = await import('./chromium-path.mjs');
  const repoRoot = fileURLToPath(new URL('..', import.meta.url));
  const baseUrl = 'http://127.0.0.1:4173/';
  const floorUrl = 'http://127.0.0.1:4176/';
  const only = process.env.BENCH_ONLY;
  if (only !== 'paste') buildEditorFloor(repoRoot, spawnSync);
  const preview = (port, outDir) =>
    spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort', '--outDir', outDir], {
      cwd: repoRoot,
      detached: true,
      stdio: 'ignore',
    });
  const servers = [preview('4173', 'dist'), ...(only !== 'paste' ? [preview('4176', 'dist-floor-editor')] : [])];
  const log = (line) => process.stdout.write(line);
  try {
    for (const url of only !== 'paste' ? [baseUrl, floorUrl] : [baseUrl]) {
      for (let tries = 0; ; tries++) {
        try {
          if ((await fetch(url)).ok) break;
        } catch {
          if (tries > 150) throw new LargeInputError(`vite preview did not start on ${url}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    const executablePath = findChromium();
    const browser = await chromium.launch({
      headless: true,
      args: chromiumLaunchArgs,
      ...(typeof executablePath === 'string' ? { executablePath } : {}),
    });
    try {
      if (only !== 'typing') {
        log('paste of a token of each size (Ctrl+V into the editor):\n');
        await benchPasteSizes(browser, baseUrl, { log });
      }
      if (only !== 'paste') {
        log('typing 20 characters at the end of a pasted token (Interaction to Next Paint), JWT Lens | bare Monaco:\n');
        await benchTypingInp(browser, baseUrl, { log, floorUrl });
      }
    } finally {
      await browser.close();
    }
  } finally {
    for (const server of servers) process.kill(-server.pid, 'SIGTERM');
  }
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href)
  await runAlone();
