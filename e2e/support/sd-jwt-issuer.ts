import { expect, type Locator } from '@playwright/test';
import type { JwtLensPage } from './jwt-lens-page';

/**
 * The issuer's SD-JWT steps (RFC 9901) as a user takes them in "Issue a token": mark claims disclosable,
 * give the holder a key, sign; then, in "Present", choose disclosures and bind them to a verifier.
 */
export class SdJwtIssuerSteps {
  constructor(private readonly lens: JwtLensPage) {}

  get presentRegion(): Locator {
    return this.lens.region('Present');
  }

  /** Turns on "Selective disclosure (SD-JWT)" and marks each path ("sub", "address.street") disclosable. */
  async markDisclosable(paths: string[]): Promise<void> {
    const issuer = this.lens.issuerPanel;
    await issuer.getByLabel('Selective disclosure (SD-JWT)').check();
    for (const path of paths) await issuer.getByLabel(`Disclosable: ${path}`, { exact: true }).check();
  }

  async setDecoys(count: number): Promise<void> {
    await this.lens.issuerPanel.getByLabel('Decoys', { exact: true }).fill(String(count));
  }

  /** Generates the holder's key pair in the page; its public JWK goes into "Holder public key (cnf)". */
  async generateHolderKey(): Promise<void> {
    const issuer = this.lens.issuerPanel;
    await issuer.getByRole('button', { name: 'Generate a holder key' }).click();
    await expect(issuer.getByLabel('Holder public key (cnf)', { exact: true })).toHaveValue(/"kty"/);
  }

  /** Signs the SD-JWT and waits for the "Present" step. */
  async sign(): Promise<void> {
    await this.lens.issuerPanel.getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(this.presentRegion).toBeVisible();
  }

  /** Presents the given disclosures with a KB-JWT for the audience and nonce, and inspects the presentation. */
  async presentAndInspect(paths: string[], binding: { audience: string; nonce: string }): Promise<Locator> {
    const present = this.presentRegion;
    for (const path of paths) await present.getByLabel(`Disclose ${path}`, { exact: true }).check();
    await present.getByLabel('Key binding audience', { exact: true }).fill(binding.audience);
    await present.getByLabel('Key binding nonce', { exact: true }).fill(binding.nonce);
    await present.getByRole('button', { name: 'Make presentation' }).click();
    await expect(present.getByLabel('Presentation', { exact: true })).toContainText('~');
    await present.getByRole('button', { name: 'Inspect this presentation' }).click();
    return this.lens.settledVerdict();
  }
}
