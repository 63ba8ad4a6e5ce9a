import { expect, type Locator, type Page } from '@playwright/test';

/** The app as a user sees it: accessible names from the contract, not CSS classes. */
export class JwtLensPage {
  constructor(readonly page: Page) {}

  async open(suffix = ''): Promise<void> {
    await this.page.goto(`./${suffix}`);
    await expect(this.tokenInput).toBeVisible();
  }

  get tokenInput(): Locator {
    return this.page.getByRole('textbox', { name: 'Token' });
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
}
