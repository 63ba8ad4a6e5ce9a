// Times `inspect` in Node: the core's cost without the browser. Two inputs: an RS256 token with a PEM
// key (the everyday case), and the issue 9 token whose header has 50,000 duplicate members.
// src/core is TypeScript; Vite's SSR loader compiles it on the fly, so no separate build is needed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'vite';
import { DUPLICATE_MEMBERS, duplicateMemberToken } from './duplicate-member-token.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 200;
const WARMUP = 20;
const LARGE_RUNS = 7;
const LARGE_WARMUP = 2;

/**
 * Runs `measure(core)` with src/core/index.ts and src/app/sample-token.ts (and any `extra` module, e.g. the
 * algorithm registry) loaded through Vite.
 */
export async function withCore(measure, extra = []) {
  const server = await createServer({
    root: repoRoot,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
  });
  try {
    const core = await server.ssrLoadModule('/src/core/index.ts');
    const sample = await server.ssrLoadModule('/src/app/sample-token.ts');
    const more = await Promise.all(extra.map((module) => server.ssrLoadModule(module)));
    return await measure(Object.assign({}, core, sample, ...more));
  } finally {
    await server.close();
  }
}

/** Times `run()` `runs` times after `warmup` discarded runs; `check` sees each result. */
async function time(run, { runs, warmup, check }) {
  const samples = [];
  let last;
  for (let i = 0; i < runs + warmup; i++) {
    const start = performance.now();
    last = await run();
    const elapsed = performance.now() - start;
    check(last);
    if (i >= warmup) samples.push(elapsed);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return {
    stats: { runs, warmup, medianMs: at(0.5), p90Ms: at(0.9), minMs: samples[0], maxMs: samples.at(-1) },
    last,
  };
}

function timeSample({ inspect, SAMPLE_TOKEN, SAMPLE_VERIFICATION_KEY }) {
  return time(() => inspect(SAMPLE_TOKEN, { verificationKey: SAMPLE_VERIFICATION_KEY }), {
    runs: RUNS,
    warmup: WARMUP,
    check: (result) => {
      if (result.signature !== 'valid') throw new Error(`bench token did not verify: ${result.headline}`);
    },
  });
}

/** The issue 9 token, with no key: the cost is decoding and reporting, which must stay linear. */
async function timeDuplicateMembers({ inspect }) {
  const token = duplicateMemberToken();
  const { stats, last } = await time(() => inspect(token, {}), {
    runs: LARGE_RUNS,
    warmup: LARGE_WARMUP,
    check: () => {},
  });
  const duplicates = last.findings.filter((f) => f.code === 'json-duplicate-member');
  return {
    ...stats,
    duplicateMembers: DUPLICATE_MEMBERS,
    tokenChars: token.length,
    // What the report holds: 50,000 findings before grouping is wired in, 3 (the last with repeats) after.
    findings: last.findings.length,
    duplicateFindings: duplicates.length,
    duplicateRepeats: duplicates.reduce((sum, f) => sum + (f.repeats ?? 0), 0),
  };
}

/**
 * An SD-JWT (RFC 9901) with `count` disclosures and as many decoys, unsigned-by-key (no key given): the
 * cost is decoding, hashing and processing the disclosures, which must grow linearly with their number.
 */
function sdJwtWith(count) {
  const b64 = (text) => Buffer.from(text).toString('base64url');
  const disclosures = Array.from({ length: count }, (_, i) =>
    b64(JSON.stringify([randomBytes(16).toString('base64url'), `claim${i}`, i])),
  );
  const digests = disclosures.map((d) => createHash('sha256').update(d).digest('base64url'));
  const decoys = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  const payload = { iss: 'https://issuer.example', _sd_alg: 'sha-256', _sd: [...digests, ...decoys].sort() };
  const jwt = `${b64(JSON.stringify({ alg: 'ES256', typ: 'dc+sd-jwt' }))}.${b64(JSON.stringify(payload))}.${'A'.repeat(86)}`;
  return `${jwt}~${disclosures.map((d) => `${d}~`).join('')}`;
}

async function timeSdJwt({ inspect }) {
  const sizes = [1_000, 4_000];
  const rows = [];
  for (const count of sizes) {
    const token = sdJwtWith(count);
    const { stats } = await time(() => inspect(token, {}), {
      runs: LARGE_RUNS,
      warmup: LARGE_WARMUP,
      check: (result) => {
        const disclosed = result.sdJwt?.disclosures.filter((d) => d.status === 'disclosed').length;
        if (disclosed !== count) throw new Error(`SD-JWT bench: ${disclosed} of ${count} disclosed`);
      },
    });
    rows.push({ disclosures: count, tokenChars: token.length, medianMs: stats.medianMs, maxMs: stats.maxMs });
  }
  const [small, large] = rows;
  return {
    runs: LARGE_RUNS,
    rows,
    growth: large.medianMs / small.medianMs,
    sizeGrowth: large.disclosures / small.disclosures,
  };
}

/** inspect() on SD-JWTs of 1,000 and 4,000 disclosures: time should grow about 4× (linear). */
export async function benchInspectSdJwt() {
  return withCore(timeSdJwt);
}

/** inspect() on the RS256 sample token with its SPKI PEM key. */
export async function benchInspect() {
  return withCore(async (core) => (await timeSample(core)).stats);
}

/** inspect() on a compact JWS whose header has 50,000 duplicate members (issue 9). */
export async function benchInspectDuplicateMembers() {
  return withCore(timeDuplicateMembers);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchInspect();
  console.log(
    `inspect (Node ${process.version}, RS256 + SPKI PEM, ${r.runs} runs): median ${r.medianMs.toFixed(2)} ms, p90 ${r.p90Ms.toFixed(2)} ms`,
  );
  const d = await benchInspectDuplicateMembers();
  console.log(
    `inspect (Node ${process.version}, header with ${d.duplicateMembers.toLocaleString('en')} duplicate members, ${d.runs} runs): ` +
      `median ${d.medianMs.toFixed(1)} ms, max ${d.maxMs.toFixed(1)} ms; ${d.findings} findings, ` +
      `${d.duplicateFindings} json-duplicate-member (+${d.duplicateRepeats} folded)`,
  );
  const sd = await benchInspectSdJwt();
  console.log(
    `inspect (SD-JWT): ${sd.rows.map((r) => `${r.disclosures.toLocaleString('en')} disclosures median ${r.medianMs.toFixed(1)} ms`).join(', ')}; ` +
      `×${sd.growth.toFixed(2)} time for ×${sd.sizeGrowth} disclosures`,
  );
}
