import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { hs256Jws } from '../test-support/build-token';
import { expect, test } from './support/fixtures';
import type { JwtLensPage } from './support/jwt-lens-page';

/*
 * Issue 13, item 4: "Compare with" takes a second token; region "Differences" shows header and claim
 * differences side by side (added, removed, changed, times as relative differences) and which one fails what.
 */
const SECRET = 'a-string-secret-at-least-256-bits-long';
const NOW = Math.floor(Date.now() / 1000);
const HOUR = 3600;
const CLAIMS = { iss: 'https://issuer.example', sub: 'alice', aud: 'api', iat: NOW - 3 * HOUR, exp: NOW + HOUR };

const sign = (claims: object, header: object = { alg: 'HS256', typ: 'JWT' }) =>
  hs256Jws(header, JSON.stringify(claims), SECRET);

/** Fresh for an hour. */
const FRESH = sign(CLAIMS);
/** Expired an hour ago (two hours before FRESH expires), for another audience, with a role FRESH lacks. */
const EXPIRED = sign({ ...CLAIMS, aud: 'web', exp: NOW - HOUR, role: 'admin' });

/** "2026-01-01 10:00:00 UTC", as the page writes a time in UTC (the default of "Times in"). */
const inUtc = (seconds: number) =>
  `${new Date(seconds * 1000).toISOString().replace('T', ' ').replace('.000Z', '')} UTC`;

const differences = (lens: JwtLensPage) => lens.region('Differences');

/** Pastes the second token and waits until both tokens' checks are settled. */
async function compareWith(lens: JwtLensPage, token: string): Promise<Locator> {
  const region = differences(lens);
  await region.getByRole('textbox', { name: 'Compare with' }).fill(token);
  await lens.settledVerdict();
  await expect(region.locator('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
  return region;
}

async function openWithFresh(lens: JwtLensPage): Promise<void> {
  await lens.open();
  await lens.paste(FRESH);
  await lens.setVerificationKey(SECRET);
  const verdict = await lens.settledVerdict();
  await expect(verdict).toHaveAttribute('data-signature', 'valid');
  await expect(verdict).toHaveAttribute('data-claims', 'valid');
}

const row = (region: Locator, path: string) => region.locator(`tr[data-path="${path}"]`);
const side = (region: Locator, which: 'this' | 'other') => region.locator(`[data-side="${which}"]`);

test.describe('Compare two tokens', () => {
  test('compare two tokens: exp, aud and an added claim side by side; the expired one fails exp-expired', async ({
    lens,
  }) => {
    await openWithFresh(lens);
    const region = await compareWith(lens, EXPIRED);

    await expect(region.locator('tr[data-change]')).toHaveCount(3);
    await expect(row(region, 'aud')).toHaveAttribute('data-change', 'changed');
    await expect(row(region, 'aud')).toContainText('"api"');
    await expect(row(region, 'aud')).toContainText('"web"');
    await expect(row(region, 'role')).toHaveAttribute('data-change', 'added');
    // Cells: Part, This token, Other token (the member is the row's header).
    await expect(row(region, 'role').getByRole('cell').nth(1)).toHaveText('absent');
    await expect(row(region, 'role')).toContainText('"admin"');

    const exp = row(region, 'exp');
    await expect(exp).toHaveAttribute('data-change', 'changed');
    await expect(exp.locator('[data-time-difference]')).toHaveAttribute('data-time-difference', String(-2 * HOUR));
    await expect(exp).toContainText('earlier by 2 h 0 min');
    await expect(exp.locator('time')).toHaveText([inUtc(NOW + HOUR), inUtc(NOW - HOUR)]);
    await expect(exp.locator('time').first()).toHaveAttribute('datetime', new Date((NOW + HOUR) * 1000).toISOString());
    await expect(exp.locator('[data-time-difference]')).toHaveAttribute('title', /exactly 7,200 s before/);

    // Same key for both: the signatures agree, the claims do not.
    await expect(side(region, 'this')).toHaveAttribute('data-signature', 'valid');
    await expect(side(region, 'this')).toHaveAttribute('data-claims', 'valid');
    await expect(side(region, 'other')).toHaveAttribute('data-signature', 'valid');
    await expect(side(region, 'other')).toHaveAttribute('data-claims', 'invalid');
    await expect(side(region, 'other').locator('[data-finding="exp-expired"]')).toBeVisible();
    await expect(side(region, 'this').locator('[data-finding="exp-expired"]')).toHaveCount(0);
    await expect(side(region, 'other')).toContainText('Only the other token has:');
  });

  test('the second token is checked with the main token’s keys, again when they change', async ({ lens }) => {
    await openWithFresh(lens);
    const region = await compareWith(lens, EXPIRED);
    await expect(side(region, 'other')).toHaveAttribute('data-signature', 'valid');

    await lens.setVerificationKey(`${SECRET}-not-this-one`);
    await expect(side(region, 'this')).toHaveAttribute('data-signature', 'invalid');
    await expect(side(region, 'other')).toHaveAttribute('data-signature', 'invalid');
    await expect(region.locator('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
  });

  test('"Evaluate at" judges both tokens at that instant: two hours ago the expired one passes', async ({
    lens,
    page,
  }) => {
    await openWithFresh(lens);
    const region = await compareWith(lens, EXPIRED);
    await expect(side(region, 'other')).toHaveAttribute('data-claims', 'invalid');

    const expectations = page.getByRole('region', { name: 'Expectations', exact: true });
    await expectations.getByRole('textbox', { name: 'Evaluate at' }).fill(String(NOW - 2 * HOUR));
    await lens.settledVerdict();
    await expect(side(region, 'other')).toHaveAttribute('data-claims', 'valid');
    await expect(side(region, 'this')).toHaveAttribute('data-claims', 'valid');
    await expect(region.locator('[data-finding="exp-expired"]')).toHaveCount(0);
    await expect(region.locator('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
  });

  test('the same token twice: no differences', async ({ lens }) => {
    await openWithFresh(lens);
    const region = await compareWith(lens, FRESH);
    await expect(region).toContainText('No differences');
    await expect(region.locator('tr[data-change]')).toHaveCount(0);
    await expect(region.locator('[data-finding]')).toHaveCount(0);
  });

  test('a header member that changes and one removed', async ({ lens }) => {
    await openWithFresh(lens);
    const region = await compareWith(lens, sign(CLAIMS, { alg: 'HS256' }));
    await expect(region.locator('tr[data-change]')).toHaveCount(1);
    await expect(row(region, 'typ')).toHaveAttribute('data-change', 'removed');
    await expect(row(region, 'typ')).toHaveAttribute('data-part', 'header');
  });

  test('text that is not a token: a clear message and no table', async ({ lens }) => {
    await openWithFresh(lens);
    const region = differences(lens);
    await region.getByRole('textbox', { name: 'Compare with' }).fill('not a token at all');
    await expect(region).toContainText('The text in “Compare with” is not a token');
    await expect(region.getByRole('table')).toHaveCount(0);

    await region.getByRole('textbox', { name: 'Compare with' }).fill('');
    await expect(region).toContainText('Paste a second token');
  });

  test('no WCAG 2.1 A/AA violations in the Differences region, in either theme', async ({ lens, page }) => {
    await openWithFresh(lens);
    await compareWith(lens, EXPIRED);
    for (const theme of ['Light', 'Dark'] as const) {
      await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: theme }).check();
      expect(await axeViolations(page), `${theme} theme`).toEqual([]);
    }
  });
});

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .include('[data-panel="differences"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id} ${node.target.join(' ')}`));
}
