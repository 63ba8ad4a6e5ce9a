/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/**
 * The built page runs only its own scripts and talks to its own origin, plus the https (or loopback)
 * key-set and discovery URLs a user asks it to fetch. Added at build time, because the dev server
 * needs inline scripts for hot reload.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'jwt-lens:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * @monaco-editor/loader defaults to loading Monaco from a CDN. We always hand it the bundled Monaco
 * (src/lib/monaco.ts), so the CDN address is dead code; removing it means no build can ever reach out.
 */
function stripMonacoCdnDefault(): Plugin {
  return {
    name: 'jwt-lens:strip-monaco-cdn',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@monaco-editor/loader') && !id.includes('@monaco-editor/react')) return null;
      const stripped = code.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/monaco-editor@[^'"`]*/g, './monaco-is-bundled');
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}

// Relative base: the built app works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), stripMonacoCdnDefault(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Monaco's lazy chunk is large by nature; the entry budget is checked by scripts/check-budgets.mjs.
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
