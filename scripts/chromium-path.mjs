// Locates a Chromium binary for Playwright (e2e tests and the bench).
// Shared by playwright.config.ts, scripts/find-chromium.mjs and scripts/bench.mjs.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * @returns {string | undefined | null} a system Chromium path; `undefined` when only
 * Playwright's own bundled Chromium is available (let Playwright pick it); `null` when none.
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  for (const candidate of [fromEnv, ...SYSTEM_CANDIDATES]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined;
  } catch {
    // No bundled browser registered for this platform.
  }
  return null;
}

// The machine's closed network refuses Chromium's background connections; keep it quiet.
export const chromiumLaunchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--metrics-recording-only',
  '--no-default-browser-check',
];
