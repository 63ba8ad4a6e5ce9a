import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { makeJws } from './support/tokens';

const JWS = makeJws({ alg: 'HS256', typ: 'JWT' }, { sub: 'keyboard-user' });
/** A JWS of at least 16,000 characters: a long payload, as a real token with many claims has. */
const LONG_JWS = makeJws({ alg: 'HS256', typ: 'JWT' }, { sub: 'long-payload', pad: 'x'.repeat(11_950) });
/** Over the 16 MiB input limit. */
const SEVENTEEN_MB = 17 * 1024 * 1024;

/** The text Monaco shows (every line of a short token is rendered; wrapped lines join without a break). */
function editorText(page: Page) {
  return page.locator('[data-editor="monaco"] .view-lines');
}

test.describe('The token editor and the keyboard (WCAG 2.1.2, no keyboard trap)', () => {
  test('Tab leaves the token editor, Shift+Tab comes back, and the token is unchanged', async ({ lens, page }) => {
    await lens.open();
    await lens.paste(JWS);
    await expect(lens.region('Payload')).toContainText('"keyboard-user"');
    await expect(page.getByText('Tab and Shift+Tab move focus out of the editor.')).toBeVisible();
    await lens.settledVerdict(); // the panels after the editor are drawn for this token

    await page.keyboard.press('Tab');
    await expect(lens.tokenInput).not.toBeFocused();
    const isFocusOutside = await page.evaluate(
      () => document.activeElement !== document.body && !document.activeElement?.closest('[data-editor]'),
    );
    expect(isFocusOutside, 'focus is on the next focusable element, outside the editor').toBe(true);

    await page.keyboard.press('Shift+Tab');
    await expect(lens.tokenInput).toBeFocused();
    await expect(editorText(page)).toHaveText(JWS);
    await expect(lens.finding('input-normalized')).toHaveCount(0);
  });

  test('in the issuer’s JSON editors Tab indents, and Ctrl+M lets it move focus, as their help says', async ({
    lens,
    page,
  }) => {
    await lens.open();
    await lens.openView('Issue a token');
    const claims = page.getByRole('textbox', { name: 'Claims (JSON)' });
    await expect(page.getByText(/Tab indents\. To leave with Tab, press Ctrl\+M first/).first()).toBeVisible();
    // Monaco's textbox (not the textarea before it) describes itself as an editor.
    await expect(claims).toHaveAttribute('aria-roledescription', 'editor', { timeout: 20_000 });
    await claims.focus();
    await page.keyboard.press('Tab');
    await expect(claims).toBeFocused();

    await page.keyboard.press('Control+M');
    await page.keyboard.press('Tab');
    await expect(claims).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(claims).toBeFocused();
    await page.keyboard.press('Control+M');
  });
});

test.describe('A keystroke reaches the store after the next paint, and never after the user moves on', () => {
  test('moving to another field right after typing acts on the typed token, with no frame or timer in between', async ({
    lens,
    page,
  }) => {
    const typed = makeJws({ alg: 'HS256' }, { iss: 'https://typed.example/tenant' });
    await lens.open();
    await lens.waitForEditor();
    // The page's clock stands still: the frame and the timer that would carry the keystroke never come.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await lens.paste(typed);
    const issuerField = page.getByLabel('Issuer for discovery');
    await issuerField.click();
    await expect(issuerField).toHaveAttribute('placeholder', 'https://typed.example/tenant');
    await page.clock.resume();
    await expect(await lens.settledVerdict()).toBeVisible();
  });
});

test.describe('Large text in the token editor', () => {
  test('16,000 characters arriving as one input event are decoded', async ({ lens }) => {
    expect(LONG_JWS.length).toBeGreaterThanOrEqual(16_000);
    await lens.open();
    await lens.paste(LONG_JWS); // keyboard.insertText: one input event, as an IME commit or dictation
    await expect(lens.region('Payload')).toContainText('"long-payload"');
    await expect(lens.problems).toHaveCount(0);
  });

  test('a 17 MB paste is refused, the editor keeps only its start, and typing replaces it', async ({ lens, page }) => {
    await lens.open();
    await lens.pasteFromClipboard('A', SEVENTEEN_MB);

    const refusal = page.getByRole('alert').filter({ hasText: 'Refused' });
    await expect(refusal).toContainText('Refused: 17 MB, limit 16 MB.');
    await expect(lens.finding('input-too-large')).toContainText('17,825,792 characters');
    await expect(lens.tokenInput).toHaveAttribute('aria-readonly', 'true');
    // Only the start is kept (Monaco draws only the lines in view, so count what is drawn).
    await expect(editorText(page)).toContainText('AAAAAAAA');
    expect((await editorText(page).textContent())?.length ?? 0).toBeLessThanOrEqual(2_000);

    await page.keyboard.type('eyJ');
    await expect(editorText(page)).toHaveText('eyJ');
    await expect(refusal).toHaveCount(0);
    await expect(lens.finding('input-too-large')).toHaveCount(0);

    // The bar's own way out: clear, and the editor is empty and focused.
    await lens.tokenInput.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await refusal.getByRole('button', { name: 'Clear the refused input' }).click();
    await expect(refusal).toHaveCount(0);
    await expect(lens.tokenInput).toBeFocused();
    await page.keyboard.insertText(JWS);
    await expect(lens.region('Payload')).toContainText('"keyboard-user"');
  });
});

test.describe('The address forgets the token', () => {
  test('#id_token= with state: decoded, then the token leaves the address and state stays', async ({ lens, page }) => {
    await lens.open(`#id_token=${JWS}&state=x`);
    await expect(lens.region('Payload')).toContainText('"keyboard-user"');
    await expect(
      page.getByRole('status').filter({ hasText: 'The token was removed from the address bar.' }),
    ).toBeVisible();
    const href = await page.evaluate(() => location.href);
    expect(href).not.toContain(JWS);
    expect(href).not.toContain('id_token');
    expect(new URL(href).hash).toBe('#state=x');
  });

  test('?token= with another parameter: decoded, and only the token leaves the address', async ({
    lens,
    page,
    baseURL,
  }) => {
    await lens.open(`?lang=en&token=${JWS}`);
    await expect(lens.region('Payload')).toContainText('"keyboard-user"');
    await expect(page.getByText('The token was removed from the address bar.')).toBeVisible();
    const href = await page.evaluate(() => location.href);
    expect(href).not.toContain(JWS);
    expect(href).toBe(`${new URL(baseURL ?? '').origin}/?lang=en`);
  });

  test('a #token= added to the open page is decoded and removed too', async ({ lens, page }) => {
    await lens.open();
    await expect(page.getByText('The token was removed from the address bar.')).toHaveCount(0);
    await page.evaluate((token) => (location.hash = `token=${token}`), JWS);
    await expect(lens.region('Payload')).toContainText('"keyboard-user"');
    await expect.poll(() => page.evaluate(() => location.href)).not.toContain(JWS);
    await expect(page.getByText('The token was removed from the address bar.')).toBeVisible();

    // Typing a token of one's own ends the notice: it is about the token the address brought.
    await lens.paste(makeJws({ alg: 'HS256' }, { sub: 'typed' }));
    await expect(page.getByText('The token was removed from the address bar.')).toHaveCount(0);
  });
});
