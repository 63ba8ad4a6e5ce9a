import { expect, test } from './support/fixtures';
import { ISSUER } from './support/issuer';
import { b64url } from './support/tokens';

test.describe('Keys from the network, fetched only when the user asks', () => {
  test('the built-in default: "Fetch keys" verifies the sample with the app-relative JWKS', async ({ lens, page }) => {
    await lens.open();
    await page.getByLabel('Verification key').fill('');
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'not-verified');
    await expect(page.getByLabel('JWKS URL')).toHaveValue('./.well-known/jwks.json');
    await page.getByRole('button', { name: 'Fetch keys' }).click();
    await expect(lens.keySetStatus).toHaveAttribute('data-jwks-status', 'loaded');
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
    await expect(page.getByRole('table', { name: 'Fetched keys' }).locator('tr[data-verified="true"]')).toHaveCount(1);
  });

  test('pasting a token that names URLs fetches nothing', async ({ lens, issuer }) => {
    const header = { alg: 'RS256', kid: 'k', jku: issuer.jwksUri, x5u: `${issuer.url}/cert.pem` };
    const token = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify({ iss: issuer.url }))}.${b64url('sig')}`;
    await lens.open();
    await lens.paste(token);
    await lens.settledVerdict();
    // A fact about the header, so the decoder reports it: it is listed under Problems.
    await expect(lens.problems.locator('[data-finding="header-key-ignored"]')).toHaveCount(2);
    expect(await issuer.requestLog()).toEqual([]);
  });
});

test.describe('Against a real issuer on another origin (CORS is real)', () => {
  test.use({ allowedOrigins: [ISSUER] });

  test('discovery → JWKS → verified', async ({ lens, page, issuer }) => {
    const token = await issuer.mint();
    await lens.open();
    await lens.paste(token);
    await page.getByLabel('Verification key').fill('');
    await expect(page.getByText(`Will request ${issuer.discoveryUrl}`)).toBeVisible();
    expect(await issuer.requestLog()).toEqual([]);
    await page.getByRole('button', { name: 'Discover from issuer' }).click();
    await expect(lens.keySetStatus).toHaveAttribute('data-jwks-status', 'loaded');
    await expect(page.getByLabel('JWKS URL')).toHaveValue(issuer.jwksUri);
    await expect(lens.keySetStatus).toContainText(/fetched \d+ s ago · refresh in 9 min|refresh in 10 min/);
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
    const paths = (await issuer.requestLog()).map((r) => `${r.method} ${r.path}`);
    // The log speaks of paths inside this test's issuer.
    expect(paths.filter((p) => p.startsWith('GET'))).toEqual([
      'GET /.well-known/openid-configuration',
      'GET /jwks.json',
    ]);
  });

  test('SD-JWT VC §5: "JWT VC issuer keys" reads /.well-known/jwt-vc-issuer/<path>, then its jwks_uri', async ({
    lens,
    page,
    issuer,
  }) => {
    const token = await issuer.mint();
    await lens.open();
    await lens.paste(token);
    await page.getByLabel('Verification key').fill('');
    await page.getByRole('button', { name: 'JWT VC issuer keys' }).click();
    await expect(lens.keySetStatus).toHaveAttribute('data-jwks-status', 'loaded');
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
    const paths = (await issuer.requestLog()).map((r) => `${r.method} ${r.path}`);
    expect(paths.filter((p) => p.startsWith('GET'))).toEqual(['GET /.well-known/jwt-vc-issuer', 'GET /jwks.json']);
  });

  test('RFC 8414: an OAuth server without an OpenID configuration is discovered through its metadata', async ({
    lens,
    page,
    issuer,
  }) => {
    const token = await issuer.mint();
    await lens.open();
    await lens.paste(token);
    await page.getByLabel('Verification key').fill('');
    await page.getByLabel('Issuer for discovery').fill(`${issuer.url}/oauth-only`);
    await page.getByRole('button', { name: 'Discover from issuer' }).click();
    await expect(lens.keySetStatus).toHaveAttribute('data-jwks-status', 'loaded');
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
    const paths = (await issuer.requestLog()).map((r) => `${r.method} ${r.path}`);
    expect(paths.filter((p) => p.startsWith('GET'))).toEqual([
      'GET /oauth-only/.well-known/openid-configuration',
      'GET /.well-known/oauth-authorization-server/oauth-only',
      'GET /jwks.json',
    ]);
  });

  test('rotation: a new kid refetches once and verifies; a removed key gives key-not-found', async ({
    lens,
    page,
    issuer,
  }) => {
    const oldToken = await issuer.mint();
    await lens.open();
    await lens.paste(oldToken);
    await page.getByLabel('Verification key').fill('');
    await lens.fetchKeys(issuer.jwksUri);
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');

    // The issuer publishes a new key and signs with it; our cached set does not know the kid yet.
    const newKid = await issuer.rotate();
    const newToken = await issuer.mint({}, { kid: newKid });
    await lens.paste(newToken);
    await expect(lens.keySetStatus).toContainText('refetched because the token’s kid was not in the cached set');
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
    const jwksGets = async () =>
      (await issuer.requestLog()).filter((r) => r.method === 'GET' && r.path.endsWith('/jwks.json'));
    expect(await jwksGets()).toHaveLength(2);
    await expect(page.getByRole('table', { name: 'Fetched keys' }).locator('tbody tr')).toHaveCount(2);

    // The old key is retired; after a refresh, the old token's kid is gone.
    const oldKid = await issuer.retire();
    await page.getByRole('button', { name: 'Refresh now' }).click();
    await expect(page.getByRole('table', { name: 'Fetched keys' }).locator('tbody tr')).toHaveCount(1);
    await lens.paste(oldToken);
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'not-verified');
    await expect(verdict.locator('[data-finding="key-not-found"]')).toContainText(oldKid);
    await expect(verdict.locator('[data-finding="key-not-found"]')).toContainText(newKid);
    // Within the 30 s cooldown the unknown kid does not trigger another fetch.
    expect(await jwksGets()).toHaveLength(3);
  });

  test('a refresh revalidates with the ETag (304)', async ({ lens, page, issuer }) => {
    await lens.open();
    await lens.fetchKeys(issuer.jwksUri);
    await expect(lens.keySetStatus).toHaveAttribute('data-jwks-status', 'loaded');
    await page.getByRole('button', { name: 'Refresh now' }).click();
    await expect(lens.keySetStatus).toContainText('unchanged (ETag revalidated)');
    const jwks = (await issuer.requestLog()).filter((r) => r.path.endsWith('/jwks.json'));
    expect(jwks.at(-1)).toMatchObject({ status: 304 });
    expect(jwks.at(-1)?.ifNoneMatch).toBeTruthy();
  });

  const FAILURES = [
    { kind: 'no-cors', code: 'jwks-cors-or-network', text: 'Failed to fetch' },
    { kind: '404', code: 'jwks-http-status', text: 'HTTP 404' },
    { kind: '500', code: 'jwks-http-status', text: 'HTTP 500' },
    { kind: 'slow', code: 'jwks-timeout', text: 'did not answer within 5 s' },
    { kind: 'huge', code: 'jwks-too-large', text: 'more than 1,000,000 bytes' },
    { kind: 'html', code: 'jwks-not-json', text: 'HTML page' },
    { kind: 'not-jwks', code: 'jwks-not-a-jwks', text: 'no "keys" array' },
  ] as const;
  for (const failure of FAILURES) {
    test(`a misbehaving JWKS URL (${failure.kind}) says what went wrong and how to fix it`, async ({
      lens,
      issuer,
    }) => {
      await lens.open();
      await lens.fetchKeys(issuer.brokenJwksUri(failure.kind));
      await expect(lens.keySetStatus).toHaveAttribute('data-jwks-status', 'failed', { timeout: 15_000 });
      const problem = lens.keySetStatus.locator(`[data-finding="${failure.code}"]`);
      await expect(problem).toContainText(failure.text);
      if (failure.kind === 'no-cors') await expect(problem).toContainText('paste the JWKS');
      await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
    });
  }

  test('discovery that names another issuer is refused', async ({ lens, page, issuer }) => {
    await lens.open();
    await page.getByLabel('Issuer for discovery').fill(`${issuer.url}/wrong-issuer`);
    await page.getByRole('button', { name: 'Discover from issuer' }).click();
    await expect(lens.keySetStatus.locator('[data-finding="discovery-issuer-mismatch"]')).toContainText('someone-else');
    expect((await issuer.requestLog()).some((r) => r.path.endsWith('/jwks.json'))).toBe(false);
  });
});
