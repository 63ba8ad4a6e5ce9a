import { expect, test } from './support/fixtures';
import {
  forgedDisclosure,
  fullPresentation,
  ISSUED,
  ISSUER_KEY_PEM,
  KB_AUDIENCE,
  KB_NONCE,
  presentSdJwt,
} from './support/sd-jwt-tokens';

/*
 * Issue 12, SD-JWT (RFC 9901): a holder presents some of the disclosures the issuer signed digests of, and
 * a key-binding JWT for this verifier's audience and nonce. The verifier checks each disclosure against the
 * signed digests (§7.1) and the key binding (§7.3); withholding a disclosure shows what a verifier sees
 * without it.
 */

test.describe('SD-JWT presentation with key binding', () => {
  test('every disclosure is disclosed, the key binding, signature and claims are valid', async ({ lens }) => {
    await lens.open();
    await lens.paste(fullPresentation());
    await lens.setVerificationKey(ISSUER_KEY_PEM);
    await lens.setKeyBinding({ required: true, audience: KB_AUDIENCE, nonce: KB_NONCE });
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(verdict).toHaveAttribute('data-claims', 'valid');
    await expect(verdict).toHaveAttribute('data-key-binding', 'valid');
    await expect(lens.headline).toContainText(/key binding verified/i);

    await expect(lens.disclosureRows).toHaveCount(Object.keys(ISSUED).length);
    await expect(
      lens.disclosures.locator('[data-disclosure-status]:not([data-disclosure-status="disclosed"])'),
    ).toHaveCount(0);
    await expect(lens.disclosures).toContainText('given_name');
    await expect(lens.disclosures).toContainText('$.nationalities[0]');
    // What the verifier sees: disclosed claims in place, digests gone; the signed payload keeps them.
    await expect(lens.verifierView).toContainText('"Erika"');
    await expect(lens.verifierView).not.toContainText('_sd');
    await expect(lens.region('Signed payload')).toContainText('"_sd"');
    await expect(lens.keyBindingJwt).toContainText('Key binding verified');
    await expect(lens.keyBindingJwt).toContainText('sd_hash');
  });

  test('withholding a disclosure removes its claim from the verifier’s view, not from the verdict', async ({
    lens,
  }) => {
    await lens.open();
    await lens.paste(fullPresentation());
    await lens.setVerificationKey(ISSUER_KEY_PEM);
    await lens.settledVerdict();
    await expect(lens.verifierView).toContainText('"email"');

    await lens.withhold('email');
    await expect(lens.verifierView).not.toContainText('"email"');
    await expect(lens.verifierView).not.toContainText('erika@example.com');
    await expect(lens.verifierView).toContainText('"given_name"');
    await expect(lens.verifierView).toContainText('without 1 withheld disclosure');
    // A view of the UI only: the token, the inspection and the verdict stay as they were.
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-claims', 'valid');
    await expect(lens.disclosureRows).toHaveCount(Object.keys(ISSUED).length);

    await lens.withhold('email', false);
    await expect(lens.verifierView).toContainText('erika@example.com');
  });

  test('a disclosure not issued with the SD-JWT is sd-disclosure-unreferenced; the claims are invalid', async ({
    lens,
  }) => {
    await lens.open();
    await lens.paste(presentSdJwt([ISSUED.givenName, forgedDisclosure()]));
    await lens.setVerificationKey(ISSUER_KEY_PEM);
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(verdict).toHaveAttribute('data-claims', 'invalid');
    await expect(verdict).toHaveAttribute('data-key-binding', 'absent');
    await expect(lens.finding('sd-disclosure-unreferenced')).toBeVisible();
    await expect(lens.finding('sd-disclosure-unreferenced')).toContainText('admin');
    await expect(lens.disclosures.locator('[data-disclosure-status="unreferenced"]')).toContainText('admin');
    await expect(lens.disclosures.locator('[data-disclosure-status="disclosed"]')).toContainText('given_name');
  });

  test('a key-binding JWT made for another nonce is kb-nonce-mismatch; the key binding is invalid', async ({
    lens,
  }) => {
    await lens.open();
    await lens.paste(presentSdJwt([ISSUED.givenName], { nonce: 'n-from-another-request' }));
    await lens.setVerificationKey(ISSUER_KEY_PEM);
    await lens.setKeyBinding({ audience: KB_AUDIENCE, nonce: KB_NONCE });
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-key-binding', 'invalid');
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(lens.finding('kb-nonce-mismatch')).toBeVisible();
    await expect(lens.finding('kb-nonce-mismatch')).toContainText('n-from-another-request');
    await expect(lens.headline).toContainText(/key binding invalid/i);
    await expect(lens.keyBindingJwt).toContainText('kb-nonce-mismatch');
  });

  test('the key-binding options are asked only for an SD-JWT, and Clear all empties them', async ({ lens, page }) => {
    await lens.open();
    await lens.settledVerdict();
    await expect(page.getByLabel('Key binding nonce', { exact: true })).toHaveCount(0);
    await lens.paste(fullPresentation());
    await lens.setKeyBinding({ nonce: KB_NONCE });
    await page.getByRole('button', { name: 'Clear all' }).click();
    await lens.paste(fullPresentation());
    await expect(page.getByLabel('Key binding nonce', { exact: true })).toHaveValue('');
  });
});
