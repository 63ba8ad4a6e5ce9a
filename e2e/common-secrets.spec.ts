import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hs256Jws } from '../test-support/build-token';
import { expect, test } from './support/fixtures';
import type { JwtLensPage } from './support/jwt-lens-page';

/** The bundled list, read as the app ships it; tokens are signed with node:crypto, never by the app. */
const SECRETS = readFileSync(new URL('../src/core/secrets/common-secrets.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '');
/** A secret from the middle of the list, so the run shows progress before it finds it. */
const LISTED = SECRETS[Math.floor(SECRETS.length / 2)] ?? '';
const CLAIMS = JSON.stringify({ sub: 'alice', admin: true });
/** The list's own chunk, which only the run's worker loads (not common-secrets-view-…, the panel's). */
const LIST_CHUNK = /\/assets\/common-secrets-[\w-]{8}\.js$/;

const commonSecrets = (lens: JwtLensPage) => lens.region('Common secrets');

/** axe-core finds nothing wrong in the panel, in the light and the dark theme. */
async function expectAccessible(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const scan = await new AxeBuilder({ page }).include('[data-panel="common-secrets"]').analyze();
    expect(scan.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
  }
}

test.describe('Try common secrets (issue 15, item 3)', () => {
  test('finds a listed secret, names it, and "Use this secret" verifies the token', async ({ lens, page }) => {
    await lens.open();
    await lens.paste(hs256Jws({ alg: 'HS256', typ: 'JWT' }, CLAIMS, LISTED));
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'not-verified');

    await commonSecrets(lens).getByRole('button', { name: 'Try common secrets' }).click();
    const finding = commonSecrets(lens).locator('[data-finding="key-weak"]');
    await expect(finding).toBeVisible();
    await expect(finding).toHaveAttribute('data-severity', 'error');
    await expect(finding).toContainText(`“${LISTED}”`);
    await expect(page.getByRole('progressbar', { name: 'Trying common secrets' })).toHaveCount(0);
    await expectAccessible(page);

    await commonSecrets(lens).getByRole('button', { name: 'Use this secret' }).click();
    await expect(page.getByLabel('Verification key')).toHaveValue(LISTED);
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
  });

  test('a strong random secret: every listed secret is tried and none matches', async ({ lens }) => {
    await lens.open();
    await lens.paste(hs256Jws({ alg: 'HS256' }, CLAIMS, randomBytes(32).toString('base64url')));
    await commonSecrets(lens).getByRole('button', { name: 'Try common secrets' }).click();
    await expect(commonSecrets(lens).getByRole('status')).toHaveText(
      `No common secret matched (${SECRETS.length.toLocaleString('en')} tried).`,
      { timeout: 30_000 },
    );
    await expect(commonSecrets(lens).locator('[data-finding]')).toHaveCount(0);
  });

  test('Cancel stops the run part way, and it can be started again', async ({ lens, page }) => {
    await lens.open();
    await lens.paste(hs256Jws({ alg: 'HS256' }, CLAIMS, randomBytes(32).toString('base64url')));
    // The whole list takes well under a second: the run's worker gets a 5 ms pause before each
    // WebCrypto verify (its list chunk is held until then), so there is time to press Cancel mid-run.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let isListHeld = false;
    await page.route(LIST_CHUNK, async (route) => {
      isListHeld = true;
      await held;
      await route.continue();
    });
    const started = page.waitForEvent('worker', (worker) => worker.url().includes('inspect-worker'));
    await commonSecrets(lens).getByRole('button', { name: 'Try common secrets' }).click();
    await (
      await started
    ).evaluate(() => {
      const verify = crypto.subtle.verify.bind(crypto.subtle);
      crypto.subtle.verify = async (...args: Parameters<SubtleCrypto['verify']>) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return verify(...args);
      };
    });
    await expect.poll(() => isListHeld).toBe(true);
    release();

    const progress = page.getByRole('progressbar', { name: 'Trying common secrets' });
    await expect(progress).toHaveAttribute('aria-valuemax', String(SECRETS.length));
    await expect(progress).toHaveAttribute('aria-valuenow', /^[1-9]\d{2,}$/);
    await expectAccessible(page);
    await commonSecrets(lens).getByRole('button', { name: 'Cancel' }).click();

    const said = commonSecrets(lens).getByRole('status');
    await expect(said).toHaveText(/^Cancelled after [\d,]+ of [\d,]+ tried\.$/);
    await expect(said).toContainText(`of ${SECRETS.length.toLocaleString('en')} tried`);
    const tried = Number(/after ([\d,]+) of/.exec((await said.textContent()) ?? '')?.[1]?.replaceAll(',', ''));
    expect(tried).toBeGreaterThanOrEqual(100);
    expect(tried).toBeLessThan(SECRETS.length);
    await expect(progress).toHaveCount(0);

    await commonSecrets(lens).getByRole('button', { name: 'Try common secrets' }).click();
    await expect(said).toHaveText(`No common secret matched (${SECRETS.length.toLocaleString('en')} tried).`);
  });

  test('is offered for HS* tokens only', async ({ lens }) => {
    await lens.open();
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
    await expect(commonSecrets(lens)).toHaveCount(0);
    await lens.paste(hs256Jws({ alg: 'HS256' }, CLAIMS, 'secret'));
    await expect(commonSecrets(lens).getByRole('button', { name: 'Try common secrets' })).toBeVisible();
  });
});
