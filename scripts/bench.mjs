// Performance bench (`npm run bench` builds first): token-intake latency in real Chromium, paste-to-settled
// for the issue 9 token (a header with 50,000 duplicate members), inspect() in Node for both and per
// algorithm (scripts/bench-algorithms.mjs), "Try common secrets" over the bundled list, and bundle sizes. Starts its own `vite preview` on port 4174, stops it at the end (also on error).
// Writes bench-results.json at the repo root. Pages run with service workers blocked: the figures are the
// app's own, not the offline precache's background download.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from './chromium-path.mjs';
import { computeEntry, KB, lazyChunks } from './entry-size.mjs';
import { benchInspect, benchInspectDuplicateMembers, benchInspectSdJwt } from './bench-inspect.mjs';
import { benchLargeInputPaste, benchPasteSizes, benchTypingInp, buildEditorFloor } from './bench-large-input.mjs';
import { benchFindBrowser, benchFindNode, makeHar } from './bench-find.mjs';
import { benchCommonSecrets, benchInspectPerAlgorithm } from './bench-algorithms.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// DIST_DIR overrides the build directory (default: <repo>/dist), as in check-budgets.mjs.
const distDir = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(repoRoot, 'dist');
const PORT = 4174;
const BASE_URL = `http://127.0.0.1:${PORT}/`;
// The floor (issue 16): a bare React app built from bench/floor, served beside the app.
const FLOOR_PORT = 4175;
const FLOOR_URL = `http://127.0.0.1:${FLOOR_PORT}/`;
const floorDir = path.join(repoRoot, 'dist-floor');
// The typing floor (issue 16, item 5): the token editor's Monaco alone, built from bench/floor-editor.
const EDITOR_FLOOR_PORT = 4176;
const EDITOR_FLOOR_URL = `http://127.0.0.1:${EDITOR_FLOOR_PORT}/`;
const editorFloorDir = path.join(repoRoot, 'dist-floor-editor');
const RUNS = 15;
const WARMUP = 2; // first runs discarded
const WAIT_MS = 15_000;
// Issue 9's targets for the 50,000-duplicate header, pasted into the editor.
const LARGE_INPUT_TARGET = { settledMs: 1_000, longestTaskMs: 200 };

// A well-formed RS256 JWT (really signed by a throwaway 2048-bit key; the key is not needed here).
// header {"alg":"RS256","typ":"JWT","kid":"bench"}
// payload {"sub":"bench-user-7f3a91","name":"Bench Runner","iat":1735689600}
const SAMPLE_SUB = 'bench-user-7f3a91';
const SAMPLE_JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImJlbmNoIn0' +
  '.eyJzdWIiOiJiZW5jaC11c2VyLTdmM2E5MSIsIm5hbWUiOiJCZW5jaCBSdW5uZXIiLCJpYXQiOjE3MzU2ODk2MDB9' +
  '.NczIj-fWA5YfTqhyt91gGOzIElV3HVhMShaKKFD4gZwLmKSs7YayH20luAVvfbHRRHRJC3qEegGaJXY-CsMRBSoXAC7hOFwqmuussTIRw_wImYkyRF8k_R25DtF3gQAMjG1UnJ9SuGhZBJ97p6epGyNmSdoUEi9AWavDKdKBlTzXfAMFg2Fr5GL35heWulF-x7TEQD48T0giLWZlL-rQB_7A6MEIwBuiUVOGSmZ5zJ12TCjJJTolrySHh000XYxzMt0sVxDOQDCz_hQ71ZjSBnhGhIMFJ32se3HBw7Ti5L277zEsLJ3mEztWk7ZT6Yp8WYIEzLJ1_G04cgsMjt4LcA';

class BenchError extends Error {}

// ---- vite preview ------------------------------------------------------------------------------
const servers = [];
let serverLog = '';

function stopServer() {
  for (const child of servers.splice(0)) {
    try {
      process.kill(-child.pid, 'SIGTERM'); // the whole group: npx and the vite it started
    } catch {
      // already gone
    }
  }
}

/** `vite preview` of `outDir` on `port`, its own process group so stopServer() reaches vite too. */
async function startServer(port = PORT, outDir = distDir) {
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  servers.push(child);
  child.stdout.on('data', (d) => (serverLog += d));
  child.stderr.on('data', (d) => (serverLog += d));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new BenchError(`vite preview exited (code ${child.exitCode}):\n${serverLog.trim()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new BenchError(`vite preview did not answer on ${url} within 30 s:\n${serverLog.trim()}`);
}

process.on('exit', stopServer);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopServer();
    process.exit(130);
  });
}

// ---- statistics --------------------------------------------------------------------------------
function summarize(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  const p90 = s[Math.max(0, Math.ceil(0.9 * s.length) - 1)]; // nearest rank
  const r = (x) => Math.round(x * 10) / 10;
  return { medianMs: r(median), p90Ms: r(p90), minMs: r(s[0]), maxMs: r(s[s.length - 1]) };
}

// ---- intake ------------------------------------------------------------------------------------
/**
 * Loads `baseUrl#token=…` in a fresh context and returns when the Payload region was first painted
 * (Element Timing, `elementtiming="decoded-payload"`), in ms since navigation start; falls back to "now"
 * where the API is missing. Used for JWT Lens and the floor alike.
 */
async function measureIntake(browser, baseUrl, run) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}#token=${SAMPLE_JWT}`, { waitUntil: 'commit' });
    try {
      await page
        .getByRole('region', { name: 'Payload' })
        .filter({ hasText: SAMPLE_SUB })
        .first()
        .waitFor({ state: 'visible', timeout: WAIT_MS });
    } catch (err) {
      if (err instanceof Error && err.name === 'TimeoutError') {
        throw new BenchError(
          `run ${run + 1}: timed out after ${WAIT_MS / 1000} s waiting for region "Payload" of ${baseUrl} to contain "${SAMPLE_SUB}" ` +
            '(is dist/ up to date?)',
        );
      }
      throw err;
    }
    return await page.evaluate(
      () =>
        new Promise((resolve) => {
          if (!PerformanceObserver.supportedEntryTypes.includes('element')) resolve(performance.now());
          new PerformanceObserver((list) => {
            const entry = list.getEntries().find((e) => e.identifier === 'decoded-payload');
            if (entry) resolve(entry.renderTime || entry.loadTime);
          }).observe({ type: 'element', buffered: true });
        }),
    );
  } finally {
    await context.close();
  }
}

/** Builds the floor (bench/floor: a bare Vite + React app that prints the payload) into dist-floor/. */
function buildFloor() {
  const result = spawnSync('npx', ['vite', 'build', '--config', 'bench/floor/vite.config.ts', '--logLevel', 'error'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new BenchError(`the floor app did not build:\n${result.stderr}${result.stdout}`);
}

// ---- main --------------------------------------------------------------------------------------
async function main() {
  if (!existsSync(path.join(distDir, 'index.html')))
    throw new BenchError('no build in dist/ — run `npm run bench` (it builds first).');
  const executablePath = findChromium();
  if (executablePath === null) {
    throw new BenchError(
      'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  }

  const entry = computeEntry(distDir);
  const largestLazy = lazyChunks(distDir, entry)[0] ?? null;

  await startServer();
  buildFloor();
  await startServer(FLOOR_PORT, floorDir);
  buildEditorFloor(repoRoot, spawnSync);
  await startServer(EDITOR_FLOOR_PORT, editorFloorDir);
  const browser = await chromium.launch({
    headless: true,
    args: chromiumLaunchArgs,
    ...(typeof executablePath === 'string' ? { executablePath } : {}),
  });
  const samples = [];
  const floorSamples = [];
  let largeInput;
  let pasteSizes;
  let typingInp;
  let findBrowser;
  const harFile = makeHar();
  try {
    // JWT Lens and the floor, interleaved (the order swaps every run), each in a fresh context.
    process.stdout.write(`intake (#token= → Payload shows sub), JWT Lens | floor:\n`);
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
      const ms = {};
      for (const which of order) ms[which] = await measureIntake(browser, which === 'app' ? BASE_URL : FLOOR_URL, run);
      if (run >= WARMUP) {
        samples.push(ms.app);
        floorSamples.push(ms.floor);
      }
      process.stdout.write(
        `  run ${String(run + 1).padStart(2)}: ${ms.app.toFixed(1)} ms | ${ms.floor.toFixed(1)} ms${run < WARMUP ? ' (warm-up)' : ''}\n`,
      );
    }
    if (process.env.BENCH_ONLY === 'intake') {
      // A quick look while working on the first paint: nothing is recorded in bench/results.md.
      const app = summarize(samples).medianMs;
      const bare = summarize(floorSamples).medianMs;
      process.stdout.write(`intake only: JWT Lens ${app} ms, floor ${bare} ms, ratio ${(app / bare).toFixed(2)}\n`);
      stopServer();
      return;
    }
    process.stdout.write('paste of a header with 50,000 duplicate members (Ctrl+V into the editor):\n');
    try {
      largeInput = await benchLargeInputPaste(browser, BASE_URL, { log: (line) => process.stdout.write(line) });
    } catch (err) {
      // Reported, not fatal: the other figures still stand.
      largeInput = { error: err instanceof Error ? err.message : String(err) };
      process.stdout.write(`  failed: ${largeInput.error}\n`);
    }
    process.stdout.write('paste of a token of each size (Ctrl+V into the editor):\n');
    try {
      pasteSizes = await benchPasteSizes(browser, BASE_URL, { log: (line) => process.stdout.write(line) });
    } catch (err) {
      pasteSizes = { error: err instanceof Error ? err.message : String(err) };
      process.stdout.write(`  failed: ${pasteSizes.error}\n`);
    }
    process.stdout.write(
      'typing 20 characters at the end of a pasted token (Interaction to Next Paint), JWT Lens | bare Monaco:\n',
    );
    try {
      typingInp = await benchTypingInp(browser, BASE_URL, {
        log: (line) => process.stdout.write(line),
        floorUrl: EDITOR_FLOOR_URL,
      });
    } catch (err) {
      typingInp = { error: err instanceof Error ? err.message : String(err) };
      process.stdout.write(`  failed: ${typingInp.error}\n`);
    }
    const harMb = (harFile.har.length / 1024 / 1024).toFixed(1);
    process.stdout.write(`"Open a file" with a ${harMb} MB HAR (${harFile.entries.toLocaleString('en')} entries):\n`);
    try {
      findBrowser = await benchFindBrowser(browser, BASE_URL, harFile.har, {
        log: (line) => process.stdout.write(line),
      });
    } catch (err) {
      findBrowser = { error: err instanceof Error ? err.message : String(err) };
      process.stdout.write(`  failed: ${findBrowser.error}\n`);
    }
  } finally {
    await browser.close().catch(() => {});
  }
  const chromiumVersion = browser.version();
  stopServer();

  const intake = {
    runs: RUNS,
    warmup: WARMUP,
    ...summarize(samples),
    samplesMs: samples.map((x) => Math.round(x * 10) / 10),
  };
  const floor = { ...summarize(floorSamples), samplesMs: floorSamples.map((x) => Math.round(x * 10) / 10) };
  const floorRatio = Math.round((intake.medianMs / floor.medianMs) * 100) / 100;
  const inspectNode = await benchInspect();
  process.stdout.write(
    `inspect in Node (RS256 token, SPKI PEM key, ${inspectNode.runs} runs after ${inspectNode.warmup} warm-up):\n` +
      `  median ${inspectNode.medianMs.toFixed(2)} ms   p90 ${inspectNode.p90Ms.toFixed(2)} ms   min ${inspectNode.minMs.toFixed(2)} ms   max ${inspectNode.maxMs.toFixed(2)} ms\n`,
  );
  const inspectNodeDuplicateMembers = await benchInspectDuplicateMembers();
  const d = inspectNodeDuplicateMembers;
  process.stdout.write(
    `inspect in Node (header with ${d.duplicateMembers.toLocaleString('en')} duplicate members, no key, ${d.runs} runs after ${d.warmup} warm-up):\n` +
      `  median ${d.medianMs.toFixed(1)} ms   max ${d.maxMs.toFixed(1)} ms   report: ${d.findings} findings, ` +
      `${d.duplicateFindings} json-duplicate-member with ${d.duplicateRepeats.toLocaleString('en')} folded\n`,
  );
  const inspectNodeSdJwt = await benchInspectSdJwt();
  process.stdout.write(
    `inspect in Node (SD-JWT, no key, ${inspectNodeSdJwt.runs} runs each): ` +
      inspectNodeSdJwt.rows
        .map((r) => `${r.disclosures.toLocaleString('en')} disclosures median ${r.medianMs.toFixed(1)} ms`)
        .join(', ') +
      ` — ×${inspectNodeSdJwt.growth.toFixed(2)} time for ×${inspectNodeSdJwt.sizeGrowth} disclosures\n`,
  );
  const inspectNodePerAlgorithm = await benchInspectPerAlgorithm();
  process.stdout.write(
    `inspect in Node per algorithm (median of ${inspectNodePerAlgorithm[0]?.runs} runs; registry engines):\n` +
      inspectNodePerAlgorithm
        .map((r) => `  ${r.label.padEnd(26)} ${r.medianMs.toFixed(2)} ms  [${r.engines}]\n`)
        .join(''),
  );
  const commonSecrets = await benchCommonSecrets();
  process.stdout.write(
    `"Try common secrets" in Node: ${commonSecrets.secrets.toLocaleString('en')} secrets tried in ${commonSecrets.ms} ms\n`,
  );
  const findNode = await benchFindNode(harFile.har);
  process.stdout.write(
    `findTokens in Node on the ${findNode.megabytes} MB HAR (${findNode.runs} runs): median ${findNode.medianMs} ms, ` +
      `${findNode.mbPerSecond} MB/s, ${findNode.tokens.toLocaleString('en')} distinct tokens\n`,
  );
  const results = {
    findTokens: { node: findNode, browser: findBrowser, har: { entries: harFile.entries, sha256: harFile.hash } },
    inspectNode,
    inspectNodeDuplicateMembers,
    inspectNodeSdJwt,
    inspectNodePerAlgorithm,
    commonSecrets,
    largeInputPaste: largeInput && {
      ...largeInput,
      targetSettledMs: LARGE_INPUT_TARGET.settledMs,
      targetLongestTaskMs: LARGE_INPUT_TARGET.longestTaskMs,
      meetsTarget:
        largeInput.error === undefined &&
        largeInput.settledMaxMs < LARGE_INPUT_TARGET.settledMs &&
        largeInput.longestTaskMaxMs <= LARGE_INPUT_TARGET.longestTaskMs,
    },
    date: new Date().toISOString(),
    node: process.version,
    chromium: chromiumVersion,
    intake,
    floor: { ...floor, ratio: floorRatio },
    pasteSizes,
    typingInp,
    sizes: {
      entryGzipBytes: entry.totalGzip,
      entryFiles: entry.files.map(({ file, gzip }) => ({ file, gzipBytes: gzip })),
      largestLazyChunk: largestLazy && {
        file: largestLazy.file,
        gzipBytes: largestLazy.gzip,
        rawBytes: largestLazy.raw,
        kind: largestLazy.kind,
      },
    },
  };
  writeFileSync(path.join(repoRoot, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const kb = (b) => `${(b / KB).toFixed(1)} KB`;
  console.log(
    `\nintake (#token= → Payload shows sub), ${samples.length} runs after ${WARMUP} warm-up, Chromium ${chromiumVersion}:`,
  );
  console.log(
    `  median ${intake.medianMs} ms   p90 ${intake.p90Ms} ms   min ${intake.minMs} ms   max ${intake.maxMs} ms`,
  );
  if (largeInput?.error !== undefined) {
    console.log(`paste of 50,000 duplicate members: did not settle (${largeInput.error})`);
  } else if (largeInput) {
    const verdict = results.largeInputPaste.meetsTarget ? 'meets' : 'misses';
    console.log(
      `paste of 50,000 duplicate members → settled verdict, ${largeInput.runs} runs after ${largeInput.warmup} warm-up:`,
    );
    console.log(
      `  settled median ${largeInput.settledMedianMs} ms   max ${largeInput.settledMaxMs} ms   ` +
        `longest task median ${largeInput.longestTaskMedianMs} ms   max ${largeInput.longestTaskMaxMs} ms`,
    );
    console.log(
      `  ${verdict} the target (settled < ${LARGE_INPUT_TARGET.settledMs} ms, no task > ${LARGE_INPUT_TARGET.longestTaskMs} ms); ` +
        `${largeInput.findingRows} finding rows, grouped count shown: ${largeInput.showsGroupedCount ? 'yes' : 'no'}`,
    );
  }
  console.log(
    `findTokens on a ${findNode.megabytes} MB HAR: ${findNode.mbPerSecond} MB/s in Node; in Chromium ` +
      (findBrowser?.error !== undefined
        ? `failed (${findBrowser.error})`
        : `listed after ${findBrowser.listedMedianMs} ms (median), longest main-thread task ${findBrowser.longestTaskMaxMs} ms`),
  );
  if (Array.isArray(pasteSizes)) {
    console.log(
      "paste → settled (longest task / without Chromium's clipboard read): " +
        pasteSizes
          .map(
            (r) =>
              `${r.label} ${r.settledMedianMs} ms (${r.longestTaskMaxMs} / ${r.longestOwnTaskMaxMs} ms)${r.refused ? ' refused' : ''}`,
          )
          .join(', '),
    );
  }
  if (Array.isArray(typingInp)) {
    console.log(
      'typing INP: ' +
        typingInp
          .map(
            (r) =>
              `${r.label} ${r.inpMedianMs === 0 ? '< 16' : r.inpMedianMs} ms (bare Monaco ` +
              `${r.floorInpMedianMs === 0 ? '< 16' : r.floorInpMedianMs} ms)`,
          )
          .join(', '),
    );
  }
  console.log(
    `floor (bare React app, bench/floor), same runs interleaved: median ${floor.medianMs} ms — JWT Lens / floor = ${floorRatio.toFixed(2)}`,
  );
  console.log(`entry: ${kb(entry.totalGzip)} gzip (${entry.files.length} files)`);
  if (largestLazy)
    console.log(
      `largest lazy chunk: ${largestLazy.file} ${kb(largestLazy.gzip)} gzip${largestLazy.kind ? ` [${largestLazy.kind}]` : ''}`,
    );
  appendResultsRow({
    date: results.date.slice(0, 10),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB`,
    chromium: chromiumVersion,
    app: intake.medianMs,
    floor: floor.medianMs,
    ratio: floorRatio,
    entry: kb(entry.totalGzip),
    pastes: Array.isArray(pasteSizes)
      ? pasteSizes
          .map(
            (r) =>
              `${r.label} ${r.settledMedianMs} (${r.longestTaskMaxMs} / ${r.longestOwnTaskMaxMs})${r.refused ? ' refused' : ''}`,
          )
          .join('; ')
      : '—',
    typing: Array.isArray(typingInp)
      ? typingInp
          .map(
            (r) =>
              `${r.label} ${r.inpMedianMs === 0 ? '< 16' : r.inpMedianMs} (${r.floorInpMedianMs === 0 ? '< 16' : r.floorInpMedianMs})`,
          )
          .join('; ')
      : '—',
  });
  console.log('wrote bench-results.json; appended a row to bench/results.md');
}

/** The table's head; a file with an older head gets this one, its rows "—" in the new columns. */
const RESULTS_HEAD =
  '| date | machine | Chromium | JWT Lens (ms) | floor (ms) | ratio | entry (gzip) | paste settled, ms (longest task / without the clipboard read) | typing INP, ms (bare Monaco) |\n' +
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n';

/** One line per run of the bench in bench/results.md, so progress is visible over time. */
function appendResultsRow(row) {
  const file = path.join(repoRoot, 'bench', 'results.md');
  const intro =
    '# Bench results\n\nOne row per `npm run bench`: intake is `#token=` to the painted payload (Element Timing), medians\n' +
    'of interleaved runs in fresh contexts; the floor is the bare React app in `bench/floor`. Pastes are Ctrl+V into the\n' +
    'editor until the verdict settles, with the longest main-thread task and, after the slash, the longest once the time\n' +
    'Chromium spends in `DataTransfer.getData` copying the clipboard into the page is taken out (older rows have the first\n' +
    'figure only); typing INP is the slowest of 20 keystrokes at the end of a pasted token, beside the same typing\n' +
    'into a bare Monaco with the same options (`bench/floor-editor`).\n\n';
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const rows = old
    .split('\n')
    .filter((line) => line.startsWith('| 2'))
    .map((line) => {
      const cells = line.split('|').slice(1, -1);
      return cells.length === 7 ? `${line} — | — |` : line;
    });
  const cells = [
    row.date,
    row.machine,
    row.chromium,
    row.app,
    row.floor,
    row.ratio.toFixed(2),
    row.entry,
    row.pastes,
    row.typing,
  ];
  rows.push(`| ${cells.join(' | ')} |`);
  writeFileSync(file, `${intro}${RESULTS_HEAD}${rows.join('\n')}\n`);
}

main().catch((err) => {
  stopServer();
  console.error(`bench: ${err instanceof BenchError ? err.message : (err?.stack ?? err)}`);
  process.exitCode = 1;
});
