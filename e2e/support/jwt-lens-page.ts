import { expect, type Locator, type Page } from '@playwright/test';

/** The token profile panel's context inputs, by their accessible names (CONTRACTS.md, "Token profiles"). */
export type ContextInputName =
  | 'Client ID'
  | 'Nonce'
  | 'Max age (seconds)'
  | 'Access token'
  | 'Authorization code'
  | 'State'
  | 'HTTP method'
  | 'HTTP URI'
  | 'DPoP nonce'
  | 'DPoP proof';

/** The app as a user sees it: accessible names from the contract, not CSS classes. */
export class JwtLensPage {
  constructor(readonly page: Page) {}

  async open(suffix = ''): Promise<void> {
    await this.page.goto(`./${suffix}`);
    // The first paint's shell (src/first-paint) is inert and read-only: a user's first click lands once
    // the app has replaced it.
    await expect(this.page.locator('[data-first-paint]')).toHaveCount(0);
    await expect(this.tokenInput).toBeVisible();
  }

  get tokenInput(): Locator {
    return this.page.getByRole('textbox', { name: 'Token', exact: true });
  }

  region(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  get problems(): Locator {
    return this.region('Problems');
  }

  finding(code: string): Locator {
    return this.page.locator(`[data-finding="${code}"]`);
  }

  get verdict(): Locator {
    return this.page.getByRole('status', { name: 'Verdict' });
  }

  /** Waits until the verdict reflects the current inputs (no inspection in flight). */
  async settledVerdict(): Promise<Locator> {
    await expect(this.verdict).toHaveAttribute('aria-busy', 'false');
    return this.verdict;
  }

  get keySetStatus(): Locator {
    return this.page.getByRole('status', { name: 'Key set status' });
  }

  /** Fetches a key set the way a user does: type the URL, click "Fetch keys". */
  async fetchKeys(url: string): Promise<void> {
    await this.page.getByLabel('JWKS URL').fill(url);
    await this.page.getByRole('button', { name: 'Fetch keys' }).click();
  }

  /** Switches the main view: "Inspect", "Issue a token" or "Keys". */
  async openView(name: 'Inspect' | 'Issue a token' | 'Keys'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();
  }

  /** Loads one of the gallery's examples. */
  async loadExample(title: string): Promise<void> {
    const gallery = this.page.locator('details', { hasText: 'Examples' }).first();
    if (!(await gallery.getAttribute('open'))) await gallery.locator('summary').click();
    await this.page.getByRole('button', { name: title, exact: true }).click();
  }

  get headline(): Locator {
    return this.verdict.locator('[data-headline]');
  }

  /** Replaces the text of the "Verification key" box. */
  async setVerificationKey(text: string): Promise<void> {
    await this.page.getByLabel('Verification key').fill(text);
  }

  get profilePanel(): Locator {
    return this.region('Token profile');
  }

  /** Picks what to validate the token as: "Auto" or a profile's title, e.g. "Access token (RFC 9068)". */
  async validateAs(label: string): Promise<void> {
    await this.profilePanel.getByLabel('Validate as', { exact: true }).selectOption({ label });
  }

  /**
   * One of the relying party's context inputs (only those the profile in effect reads are shown), looked up
   * in the profile panel: the issuer's templates have boxes of the same names.
   */
  contextInput(name: ContextInputName): Locator {
    return this.profilePanel.getByLabel(name, { exact: true });
  }

  async fillContext(name: ContextInputName, value: string): Promise<void> {
    await this.contextInput(name).fill(value);
  }

  /** A rule's row in the token profile panel (`data-check`, `data-status`, and `data-finding` when failed). */
  profileCheck(name: string): Locator {
    return this.profilePanel.locator(`[data-check="${name}"]`);
  }

  /** Waits until Monaco has replaced the plain textarea. */
  async waitForEditor(): Promise<void> {
    await expect(this.page.locator('[data-editor="monaco"]')).toBeVisible({ timeout: 20_000 });
  }

  /**
   * A real paste: `text` (repeated `times`, built in the page so megabytes need not cross the protocol)
   * goes on the clipboard, then Ctrl+V into the focused editor after selecting all. `paste()` types the
   * text as one input event instead, which headless Chromium cannot do for very large texts.
   */
  async pasteFromClipboard(text: string, times = 1): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.waitForEditor();
    await this.page.evaluate(([chunk, count]) => navigator.clipboard.writeText(chunk.repeat(count)), [
      text,
      times,
    ] as const);
    await this.tokenInput.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** Replaces the token the way a user does: focus the editor, select all, paste. */
  async paste(text: string): Promise<void> {
    await this.waitForEditor();
    await this.tokenInput.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    if (text.length === 0) await this.page.keyboard.press('Delete');
    else await this.page.keyboard.insertText(text);
  }

  /** The "Issue a token" view's region; its controls are found inside it (the inspector reuses some labels). */
  get issuerPanel(): Locator {
    return this.region('Issue a token');
  }

  /** Picks the issuer's template: "Custom" or a profile's title, e.g. "DPoP proof", "ID token". */
  async chooseTemplate(title: string): Promise<void> {
    await this.issuerPanel.getByLabel('Template', { exact: true }).selectOption({ label: title });
  }

  /** One of the chosen template's inputs, by its label ("HTTP method", "Access token for at_hash"…). */
  templateInput(label: string): Locator {
    return this.issuerPanel.getByLabel(label, { exact: true });
  }

  /** Generates a signing key for the chosen algorithm with the issuer's own button. */
  async generateSigningKey(): Promise<void> {
    await this.issuerPanel.getByRole('button', { name: /^Generate a signing key for / }).click();
    await expect(this.issuerPanel.getByLabel('Signing key', { exact: true })).not.toHaveValue('');
  }

  /** Signs the issuer's header and claims, opens the token in the inspector, and waits for its verdict. */
  async signAndInspect(): Promise<Locator> {
    await this.issuerPanel.getByRole('button', { name: 'Sign', exact: true }).click();
    await this.issuerPanel.getByRole('button', { name: 'Inspect this token' }).click();
    return this.settledVerdict();
  }

  /** An SD-JWT's disclosures: one row per disclosure, each with `data-disclosure-status`. */
  get disclosures(): Locator {
    return this.region('Disclosures');
  }

  /** The disclosure rows (status attribute set once the token is inspected). */
  get disclosureRows(): Locator {
    return this.disclosures.locator('[data-disclosure-status]');
  }

  /** Ticks (or unticks) "Withhold <claim>" in the Disclosures region: the verifier's view leaves it out. */
  async withhold(claim: string, isWithheld = true): Promise<void> {
    await this.disclosures.getByRole('checkbox', { name: `Withhold ${claim}`, exact: true }).setChecked(isWithheld);
  }

  /** The claims as a verifier sees them: an SD-JWT's processed payload (region "Payload"). */
  get verifierView(): Locator {
    return this.region('Payload');
  }

  get keyBindingJwt(): Locator {
    return this.region('Key binding JWT');
  }

  /** Fills the verifier's key-binding options in Expectations (shown for an SD-JWT only). */
  async setKeyBinding(options: { required?: boolean; audience?: string; nonce?: string }): Promise<void> {
    const expectations = this.region('Expectations');
    if (options.required !== undefined)
      await expectations.getByLabel('Key binding required', { exact: true }).setChecked(options.required);
    if (options.audience !== undefined)
      await expectations.getByLabel('Key binding audience', { exact: true }).fill(options.audience);
    if (options.nonce !== undefined)
      await expectations.getByLabel('Key binding nonce', { exact: true }).fill(options.nonce);
  }
}
