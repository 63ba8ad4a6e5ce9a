import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import type { JwtLensPage } from './support/jwt-lens-page';
import { SAMPLE_TOKEN, SAMPLE_VERIFICATION_KEY } from './support/tokens';

const ATTACKER_URL = 'https://attacker.example/.well-known/jwks.json';

const headerOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

/** The sample with its demo key, and "Validator tests" opened: one row per variant. */
async function openValidatorTests(lens: JwtLensPage) {
  await lens.open();
  await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
  const region = lens.region('Validator tests');
  await region.locator('summary', { hasText: 'Validator tests' }).click();
  await expect(region.locator('[data-variant="alg-none"] [data-token]')).toBeVisible();
  return region;
}

const row = (region: ReturnType<JwtLensPage['region']>, id: string) => region.locator(`[data-variant="${id}"]`);

test.describe('Validator tests: malicious variants of the token, each with the right answer', () => {
  test('lists the variants, each with what it tests, its source, "reject: …" and JWT Lens’s finding', async ({
    lens,
  }) => {
    const region = await openValidatorTests(lens);
    await expect(region.locator('[data-variant]')).toHaveCount(21);
    const none = row(region, 'alg-none');
    await expect(none.getByRole('heading', { name: 'alg: none' })).toBeVisible();
    await expect(none).toContainText('reject: an unsecured token is never accepted');
    await expect(none.getByRole('link', { name: /Auth0/ })).toHaveAttribute('rel', 'noreferrer');
    await expect(none.locator('[data-finding="alg-none"]')).toContainText('Unsecured token (alg: none)');
    await expect(row(region, 'kid-path-traversal').locator('[data-finding="kid-suspicious"]')).toContainText(
      'Suspicious kid',
    );
    // The sample's key is public: what must be re-signed says what it needs, and has no token.
    const expRemoved = row(region, 'exp-removed');
    await expect(expRemoved.locator('[data-needs="signing-key"]')).toContainText('needs your private key');
    await expect(expRemoved.getByRole('button', { name: 'Copy' })).toHaveCount(0);
    await expect(row(region, 'jku').locator('[data-needs="url"]')).toBeVisible();
  });

  test('Copy puts the variant on the clipboard, and it decodes to the attack’s header', async ({
    lens,
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const region = await openValidatorTests(lens);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    // Keyboard, not a mouse click: a click that writes the clipboard stalls headless Chromium (app.spec.ts).
    await row(region, 'alg-none-mixed').getByRole('button', { name: 'Copy' }).press('Enter');
    await expect.poll(clipboard).toMatch(/\.$/);
    const copied = await clipboard();
    expect(headerOf(copied)).toEqual({ ...headerOf(SAMPLE_TOKEN), alg: 'nOnE' });
    expect(copied.split('.')[1]).toBe(SAMPLE_TOKEN.split('.')[1]);

    await row(region, 'hs256-public-key-pem').getByRole('button', { name: 'Copy' }).press('Enter');
    await expect.poll(async () => headerOf(await clipboard()).alg).toBe('HS256');
  });

  test('Inspect on alg: none shows it unsecured, with the same key still loaded', async ({ lens, page }) => {
    const region = await openValidatorTests(lens);
    await row(region, 'alg-none').getByRole('button', { name: 'Inspect' }).click();
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'unsecured');
    await expect(verdict).toContainText('Unsecured (alg: none)');
    await expect(lens.problems.locator('[data-finding="alg-none"]').first()).toBeVisible();
    await expect(page.getByLabel('Verification key')).toHaveValue(SAMPLE_VERIFICATION_KEY);
    await expect(lens.region('Header')).toContainText('"none"');
  });

  test('the attacker URL goes into the jku and x5u headers, and nothing is requested from it', async ({
    lens,
    page,
    requests,
  }) => {
    const region = await openValidatorTests(lens);
    await region.getByRole('textbox', { name: 'Attacker URL (jku, x5u)' }).fill(ATTACKER_URL);
    const jku = row(region, 'jku').locator('[data-token]');
    await expect(jku).toBeVisible();
    expect(headerOf((await jku.textContent()) ?? '')).toMatchObject({ jku: ATTACKER_URL, alg: 'RS256' });
    expect(headerOf((await row(region, 'x5u').locator('[data-token]').textContent()) ?? '').x5u).toBe(ATTACKER_URL);
    await page.waitForTimeout(300);
    expect(requests.filter((url) => url.includes('attacker.example'))).toEqual([]);
  });

  test('Export JSON downloads every variant as the rows show it', async ({ lens, page }) => {
    const region = await openValidatorTests(lens);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      region.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('validator-tests.json');
    const document = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as {
      original: string;
      variants: { id: string; token: string | null; finding: string; expect: string }[];
    };
    expect(document.original).toBe(SAMPLE_TOKEN);
    const ids = await region
      .locator('[data-variant]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-variant')));
    expect(document.variants.map((v) => v.id)).toEqual(ids);
    const tokens = await region
      .locator('[data-variant]')
      .evaluateAll((rows) => rows.map((r) => r.querySelector('[data-token]')?.textContent ?? null));
    expect(document.variants.map((v) => v.token)).toEqual(tokens);
    for (const variant of document.variants) expect(variant.expect).toMatch(/^reject: /);
  });
});
