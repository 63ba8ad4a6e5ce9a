// Budget and hygiene checks on the production build (`npm run build` first):
//  1. entry size (index.html's scripts/modulepreloads/stylesheets + their static imports) <= 44 KB gzip;
//  2. no run-time fetches from external hosts, and no known CDN/analytics host anywhere;
//  3. index.html references its assets with relative paths (the app works from any sub-path).
// DIST_DIR overrides the build directory (default: <repo>/dist).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeEntry, KB, lazyChunks, listFiles } from './entry-size.mjs';

// Issue 16: the entry is the first paint (src/first-paint: the decoder, the catalogues, the shell and the
// stylesheet); the app is a lazy chunk loaded after that paint. Was 122 KB while the entry was the app.
const ENTRY_BUDGET_GZIP = 44 * KB;

const CDN_HOSTS = [
  'cdn.jsdelivr.net',
  'unpkg.com',
  'cdnjs.cloudflare.com',
  'fonts.googleapis.com',
  'fonts.gstatic.com',
  'google-analytics.com',
  'googletagmanager.com',
  'esm.sh',
  'skypack.dev',
];

// Known-harmless hits, each with a reason. Entry: { file: RegExp (dist-relative path),
// match: string (substring of the hit's text), reason: string }.
// Add an entry only after checking that the string is never fetched at run time.
const ALLOW = [];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(repoRoot, 'dist');
const TEXT_EXT = new Set(['.html', '.htm', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest', '.txt', '.xml']);

const failures = [];
const fmtKB = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error(
    `check-budgets: no build found (${path.join(distDir, 'index.html')} is missing) — run \`npm run build\` first.`,
  );
  process.exit(1);
}

// ---- 1. Entry size -------------------------------------------------------------------------
const entry = computeEntry(distDir);
for (const m of entry.missing)
  failures.push(`entry file ${m.file} (referenced by ${m.from}) does not exist in the build`);
if (entry.files.length === 0) failures.push('index.html references no module script, modulepreload or stylesheet');

const width = Math.max(40, ...entry.files.map((f) => f.file.length));
console.log(`Entry (${path.relative(process.cwd(), distDir) || '.'}):`);
for (const f of [...entry.files].sort((a, b) => b.gzip - a.gzip)) {
  console.log(`  ${f.file.padEnd(width)} ${fmtKB(f.gzip).padStart(10)} gzip ${fmtKB(f.raw).padStart(10)} raw`);
}
console.log(
  `  ${'total'.padEnd(width)} ${fmtKB(entry.totalGzip).padStart(10)} gzip ${fmtKB(entry.totalRaw).padStart(10)} raw`,
);
console.log(`  ${'budget'.padEnd(width)} ${fmtKB(ENTRY_BUDGET_GZIP).padStart(10)} gzip`);
if (entry.totalGzip > ENTRY_BUDGET_GZIP) {
  failures.push(`entry is ${fmtKB(entry.totalGzip)} gzip, over the ${fmtKB(ENTRY_BUDGET_GZIP)} budget`);
}

const lazy = lazyChunks(distDir, entry).slice(0, 5);
if (lazy.length > 0) {
  console.log('Largest lazy chunks (information only):');
  for (const c of lazy) {
    const tag = c.kind ? ` [${c.kind}]` : '';
    console.log(`  ${c.file.padEnd(width)} ${fmtKB(c.gzip).padStart(10)} gzip ${fmtKB(c.raw).padStart(10)} raw${tag}`);
  }
}

// ---- 2. External hosts -----------------------------------------------------------------------
const hits = [];
const EXTERNAL = String.raw`(?:https?:)?\/\/[^\s"'\`)<>]+`;
// HTML/SVG: attributes that make the browser fetch (anchors' href is navigation, not a fetch).
const HTML_ATTR_RE = new RegExp(
  String.raw`\b(?:src|href|xlink:href|srcset|poster|data|action|imagesrcset)\s*=\s*["']?\s*${EXTERNAL}`,
  'gi',
);
// CSS (in .css, in HTML <style>/style="", and in CSS strings inside JS): url(http…) and @import "http…".
// (Case-sensitive `url(`, not preceded by an identifier, so JS `new URL(…)`/`toUrl(…)` don't count here.)
const CSS_RE = new RegExp(String.raw`(?:(?<![\w$.-])url\(\s*["']?\s*${EXTERNAL}|@import\s+["']\s*${EXTERNAL})`, 'g');
// JS: calls that fetch/execute an absolute URL literal, and HTML snippets that would load one.
const JS_CALL_RE = new RegExp(
  String.raw`(?<![\w$])(?:import|importScripts|fetch|new\s+(?:Shared)?Worker|new\s+URL|new\s+EventSource|new\s+WebSocket|sendBeacon)\s*\(\s*["'\`]\s*${EXTERNAL}`,
  'gi',
);
const JS_HTML_RE = new RegExp(
  String.raw`<(?:script|link|img|iframe)\b[^<>]{0,200}?\b(?:src|href)\s*=\s*\\?["']?\s*${EXTERNAL}`,
  'gi',
);
const CDN_RE = new RegExp(
  String.raw`(?<![\w-])(?:${CDN_HOSTS.map((h) => h.replace(/\./g, '\\.')).join('|')})(?![\w-])`,
  'gi',
);

function addHits(file, text, re, what) {
  for (const m of text.matchAll(re)) {
    if (what === 'html attribute' && isAnchorHref(text, m.index)) continue;
    hits.push({ file, offset: m.index, text: m[0], what, context: contextAt(text, m.index, m[0].length) });
  }
}

function isAnchorHref(text, offset) {
  const tagStart = text.lastIndexOf('<', offset);
  return (
    tagStart !== -1 && /^<a\s/i.test(text.slice(tagStart, tagStart + 3)) && !text.slice(tagStart, offset).includes('>')
  );
}

function contextAt(text, offset, length) {
  const pad = Math.max(0, Math.floor((60 - length) / 2));
  const start = Math.max(0, offset - pad);
  return text.slice(start, start + Math.max(60, length)).replace(/\s+/g, ' ');
}

const textFiles = listFiles(distDir).filter((abs) => TEXT_EXT.has(path.extname(abs).toLowerCase()));
for (const abs of textFiles) {
  const file = path.relative(distDir, abs).split(path.sep).join('/');
  const text = readFileSync(abs, 'utf8');
  const ext = path.extname(abs).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.svg') {
    addHits(file, text, HTML_ATTR_RE, 'html attribute');
    addHits(file, text, CSS_RE, 'css url');
  } else if (ext === '.css') {
    addHits(file, text, CSS_RE, 'css url');
  } else if (ext === '.js' || ext === '.mjs') {
    addHits(file, text, JS_CALL_RE, 'js fetch of absolute url');
    addHits(file, text, JS_HTML_RE, 'html in js');
    addHits(file, text, CSS_RE, 'css url in js');
  }
  addHits(file, text, CDN_RE, 'cdn/analytics host');
}

const allowed = (hit) => ALLOW.some((a) => a.file.test(hit.file) && hit.context.includes(a.match));
const reported = new Set();
for (const hit of hits.sort((a, b) => a.file.localeCompare(b.file) || a.offset - b.offset)) {
  const key = `${hit.file}:${hit.offset}`;
  if (reported.has(key)) continue; // one line per location even if several rules match
  reported.add(key);
  const line = `${hit.file}:${hit.offset} ${hit.what}: …${hit.context}…`;
  if (allowed(hit)) console.log(`allowed external reference ${line}`);
  else failures.push(`external reference ${line}`);
}

// ---- 3. Relative base ------------------------------------------------------------------------
const indexHtml = readFileSync(path.join(distDir, 'index.html'), 'utf8');
for (const m of indexHtml.matchAll(/\b(?:src|href)\s*=\s*["']?\/(?!\/)[^"'\s>]*/gi)) {
  failures.push(`index.html:${m.index} references an asset by absolute path (${m[0]}) — the build must use base: './'`);
}

// ---- Verdict ---------------------------------------------------------------------------------
if (failures.length > 0) {
  for (const f of failures) console.error(`budgets: FAIL ${f}`);
  process.exitCode = 1; // not process.exit(): let piped stdout flush
} else {
  console.log(`budgets: ok — entry ${(entry.totalGzip / KB).toFixed(1)} KB gzip of ${ENTRY_BUDGET_GZIP / KB} KB`);
}
