import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import type { JwtLensPage } from './support/jwt-lens-page';
import { DPOP_HTU, dpopProof } from './support/profile-tokens';
import { forgedDisclosure, ISSUED, ISSUER_KEY_PEM, KB_AUDIENCE, presentSdJwt } from './support/sd-jwt-tokens';

/** WCAG 2.0 and 2.1, levels A and AA: the rules the page must pass in both themes. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const THEMES = ['Light', 'Dark'] as const;

/** One line per failing node: rule, CSS target, and axe's summary of what is wrong. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} ${node.target.join(' ')}: ${(node.failureSummary ?? violation.help).replace(/\s+/g, ' ')}`,
    ),
  );
}

/** Runs axe on the current state in the light theme, then in the dark one; neither may find anything. */
async function expectNoViolationsInEitherTheme(page: Page, state: string): Promise<void> {
  const found: Record<string, string[]> = {};
  for (const theme of THEMES) {
    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: theme }).check();
    await expect(page.locator('html')).toHaveClass(theme === 'Dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
    const violations = await axeViolations(page);
    found[theme] = violations;
    // Printed as well as asserted, so one run lists every failing node of both themes.
    if (violations.length > 0) console.log(`${state}, ${theme}: ${violations.length}\n${violations.join('\n')}`);
  }
  expect(found, `axe violations: ${state}`).toEqual({ Light: [], Dark: [] });
}

/** Opens every <details>, again and again, since opening one may render more of them. */
async function openEveryDetails(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const closed = [...document.querySelectorAll('details:not([open])')];
        for (const details of closed) (details as HTMLDetailsElement).open = true;
        return closed.length;
      }),
    )
    .toBe(0);
}

async function openInspector(lens: JwtLensPage): Promise<void> {
  await lens.open();
  await lens.waitForEditor();
  await lens.settledVerdict();
}

test.describe('No WCAG 2.1 A/AA violations in either theme', () => {
  test.setTimeout(60_000);

  test('the inspector with the sample', async ({ lens, page }) => {
    await openInspector(lens);
    await expect(lens.region('Payload')).toContainText('"Ada Lovelace"');
    await expectNoViolationsInEitherTheme(page, 'sample');
  });

  test('the validator tests, open', async ({ lens, page }) => {
    await openInspector(lens);
    await lens.region('Validator tests').locator('summary').click();
    await expect(lens.region('Validator tests').locator('[data-variant="alg-none"] [data-token]')).toBeVisible();
    await expectNoViolationsInEitherTheme(page, 'validator tests');
  });

  test('an expired token with a wrong audience, every detail open', async ({ lens, page }) => {
    await openInspector(lens);
    await lens.loadExample('Expired');
    await page.getByLabel('Expected audience').fill('another-api');
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-claims', 'invalid');
    await expect(lens.finding('exp-expired').first()).toBeVisible();
    await expect(lens.finding('aud-mismatch').first()).toBeVisible();
    await openEveryDetails(page);
    await expectNoViolationsInEitherTheme(page, 'expired, wrong audience');
  });

  test('a tampered token, every detail open', async ({ lens, page }) => {
    await openInspector(lens);
    await lens.loadExample('Tampered payload');
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'invalid');
    await openEveryDetails(page);
    await expectNoViolationsInEitherTheme(page, 'tampered');
  });

  test('a decrypted nested token', async ({ lens, page }) => {
    await openInspector(lens);
    await lens.loadExample('Signed (RS256), then encrypted (RSA-OAEP-256)');
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-decryption', 'decrypted');
    await expectNoViolationsInEitherTheme(page, 'nested');
  });

  test('the token profile with a DPoP proof, one rule failed and a hidden context value', async ({ lens, page }) => {
    await openInspector(lens);
    await lens.validateAs('ID token');
    await lens.fillContext('Nonce', 'n-0S6_WzA2Mj');
    await lens.validateAs('Auto');
    await lens.paste(dpopProof().token);
    await lens.fillContext('HTTP method', 'POST');
    await lens.fillContext('HTTP URI', `${DPOP_HTU}/other`);
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-profile', 'dpop-proof');
    await expect(lens.profileCheck('htu')).toHaveAttribute('data-finding', 'dpop-htu-mismatch');
    await expect(lens.profilePanel.locator('[data-hidden-context]')).toBeVisible();
    await expectNoViolationsInEitherTheme(page, 'token profile');
  });

  test('an SD-JWT: disclosures (one unreferenced, one withheld), key binding failed, every detail open', async ({
    lens,
    page,
  }) => {
    await openInspector(lens);
    await lens.paste(presentSdJwt([ISSUED.givenName, ISSUED.email, forgedDisclosure()], { nonce: 'n-other' }));
    await lens.setVerificationKey(ISSUER_KEY_PEM);
    await lens.setKeyBinding({ required: true, audience: KB_AUDIENCE, nonce: 'n-expected' });
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-key-binding', 'invalid');
    await expect(lens.disclosures.locator('[data-disclosure-status="unreferenced"]')).toBeVisible();
    await lens.withhold('email');
    await expect(lens.verifierView).toContainText('without 1 withheld disclosure');
    await expect(lens.keyBindingJwt).toBeVisible();
    await openEveryDetails(page);
    await expectNoViolationsInEitherTheme(page, 'SD-JWT');
  });

  test('the issuer after signing', async ({ lens, page }) => {
    await lens.open();
    await lens.openView('Issue a token');
    await page.getByRole('button', { name: 'Generate a signing key for RS256' }).click();
    await expect(page.getByLabel('Signing key')).not.toHaveValue('');
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Inspect this token' })).toBeVisible();
    await expectNoViolationsInEitherTheme(page, 'issuer');
  });

  test('the key tools after generating a key', async ({ lens, page }) => {
    await lens.open();
    await lens.openView('Keys');
    const keys = page.getByRole('region', { name: 'Keys', exact: true });
    await keys.getByRole('button', { name: 'Generate key' }).click();
    await expect(keys.getByRole('region', { name: 'Private JWK' })).toContainText('"kid"', { timeout: 20_000 });
    await expectNoViolationsInEitherTheme(page, 'keys');
  });
});
