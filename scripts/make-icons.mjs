// Renders the app icon (public/favicon.svg) to the PNGs the web app manifest lists, with Chromium:
//   node scripts/make-icons.mjs
// pwa-192.png and pwa-512.png are the favicon as drawn; pwa-maskable-512.png puts the lens inside the
// maskable safe zone (the centre circle of 80% diameter) on a full-bleed background, since launchers
// crop maskable icons to their own shape.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from './chromium-path.mjs';

const publicDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public');
const favicon = readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');
const BACKGROUND = '#0f172a';

// The favicon's 32-unit drawing, scaled to 60% and centred: its corners stay inside the safe zone.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BACKGROUND}"/><g transform="translate(6.4 6.4) scale(0.6)">${favicon.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '')}</g></svg>`;

const ICONS = [
  { file: 'pwa-192.png', size: 192, svg: favicon },
  { file: 'pwa-512.png', size: 512, svg: favicon },
  { file: 'pwa-maskable-512.png', size: 512, svg: maskable },
];

const executablePath = findChromium();
if (executablePath === null) throw new Error('make-icons: no Chromium found (see scripts/chromium-path.mjs)');
const browser = await chromium.launch({
  ...(typeof executablePath === 'string' ? { executablePath } : {}),
  args: chromiumLaunchArgs,
});
try {
  for (const { file, size, svg } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.locator('svg').first().screenshot({ path: path.join(publicDir, file), omitBackground: true });
    await page.close();
    console.log(`make-icons: wrote public/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
