import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

async function optionsOf(page: Page, label: string): Promise<string[]> {
  const select = page.getByLabel(label, { exact: true });
  await expect(select.locator('option').first()).toBeAttached();
  return select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
}

test.describe('The key generator', () => {
  test('generates a key of each kind, with every export form', async ({ lens, page }) => {
    test.setTimeout(90_000);
    await lens.open();
    await lens.openView('Keys');
    const keys = page.getByRole('region', { name: 'Keys', exact: true });
    for (const kind of await optionsOf(page, 'Key type')) {
      await page.getByLabel('Key type').selectOption(kind);
      await keys.getByRole('button', { name: 'Generate key' }).click();
      const generated = keys.locator(`[data-generated-kind="${kind}"]`);
      await expect(generated).toBeVisible({ timeout: 20_000 });
      await expect(generated.getByRole('region', { name: 'Private JWK' })).toContainText('"kid"');
      if (!kind.startsWith('oct')) {
        await expect(generated.getByRole('region', { name: 'Public key (SPKI PEM)' })).toContainText(
          'BEGIN PUBLIC KEY',
        );
        await expect(generated.getByRole('region', { name: 'Private key (PKCS#8 PEM)' })).toContainText(
          'BEGIN PRIVATE KEY',
        );
        await expect(generated.getByRole('region', { name: 'Public JWKS' })).toContainText('"keys"');
      }
    }
  });

  test('converts a pasted PEM to JWK with its thumbprint', async ({ lens, page }) => {
    await lens.open();
    const pem = await page.getByLabel('Verification key').inputValue();
    await lens.openView('Keys');
    await page.getByLabel('Key to convert').fill(pem);
    await page.getByRole('button', { name: 'Convert' }).click();
    await expect(page.getByRole('region', { name: 'Public JWK' })).toContainText('"kty": "RSA"');
    await expect(page.locator('[data-converted-key="0"]')).toContainText('thumbprint');
  });
});

test.describe('Issue a token, then inspect it in one click', () => {
  test('every offered JWS algorithm signs a token that then verifies', async ({ lens, page }) => {
    test.setTimeout(120_000);
    await lens.open();
    await lens.openView('Issue a token');
    const algs = await optionsOf(page, 'Signing algorithm');
    expect(algs).toEqual(expect.arrayContaining(['HS256', 'RS256', 'PS256', 'ES256', 'ES512', 'EdDSA']));
    for (const alg of algs) {
      await lens.openView('Issue a token');
      await page.getByLabel('Signing algorithm').selectOption(alg);
      await page.getByLabel('Signing key').fill('');
      await page.getByRole('button', { name: `Generate a signing key for ${alg}` }).click();
      await expect(page.getByLabel('Signing key')).not.toHaveValue('');
      await page.getByRole('button', { name: 'Sign', exact: true }).click();
      await page.getByRole('button', { name: 'Inspect this token' }).click();
      const verdict = await lens.settledVerdict();
      await expect(verdict, alg).toHaveAttribute('data-signature', 'valid');
      await expect(lens.region('Header')).toContainText(`"${alg}"`);
    }
  });

  test('every offered key-management algorithm encrypts a token that then decrypts', async ({ lens, page }) => {
    test.setTimeout(120_000);
    await lens.open();
    await lens.openView('Issue a token');
    await page.getByLabel('Output').selectOption('encrypt');
    const algs = await optionsOf(page, 'Key management algorithm');
    const encs = await optionsOf(page, 'Content encryption');
    expect(algs).toEqual(
      expect.arrayContaining([
        'RSA-OAEP-256',
        'A256KW',
        'A256GCMKW',
        'dir',
        'ECDH-ES',
        'ECDH-ES+A128KW',
        'PBES2-HS256+A128KW',
      ]),
    );
    for (const [i, alg] of algs.entries()) {
      const enc = encs[i % encs.length] ?? 'A256GCM';
      await lens.openView('Issue a token');
      await page.getByLabel('Key management algorithm').selectOption(alg);
      await page.getByLabel('Content encryption').selectOption(enc);
      await page.getByLabel('Recipient key').fill('');
      await page.getByRole('button', { name: `Generate a recipient key for ${alg}` }).click();
      await expect(page.getByLabel('Recipient key')).not.toHaveValue('');
      await page.getByRole('button', { name: 'Encrypt', exact: true }).click();
      await page.getByRole('button', { name: 'Inspect this token' }).click();
      const verdict = await lens.settledVerdict();
      await expect(verdict, `${alg} + ${enc}`).toHaveAttribute('data-decryption', 'decrypted');
      await expect(lens.region('Payload')).toContainText('"user-123"');
    }
  });

  test('sign, then encrypt: the nested token decrypts and verifies', async ({ lens, page }) => {
    await lens.open();
    await lens.openView('Issue a token');
    await page.getByLabel('Output').selectOption('sign-then-encrypt');
    await page.getByRole('button', { name: 'Generate a signing key for RS256' }).click();
    await expect(page.getByLabel('Signing key')).not.toHaveValue('');
    await page.getByRole('button', { name: 'Generate a recipient key for RSA-OAEP-256' }).click();
    await expect(page.getByLabel('Recipient key')).not.toHaveValue('');
    await page.getByRole('button', { name: 'Sign and encrypt' }).click();
    await page.getByRole('button', { name: 'Inspect this token' }).click();
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-decryption', 'decrypted');
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(verdict.getByRole('list', { name: 'Layers' }).getByRole('listitem')).toHaveCount(2);
  });

  test('alg none only behind the loud switch, and it is flagged', async ({ lens, page }) => {
    await lens.open();
    await lens.openView('Issue a token');
    await page.getByLabel(/Unsecured \(alg: none\)/).check();
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(page.locator('[data-finding="issue-unsecured"]')).toBeVisible();
    await page.getByRole('button', { name: 'Inspect this token' }).click();
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'unsecured');
  });
});
