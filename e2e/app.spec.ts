import { expect, test } from './support/fixtures';
import { makeJws } from './support/tokens';

const JWS = makeJws({ alg: 'HS256', typ: 'JWT' }, { sub: 'before-monaco', exp: 4_102_444_800 });

test('the plain textarea decodes while Monaco is still loading', async ({ lens, page }) => {
  let releaseMonaco = () => {};
  const monacoHeld = new Promise<void>((resolve) => (releaseMonaco = resolve));
  await page.route(/token-monaco-[^/]*\.js$/, async (route) => {
    await monacoHeld;
    await route.continue();
  });
  await lens.open();
  await expect(page.locator('[data-editor="textarea"]')).toBeVisible();
  await lens.tokenInput.fill(JWS);
  await expect(lens.region('Payload')).toContainText('"before-monaco"');

  releaseMonaco();
  await lens.waitForEditor();
  await expect(lens.tokenInput).toHaveCount(1);
  await expect(lens.region('Payload')).toContainText('"before-monaco"');
});

test('the theme follows the system and can be switched', async ({ lens, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await lens.open();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveClass(/dark/);
});

test('each part can be copied, from the keyboard', async ({ lens, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await lens.open();
  await lens.paste(JWS);
  // Keyboard, not a mouse click: a mouse click that writes the clipboard stalls headless Chromium here.
  const copyPayload = lens.region('Payload').getByRole('button', { name: 'Copy payload JSON' });
  await copyPayload.focus();
  await page.keyboard.press('Enter');
  await expect(copyPayload).toHaveText('Copied');
  expect(JSON.parse(await clipboard())).toMatchObject({ sub: 'before-monaco' });
  await lens.region('Signature').getByRole('button', { name: 'Copy signature base64url' }).press('Enter');
  await expect.poll(clipboard).toBe(JWS.split('.')[2]);
});

test('claims and header parameters are explained on keyboard focus', async ({ lens, page }) => {
  await lens.open();
  await lens.region('Payload').getByRole('button', { name: '"exp"' }).focus();
  await expect(page.getByRole('tooltip', { name: /Expiration time/ })).toBeVisible();
  await lens.region('Header').getByRole('button', { name: '"kid"' }).hover();
  await expect(page.getByRole('tooltip', { name: /Key ID/ })).toBeVisible();
});

// The README's screenshots: the sample in the inspector, as a laptop and a phone show it first.
for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screenshot for the README, ${width}×${height}, ${theme}`, async ({ lens, page }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: theme });
      await lens.open();
      await lens.waitForEditor();
      await expect(lens.region('Payload')).toContainText('"Ada Lovelace"');
      await lens.settledVerdict();
      await page.screenshot({ path: `docs/screenshot-${width}-${theme}.png` });
    });
  }
}
