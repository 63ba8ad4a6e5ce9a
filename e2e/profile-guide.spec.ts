import { expect, test } from './support/fixtures';
import { makeJws } from './support/tokens';

/*
 * Issue 11, part 5 "Teaching": a page per token profile, built from the same table the engine runs, with
 * the mistakes seen with that profile. The fixture asserts no request left the serving origin.
 */
const NOW = Math.floor(Date.now() / 1000);
const LOGOUT_CLAIMS = {
  iss: 'https://op.example',
  aud: 'client-1',
  iat: NOW,
  exp: NOW + 120,
  jti: 'l-1',
  sid: 's-1',
  events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
};

test.describe('Token profiles explained', () => {
  test('picking "DPoP proof" shows its rule table: htu at RFC 9449 §4.3 step 9, with the HTTP URI', async ({
    lens,
  }) => {
    await lens.open();
    await lens.settledVerdict();
    const guide = lens.region('Token profiles explained');
    await guide.scrollIntoViewIfNeeded();
    await guide.getByLabel('Profile to explain').selectOption({ label: 'DPoP proof' });

    const page = guide.getByRole('article', { name: 'DPoP proof explained' });
    await expect(page.getByRole('definition').filter({ hasText: 'dpop+jwt' })).toBeVisible();
    const rules = page.getByRole('table', { name: 'Rules' });
    await expect(rules).toContainText('RFC 9449 §4.3 step 9');
    const htu = rules.getByRole('row').filter({ hasText: 'htu equals the request URI without query and fragment' });
    await expect(htu.getByRole('cell')).toHaveText(['RFC 9449 §4.3 step 9', /^dpop-htu-mismatch/, 'HTTP URI']);

    const mistakes = page.getByRole('region', { name: 'Common mistakes' });
    await expect(mistakes.getByRole('listitem').filter({ hasText: 'with a query string' })).toContainText(
      'dpop-htu-mismatch',
    );
  });

  test('the guide opens on the profile the token was validated as, and follows the next token', async ({ lens }) => {
    await lens.open();
    await lens.paste(makeJws({ alg: 'RS256', typ: 'logout+jwt' }, LOGOUT_CLAIMS));
    await lens.settledVerdict();
    const guide = lens.region('Token profiles explained');
    await expect(guide.getByLabel('Profile to explain')).toHaveValue('logout-token');
    await expect(guide).toContainText('This token was validated as Logout token.');
    await expect(guide.getByRole('region', { name: 'Common mistakes' })).toContainText('profile-claim-forbidden');

    await lens.paste(makeJws({ alg: 'RS256', typ: 'at+jwt' }, { iss: 'https://as.example', client_id: 'c' }));
    await lens.settledVerdict();
    await expect(guide.getByLabel('Profile to explain')).toHaveValue('access-token');
  });
});
