import { expect, test } from './support/fixtures';
import { b64url, makeJws } from './support/tokens';

/** Issue 9: a compact JWS whose header repeats one member 50,000 times froze the page for 50 s. */
const DUPLICATES = 50_000;
const HEADER = `{"alg":"HS256"${',"a":1'.repeat(DUPLICATES + 1)}}`;
const TOKEN = `${b64url(HEADER)}.${b64url('{"sub":"issue-9"}')}.${b64url(new Uint8Array(32).fill(7))}`;

test.describe('A header with 50,000 duplicate members (issue 9)', () => {
  test('is one grouped finding, and the page stays usable and offline', async ({ lens, requests, baseURL }) => {
    await lens.open();
    // Paste the way a user does: the token is on the clipboard, Ctrl+V into the focused editor.
    await lens.pasteFromClipboard(TOKEN);

    const duplicates = lens.problems.locator('[data-finding="json-duplicate-member"]');
    await expect(duplicates.last()).toContainText('and 49,997 more like it');
    await expect(duplicates).toHaveCount(3);
    await expect(duplicates.first()).toContainText('member "a" appears more than once');

    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'not-verified');
    await expect(lens.region('Header')).toContainText('"HS256"');

    // Still usable: the next paste is decoded and replaces the findings.
    await lens.paste(makeJws({ alg: 'ES256', typ: 'JWT' }, { sub: 'after-issue-9' }));
    await expect(lens.region('Payload')).toContainText('"after-issue-9"');
    await expect(lens.finding('json-duplicate-member')).toHaveCount(0);
    await lens.settledVerdict();

    const origin = new URL(baseURL ?? '').origin;
    expect(requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin)).toEqual([]);
  });
});
