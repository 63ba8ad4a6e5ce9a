/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';

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

/**
 * Offline and installable: the service worker precaches every built asset (Monaco and its workers,
 * mermaid's diagram chunks, the inspection and search workers) and nothing else. No runtime caching:
 * a JWKS or discovery response, or any other origin's answer, always goes to the network untouched.
 * A new build's worker waits until the user chooses "Reload" (src/app/update-prompt.tsx), so the old
 * worker keeps serving the old build's chunks and two builds never mix.
 */
function offlineAndInstallable() {
  return VitePWA({
    registerType: 'prompt',
    // Registered from a lazy chunk after the first paint (src/app/register-service-worker.ts).
    injectRegister: false,
    scope: './',
    manifest: {
      name: 'JWT Lens',
      short_name: 'JWT Lens',
      description: 'Decode, verify and explain JWS and JWE tokens in your browser.',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#0f172a',
      background_color: '#0f172a',
      icons: [
        { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,json,wasm,webmanifest}'],
      // Never precache a key set or discovery document served beside the app.
      globIgnores: ['**/.well-known/**', '**/*jwks*.json', '**/*openid-configuration*'],
      // Monaco's chunk is ~4 MB; everything must be precached or a view fails offline.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/\.well-known\//],
      // The first visit's page is controlled at once, so its lazy chunks are served offline too.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  });
}

// Relative base: the built app works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), stripMonacoCdnDefault(), contentSecurityPolicy(), offlineAndInstallable()],
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
