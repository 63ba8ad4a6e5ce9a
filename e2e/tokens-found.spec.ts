import AxeBuilder from '@axe-core/playwright';
import { recordHar, type HarTokens } from '../test-support/record-har';
import { expect, test } from './support/fixtures';
import { idTokenFor } from './support/profile-tokens';
import { makeJws } from './support/tokens';

/*
 * Issue 13: people paste a curl command, a token response or a HAR file rather than a clean token.
 * Every token in it is listed with where it was; related ones fill each other's context.
 */
const ACCESS = makeJws({ alg: 'RS256', typ: 'at+jwt' }, { sub: 'user-248289761001', scope: 'orders:read' });

test('a pasted curl command: its token is inspected and labelled with the request', async ({ lens }) => {
  await lens.open();
  await lens.paste(
    `curl -X POST 'https://api.example/orders' \\\n  -H 'Authorization: Bearer ${ACCESS}' \\\n  -d '{}'`,
  );
  const region = lens.region('Tokens found');
  const button = region.getByRole('button', { name: 'Authorization header of POST https://api.example/orders' });
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(region).toContainText('One token in the pasted text');
  await expect(region).toContainText('JWS · alg RS256');
  await expect(lens.region('Payload')).toContainText('orders:read');
  await expect(lens.finding('input-normalized')).toHaveCount(0);
  // Nothing pasted is lost: the whole command is kept beside the list.
  await region.locator('summary', { hasText: 'The pasted text' }).click();
  await expect(region.locator('pre')).toContainText("curl -X POST 'https://api.example/orders'");
  const { violations } = await new AxeBuilder({ page: lens.page }).include('section[aria-labelledby]').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('a pasted token response: both tokens listed, and the ID token checks at_hash against its access token', async ({
  lens,
}) => {
  const { token: idToken, publicKeyPem } = idTokenFor(ACCESS);
  await lens.open();
  await lens.setVerificationKey(publicKeyPem);
  await lens.paste(
    JSON.stringify({ access_token: ACCESS, token_type: 'Bearer', expires_in: 3600, id_token: idToken }, null, 2),
  );
  const region = lens.region('Tokens found');
  await expect(region.getByRole('listitem').getByRole('button')).toHaveText([
    'access_token in the token response',
    'id_token in the token response',
  ]);
  await region.getByRole('button', { name: 'id_token in the token response' }).click();
  await expect(region.getByRole('button', { name: 'id_token in the token response' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(region).toContainText('Filled in from what came with it: Access token');
  const verdict = await lens.settledVerdict();
  await expect(verdict).toHaveAttribute('data-profile', 'id-token');
  await expect(verdict).toHaveAttribute('data-signature', 'valid');
  await expect(lens.profileCheck('at_hash')).toHaveAttribute('data-status', 'passed');
  await expect(lens.contextInput('Access token')).toHaveValue(ACCESS);

  // The other token is one click away.
  await region.getByRole('button', { name: 'access_token in the token response' }).click();
  await expect(lens.region('Payload')).toContainText('orders:read');
});

test('a token wrapped over lines is joined, and the list says so', async ({ lens }) => {
  await lens.open();
  await lens.paste(
    `Authorization: Bearer ${ACCESS.slice(0, 50)}\n    ${ACCESS.slice(50, 120)}\n    ${ACCESS.slice(120)}\nHost: api.example`,
  );
  await expect(lens.region('Tokens found').getByRole('listitem').getByRole('button')).toHaveText([
    'Authorization header (joined from 3 lines)',
  ]);
  await expect(lens.region('Tokens found')).toContainText(
    'Joined: 2 line breaks and the indentation after them removed.',
  );
  await expect(lens.region('Payload')).toContainText('orders:read');
});

test('a text with no token says so and keeps the decoder’s error', async ({ lens }) => {
  await lens.open();
  await lens.paste('version 1.2.3 released on 2026-11-30, see https://example.com/a.b.c');
  await expect(lens.region('Tokens found')).toContainText('No JWS, JWE or SD-JWT was found in the pasted text.');
  await expect(lens.verdict).toBeVisible();
});

const harTokens = (): HarTokens => ({
  clientAssertion: makeJws({ alg: 'RS256' }, { iss: 'app', sub: 'app', aud: 'https://as.example/token', jti: 'j1' }),
  accessToken: ACCESS,
  idToken: makeJws({ alg: 'RS256' }, { sub: 'alice', aud: 'app', nonce: 'n1' }),
  dpopAccessToken: makeJws({ alg: 'RS256', typ: 'at+jwt' }, { sub: 'alice', cnf: { jkt: 'x' } }),
  dpopProof: makeJws({ alg: 'ES256', typ: 'dpop+jwt' }, { htm: 'GET', htu: 'http://x/api/orders', jti: 'p1' }, 64),
  redirectIdToken: makeJws({ alg: 'RS256' }, { sub: 'alice', aud: 'app', nonce: 'n2' }),
  code: 'SplxlOBeZQQYbYS6WxSbIA',
  state: 'af0ifjsldkj',
  sessionToken: makeJws({ alg: 'HS256' }, { sub: 'alice', session: 's'.repeat(300) }),
});

test('an opened HAR file: every token listed with the method and URL of its request', async ({ lens }) => {
  const { har, origin } = await recordHar(harTokens());
  await lens.open();
  await lens.page.getByLabel('Open a file').setInputFiles({
    name: 'session.har',
    mimeType: 'application/json',
    buffer: Buffer.from(har),
  });
  const region = lens.region('Tokens found');
  await expect(region).toContainText('7 tokens in session.har');
  await expect(region.getByRole('listitem').getByRole('button')).toHaveText([
    `client_assertion parameter in the body of POST ${origin}/token`,
    `access_token in the token response of POST ${origin}/token`,
    `id_token in the token response of POST ${origin}/token`,
    `Authorization header (DPoP-bound) of GET ${origin}/api/orders`,
    `DPoP header of GET ${origin}/api/orders`,
    `cookie session (2 chunks joined) in the response to GET ${origin}/login`,
    `id_token parameter in the Location header of GET ${origin}/authorize?…`,
  ]);
  // The first is inspected at once; the DPoP proof brings its request and access token along.
  await expect(region.getByRole('listitem').getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');
  await region.getByRole('button', { name: `DPoP header of GET ${origin}/api/orders` }).click();
  await expect(lens.contextInput('HTTP URI')).toHaveValue(`${origin}/api/orders`);
  await expect(lens.contextInput('HTTP method')).toHaveValue('GET');
});

test('a file dropped on the page is opened like a chosen one', async ({ lens }) => {
  await lens.open();
  const text = `2026-11-30T10:00:00Z INFO verified token="${ACCESS}" for user=alice`;
  await lens.page.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'app.log', { type: 'text/plain' }));
    document
      .querySelector('main')
      ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, text);
  const region = lens.region('Tokens found');
  await expect(region).toContainText('One token in app.log');
  await expect(region.getByRole('button', { name: 'token in a log line' })).toHaveAttribute('aria-pressed', 'true');
  await expect(lens.region('Payload')).toContainText('orders:read');
});

test('a file that is exactly one token is inspected as it is', async ({ lens }) => {
  await lens.open();
  await lens.page
    .getByLabel('Open a file')
    .setInputFiles({ name: 'token.jwt', mimeType: 'text/plain', buffer: Buffer.from(`${ACCESS}\n`) });
  await expect(lens.region('Payload')).toContainText('orders:read');
  await expect(lens.region('Tokens found')).toHaveCount(0);
});
