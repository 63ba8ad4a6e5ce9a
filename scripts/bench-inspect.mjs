// Times `inspect` in Node on an RS256 token with a PEM key: the core's cost without the browser.
// src/core is TypeScript; Vite's SSR loader compiles it on the fly, so no separate build is needed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 200;
const WARMUP = 20;

export async function benchInspect() {
  const server = await createServer({
    root: repoRoot,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
  });
  try {
    const { inspect } = await server.ssrLoadModule('/src/core/index.ts');
    const { SAMPLE_TOKEN, SAMPLE_VERIFICATION_KEY } = await server.ssrLoadModule('/src/app/sample-token.ts');
    const samples = [];
    for (let run = 0; run < RUNS + WARMUP; run++) {
      const start = performance.now();
      const result = await inspect(SAMPLE_TOKEN, { verificationKey: SAMPLE_VERIFICATION_KEY });
      const elapsed = performance.now() - start;
      if (result.signature !== 'valid') throw new Error(`bench token did not verify: ${result.headline}`);
      if (run >= WARMUP) samples.push(elapsed);
    }
    samples.sort((a, b) => a - b);
    const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
    return { runs: RUNS, warmup: WARMUP, medianMs: at(0.5), p90Ms: at(0.9), minMs: samples[0], maxMs: samples.at(-1) };
  } finally {
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchInspect();
  console.log(
    `inspect (Node ${process.version}, RS256 + SPKI PEM, ${r.runs} runs): median ${r.medianMs.toFixed(2)} ms, p90 ${r.p90Ms.toFixed(2)} ms`,
  );
}
