import { expect, test } from './support/fixtures';
import { DPOP_HTU, dpopProof, graphAccessToken, idTokenFor } from './support/profile-tokens';

/*
 * Issue 11, token profiles: what a token is for decides which rules apply ("Validate as"), and what the
 * relying party knows from its side of the exchange (access token, HTTP request) is checked against it.
 */
const ACCESS_TOKEN = 'SlAV32hkKG.access-token-from-the-authorization-endpoint';

test.describe('ID token (OpenID Connect Core §3.1.3.6): at_hash against the access token typed in', () => {
  test('the right access token passes at_hash; another one is at-hash-mismatch', async ({ lens }) => {
    const { token, publicKeyPem } = idTokenFor(ACCESS_TOKEN);
    await lens.open();
    await lens.paste(token);
    await lens.setVerificationKey(publicKeyPem);
    let verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(verdict).toHaveAttribute('data-profile', 'id-token');
    await expect(lens.profilePanel).toContainText('Auto: detected ID token — has nonce and at_hash');

    await lens.fillContext('Access token', ACCESS_TOKEN);
    verdict = await lens.settledVerdict();
    await expect(lens.profileCheck('at_hash')).toHaveAttribute('data-status', 'passed');
    await expect(lens.profileCheck('at_hash')).toContainText('passed');
    await expect(verdict).toHaveAttribute('data-claims', 'valid');
    await expect(lens.finding('at-hash-mismatch')).toHaveCount(0);

    await lens.fillContext('Access token', `${ACCESS_TOKEN}-another`);
    verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-claims', 'invalid');
    await expect(lens.profileCheck('at_hash')).toHaveAttribute('data-status', 'failed');
    await expect(lens.profileCheck('at_hash')).toHaveAttribute('data-finding', 'at-hash-mismatch');
    await expect(lens.profileCheck('at_hash')).toContainText('failed');
    await expect(verdict.locator('[data-finding="at-hash-mismatch"]')).toContainText('at_hash');
  });
});

test.describe('DPoP proof (RFC 9449 §4.3): verified with its own header key, htm and htu against the request', () => {
  test('alone it verifies with its own jwk; htu ignores the query; another path is dpop-htu-mismatch', async ({
    lens,
  }) => {
    await lens.open();
    await lens.paste(dpopProof().token);
    let verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(verdict).toHaveAttribute('data-profile', 'dpop-proof');
    await expect(verdict.locator('[data-finding="dpop-key-embedded"]')).toContainText('own header');
    // The decoder's "header jwk ignored" does not hold for a DPoP proof: nowhere on the page.
    await expect(lens.finding('header-key-ignored')).toHaveCount(0);
    await expect(lens.profilePanel).toContainText('Auto: detected DPoP proof — typ is "dpop+jwt"');
    // Only what a DPoP proof's rules read is asked for.
    await expect(lens.contextInput('HTTP method')).toBeVisible();
    await expect(lens.contextInput('Nonce')).toHaveCount(0);

    await lens.fillContext('HTTP method', 'POST');
    await lens.fillContext('HTTP URI', `${DPOP_HTU}?x=1`);
    verdict = await lens.settledVerdict();
    await expect(lens.profileCheck('htm')).toHaveAttribute('data-status', 'passed');
    await expect(lens.profileCheck('htu')).toHaveAttribute('data-status', 'passed');
    await expect(verdict).toHaveAttribute('data-claims', 'valid');

    await lens.fillContext('HTTP URI', 'https://api.example.com/other');
    verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-claims', 'invalid');
    await expect(lens.profileCheck('htu')).toHaveAttribute('data-finding', 'dpop-htu-mismatch');
    await expect(lens.profileCheck('htu')).toContainText('https://api.example.com/other');
    await expect(verdict.locator('[data-finding="dpop-htu-mismatch"]')).toBeVisible();
  });
});

test.describe('"Validate as" another profile (RFC 8725 §2.8): token confusion', () => {
  test('an ID token validated as an RFC 9068 access token: token-confusion and profile-typ-mismatch', async ({
    lens,
  }) => {
    const { token, publicKeyPem } = idTokenFor(ACCESS_TOKEN);
    await lens.open();
    await lens.paste(token);
    await lens.setVerificationKey(publicKeyPem);
    await lens.validateAs('Access token (RFC 9068)');
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-profile', 'access-token');
    await expect(verdict).toHaveAttribute('data-claims', 'invalid');
    await expect(verdict.locator('[data-finding="token-confusion"]')).toContainText('ID token');
    await expect(verdict.locator('[data-finding="profile-typ-mismatch"]')).toBeVisible();
    await expect(lens.profilePanel.locator('[data-finding="profile-typ-mismatch"]')).toHaveAttribute(
      'data-status',
      'failed',
    );
    await expect(lens.profilePanel).toContainText('The token says it is an ID token — has nonce and at_hash');
  });

  test('a value typed for one profile is kept, listed and clearable when another profile hides it', async ({
    lens,
    page,
  }) => {
    await lens.open();
    await lens.paste(idTokenFor(ACCESS_TOKEN).token);
    await lens.settledVerdict();
    await lens.fillContext('Nonce', 'n-0S6_WzA2Mj');
    await lens.validateAs('DPoP proof');
    await lens.settledVerdict();
    await expect(lens.contextInput('Nonce')).toHaveCount(0);
    const hidden = lens.profilePanel.locator('[data-hidden-context]');
    await expect(hidden).toContainText('Kept but not used by the DPoP proof rules: Nonce.');
    await lens.validateAs('Auto');
    await expect(lens.contextInput('Nonce')).toHaveValue('n-0S6_WzA2Mj');
    await lens.validateAs('DPoP proof');
    await page.getByRole('button', { name: 'Clear hidden values' }).click();
    await expect(hidden).toHaveCount(0);
    await lens.validateAs('Auto');
    await expect(lens.contextInput('Nonce')).toHaveValue('');
  });
});

test.describe('Vendor notes', () => {
  test('a Microsoft Graph token: signature invalid even with the right key, and the report says why', async ({
    lens,
  }) => {
    const { token, publicKeyPem } = graphAccessToken();
    await lens.open();
    await lens.paste(token);
    await lens.setVerificationKey(publicKeyPem);
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'invalid');
    await expect(verdict.locator('[data-finding="vendor-graph-header-nonce"]')).toContainText('Microsoft Graph');
    await expect(lens.headline).toContainText('Microsoft Graph');
  });
});
