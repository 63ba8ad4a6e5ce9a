// Computes what the browser must download before the app starts (the "entry"), from a Vite build.
// Shared by scripts/check-budgets.mjs and scripts/bench.mjs.
//
// Entry = every <script type="module" src>, <link rel="modulepreload" href> and
// <link rel="stylesheet" href> in index.html, plus, transitively, the static imports of those
// JS files (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`).
// Dynamic `import("./x.js")` targets are lazy chunks and are not part of the entry.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;

/** gzip size (level 9) of a file's bytes. */
export function gzipSize(absFile) {
  return gzipSync(readFileSync(absFile), { level: 9 }).length;
}

/** Parses the attributes of one start tag (`<link rel="x" href=y>`) into a lower-cased map. */
function parseAttributes(tag) {
  const attrs = new Map();
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  const body = tag.replace(/^<\s*[\w-]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(re)) {
    attrs.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** URLs (as written) of the entry assets referenced by an index.html source. */
export function entryReferences(html) {
  const refs = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of withoutComments.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const tagName = m[1].toLowerCase();
    const attrs = parseAttributes(m[0]);
    if (tagName === 'script') {
      if ((attrs.get('type') ?? '').toLowerCase() === 'module' && attrs.get('src')) refs.push(attrs.get('src'));
    } else {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      if ((rel.includes('modulepreload') || rel.includes('stylesheet')) && attrs.get('href'))
        refs.push(attrs.get('href'));
    }
  }
  return refs;
}

/** Static import/re-export specifiers of a (minified or not) ES module source. */
export function staticImportSpecifiers(js) {
  const specs = [];
  // `import"./a.js"`, `import{x as y}from"./a.js"`, `import * as ns from './a.js'`,
  // `import d,{x}from"./a.js"`, `export{x}from"./a.js"`, `export*from"./a.js"`.
  // The clause may not contain `(`, so `import("./a.js")` (lazy) and `import.meta` never match.
  const re = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*\bfrom\s*)?(["'])([^"'\n]+)\1/g;
  for (const m of js.matchAll(re)) specs.push(m[2]);
  return specs;
}

/** `@import` targets of a CSS source. */
function cssImportSpecifiers(css) {
  const specs = [];
  for (const m of css.matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/gi)) specs.push(m[2]);
  return specs;
}

const isRemote = (ref) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref);

/** Resolves a reference against the file that contains it; null for remote/data URLs. */
function resolveLocal(distDir, fromAbsFile, ref) {
  if (isRemote(ref)) return null;
  const clean = ref.split(/[?#]/)[0];
  if (!clean) return null;
  // A root-absolute path ("/assets/x.js") is resolved against dist/ (check-budgets flags it separately).
  return clean.startsWith('/') ? path.join(distDir, clean) : path.resolve(path.dirname(fromAbsFile), clean);
}

/**
 * @param {string} distDir absolute path of the build output
 * @returns {{ files: {file: string, raw: number, gzip: number}[], totalGzip: number, totalRaw: number,
 *   missing: {file: string, from: string}[] }} entry files (relative to distDir, POSIX separators)
 */
export function computeEntry(distDir) {
  const indexHtml = path.join(distDir, 'index.html');
  if (!existsSync(indexHtml)) throw new Error(`no index.html in ${distDir}`);
  const rel = (abs) => path.relative(distDir, abs).split(path.sep).join('/');

  const seen = new Set();
  const missing = [];
  const queue = entryReferences(readFileSync(indexHtml, 'utf8'))
    .map((ref) => ({ abs: resolveLocal(distDir, indexHtml, ref), from: 'index.html' }))
    .filter((item) => item.abs !== null);

  while (queue.length > 0) {
    const { abs, from } = queue.shift();
    if (seen.has(abs)) continue;
    seen.add(abs);
    if (!existsSync(abs) || !statSync(abs).isFile()) {
      missing.push({ file: rel(abs), from });
      continue;
    }
    const ext = path.extname(abs).toLowerCase();
    const source = ext === '.js' || ext === '.mjs' || ext === '.css' ? readFileSync(abs, 'utf8') : '';
    const specs =
      ext === '.css'
        ? cssImportSpecifiers(source)
        : ext === '.js' || ext === '.mjs'
          ? staticImportSpecifiers(source)
          : [];
    for (const spec of specs) {
      // Only relative specifiers; a bare one would not resolve in the browser anyway.
      if (!spec.startsWith('./') && !spec.startsWith('../') && !spec.startsWith('/')) continue;
      const target = resolveLocal(distDir, abs, spec);
      if (target !== null) queue.push({ abs: target, from: rel(abs) });
    }
  }

  const files = [...seen]
    .filter((abs) => existsSync(abs) && statSync(abs).isFile())
    .map((abs) => ({ file: rel(abs), raw: statSync(abs).size, gzip: gzipSize(abs) }));
  return {
    files,
    totalGzip: files.reduce((sum, f) => sum + f.gzip, 0),
    totalRaw: files.reduce((sum, f) => sum + f.raw, 0),
    missing,
  };
}

/** Every file under a directory (absolute paths), recursively. */
export function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const abs = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(abs) : entry.isFile() ? [abs] : [];
  });
}

/**
 * JS files in dist/assets that are not part of the entry (lazy chunks, workers), largest gzip first.
 * `kind` is 'monaco' (name has "editor"/"monaco", or > 500 KB raw), 'mermaid' (name has "mermaid") or ''.
 */
export function lazyChunks(distDir, entry) {
  const inEntry = new Set(entry.files.map((f) => f.file));
  return listFiles(path.join(distDir, 'assets'))
    .filter((abs) => /\.m?js$/i.test(abs))
    .map((abs) => {
      const file = path.relative(distDir, abs).split(path.sep).join('/');
      const raw = statSync(abs).size;
      const name = path.basename(file).toLowerCase();
      const kind =
        name.includes('editor') || name.includes('monaco') || raw > 500 * KB
          ? 'monaco'
          : name.includes('mermaid')
            ? 'mermaid'
            : '';
      return { file, raw, gzip: gzipSize(abs), kind };
    })
    .filter((chunk) => !inEntry.has(chunk.file))
    .sort((a, b) => b.gzip - a.gzip);
}
