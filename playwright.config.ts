import { defineConfig } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from './scripts/chromium-path.mjs';

const CI = !!process.env.CI;
const BASE_URL = 'http://127.0.0.1:4173/';
// A string: a system Chromium. undefined: Playwright's bundled one. null: none (find-chromium.mjs reports it).
const executablePath = findChromium();

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: CI ? 1 : 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    launchOptions: {
      ...(typeof executablePath === 'string' ? { executablePath } : {}),
      args: chromiumLaunchArgs,
    },
    // The app's service worker answers from its precache, where page.route() cannot reach (a chunk a test
    // aborts would load anyway); e2e/offline.spec.ts allows it, every other spec runs without it.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    // Serves the prebuilt dist/ (`npm run build` runs before the e2e step).
    {
      command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
      url: BASE_URL,
      reuseExistingServer: !CI,
      timeout: 60_000,
    },
    // An OpenID Connect issuer on a second loopback origin, so JWKS fetches meet real CORS
    // (e2e/support/issuer.ts).
    {
      command: 'node e2e/fixtures/issuer-server.mjs',
      url: 'http://127.0.0.1:4181/health',
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
  ],
});
