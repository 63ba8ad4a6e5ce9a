import { createHmac } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { b64url } from './support/tokens';

const SECRET = 'a-string-secret-at-least-256-bits-long';
const JWKS = JSON.stringify({ keys: [{ kty: 'oct', kid: 'k1', k: b64url(SECRET) }] });

/** An HS256 token over any header, even one a library would refuse to sign. */
function hs256(header: object, claims: object): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  return `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
}

test.describe('One truthful report', () => {
  test('the old verdict is never shown as settled under a new token', async ({ lens, page }) => {
    await lens.open();
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
    // Record, after every DOM change, whether the new token is already on screen (its Problems entry)
    // and what the verdict says then: its old "valid" must never stand there unmarked.
    await page.evaluate(() => {
      const states: string[] = [];
      Object.assign(window, { verdictStates: states });
      new MutationObserver(() => {
        const verdict = document.querySelector('[role="status"][aria-label="Verdict"]');
        const isNewTokenShown = document.querySelector('[data-finding="base64url-invalid"]') !== null;
        states.push(
          `${isNewTokenShown}:${verdict?.getAttribute('aria-busy')}:${verdict?.getAttribute('data-signature')}`,
        );
      }).observe(document.body, { attributes: true, childList: true, subtree: true, characterData: true });
    });
    await lens.paste('eyJhbGciOiJSUzI1NiJ9.e30.@@@');
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'invalid');
    const states = await page.evaluate(() => (window as unknown as { verdictStates: string[] }).verdictStates);
    const shown = states.filter((s) => s.startsWith('true:'));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).not.toContain('true:false:valid');
    expect(shown[0]).toBe('true:true:valid');
  });

  test('a kid of the wrong type matches no key of the set, and the report says why', async ({ lens, page }) => {
    await lens.open();
    await page.getByLabel('Verification key').fill(JWKS);
    await lens.paste(hs256({ alg: 'HS256', kid: 7 }, { sub: 'x', exp: 4_102_444_800 }));
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'invalid');
    await expect(lens.problems.locator('[data-finding="header-param-invalid"]')).toContainText('"kid"');
    // The same token with the kid as a string verifies with the same key set.
    await lens.paste(hs256({ alg: 'HS256', kid: 'k1' }, { sub: 'x', exp: 4_102_444_800 }));
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
  });

  test('what a pasted key was read as is shown beside its box, not in the verdict', async ({ lens, page }) => {
    await lens.open();
    await page.getByLabel('Verification key').fill(JWKS);
    await lens.paste(hs256({ alg: 'HS256', kid: 'k1' }, { sub: 'x', exp: 4_102_444_800 }));
    const verdict = await lens.settledVerdict();
    await expect(lens.region('Keys').locator('[data-finding="key-recognized"]')).toHaveCount(1);
    await expect(verdict.locator('[data-finding="key-recognized"]')).toHaveCount(0);
    await expect(verdict.locator('[data-finding="signature-valid"]')).toHaveCount(1);
  });
});
