import { generateKeyPairSync, sign } from 'node:crypto';
import { CompactEncrypt } from 'jose';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { b64url, makeJws, SAMPLE_VERIFICATION_KEY } from './support/tokens';

/*
 * Issue 10, "truthful at a glance": the first paste of a real token just works, keys belong to the token
 * they came with, and the verdict's headline reads in one look.
 */
const CLAIMS = { iss: 'https://login.other.example', sub: 'u-1', aud: 'api', exp: 4_102_444_800 };

/** A real-shaped RS256 token with a kid, signed by a key of this test's own (node:crypto). */
function rs256FromElsewhere(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const input = `${b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'other-2024-07' }))}.${b64url(JSON.stringify(CLAIMS))}`;
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

const headlineOf = (page: Page) => page.getByRole('status', { name: 'Verdict' }).locator('[data-headline]');
const keys = (page: Page) => page.getByRole('region', { name: 'Keys', exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test.describe('Keys belong to the token they came with', () => {
  test('a pasted RS256 token from elsewhere: not verified (no key for it), and the sample’s key leaves', async ({
    lens,
    page,
  }) => {
    await lens.open();
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
    await lens.paste(rs256FromElsewhere());
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'not-verified');
    await expect(headlineOf(page)).toHaveText(/^Signature not verified: no key for this token/);
    await expect(keys(page).getByRole('status')).toHaveText(/^The sample’s key was removed/);
    await expect(page.getByLabel('Verification key')).toHaveValue('');
  });

  test('"Clear" removes the sample’s key too; "Load sample" brings it back', async ({ lens, page }) => {
    await lens.open();
    await lens.settledVerdict();
    await button(page, 'Clear').click();
    await expect(keys(page).getByRole('status')).toHaveText(/^The sample’s key was removed/);
    await expect(page.getByLabel('Verification key')).toHaveValue('');
    await lens.paste(rs256FromElsewhere());
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'not-verified');
    await button(page, 'Load sample').click();
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
    await expect(keys(page).getByRole('status')).toHaveCount(0);
  });

  test('a key the user typed stays when another token is pasted', async ({ lens, page }) => {
    const typed = String(
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }),
    );
    await lens.open();
    await page.getByLabel('Verification key').fill(typed);
    await lens.paste(rs256FromElsewhere());
    await lens.settledVerdict();
    await expect(page.getByLabel('Verification key')).toHaveValue(typed);
    await expect(keys(page).getByRole('status')).toHaveCount(0);
  });

  test('an RSA key left beside an HS256 token is "not used for this token", and blamed for nothing', async ({
    lens,
    page,
  }) => {
    await lens.open();
    await lens.paste(makeJws({ alg: 'HS256', typ: 'JWT' }, CLAIMS));
    await page.getByLabel('Verification key').fill(SAMPLE_VERIFICATION_KEY);
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'not-verified');
    await expect(headlineOf(page)).toHaveText(/^Signature not verified: no key for this token/);
    const note = keys(page).locator('[data-finding="key-alg-mismatch"]');
    await expect(note).toHaveAttribute('data-key-use', 'not-used');
    await expect(note).toContainText('Not used for this token');
    await expect(verdict.locator('[data-finding="key-alg-mismatch"]')).toHaveCount(0);
    await expect(verdict.locator('[data-finding]', { hasText: /confusion/ })).toHaveCount(0);
  });
});

test.describe('The headline, readable in one look', () => {
  const [header = '', payload = ''] = makeJws({ alg: 'RS256', typ: 'JWT' }, CLAIMS).split('.');
  const MALFORMED = [
    { name: 'a signature that is not base64url', token: `${header}.${payload}.not+base64url/==` },
    { name: 'a token wrapped over lines', token: `${header}.${payload.slice(0, 20)}\n${payload.slice(20)}.c2ln` },
    { name: 'five dotted parts of junk', token: 'junk.more.stuff.here.yes' },
  ];
  for (const { name, token } of MALFORMED) {
    test(`${name}: "Not a valid token"`, async ({ lens, page }) => {
      await lens.open();
      await lens.paste(token);
      await lens.settledVerdict();
      await expect(headlineOf(page)).toHaveText(/^Not a valid token: /);
      await expect(headlineOf(page)).not.toHaveText(/verif|key/i);
    });
  }

  test('the key description is a detail, not the headline', async ({ lens, page }) => {
    await lens.open();
    const verdict = await lens.settledVerdict();
    await expect(headlineOf(page)).toHaveText(/^Signature verified · expires in/);
    await expect(verdict.locator('[data-finding="signature-valid"]')).toContainText('RSA public key, 2048 bits');
  });
});

test.describe('A key in the wrong box is recognised and offered', () => {
  test('a JWE private key pasted as the verification key: one click moves it, and the token decrypts', async ({
    lens,
    page,
  }) => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwe = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(CLAIMS)))
      .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })
      .encrypt(publicKey);
    await lens.open();
    await lens.paste(jwe);
    await page.getByLabel('Verification key').fill(JSON.stringify(privateKey.export({ format: 'jwk' })));
    await expect(await lens.settledVerdict()).toHaveAttribute('data-decryption', 'not-decrypted');
    const offer = keys(page).locator('[data-finding="key-in-wrong-box"]');
    await expect(offer).toContainText('This is a private key for decryption — use it as the decryption key?');
    await offer.getByRole('button', { name: 'Use it as the decryption key' }).click();
    await expect(page.getByLabel('Verification key')).toHaveValue('');
    await expect(page.getByLabel('Decryption key')).not.toHaveValue('');
    await expect(await lens.settledVerdict()).toHaveAttribute('data-decryption', 'decrypted');
    await expect(lens.region('Payload')).toContainText('login.other.example');
    await expect(keys(page).locator('[data-finding="key-in-wrong-box"]')).toHaveCount(0);
  });
});

test.describe('Clear all', () => {
  test('empties the token, both keys, the expectations and the fetched key set', async ({ lens, page }) => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwe = await new CompactEncrypt(new TextEncoder().encode('{}'))
      .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })
      .encrypt(publicKey);
    await lens.open();
    await lens.paste(jwe);
    await page.getByLabel('Verification key').fill('typed verification key');
    await page.getByLabel('Decryption key').fill('typed decryption key');
    await page.getByLabel('Expected issuer').fill('https://issuer.example');
    await page.getByLabel('Expected audience').fill('api');
    await page.getByLabel('Allowed algorithms').fill('RS256');
    await page.getByRole('button', { name: 'Fetch keys' }).click();
    await expect(lens.keySetStatus).toHaveAttribute('data-jwks-status', 'loaded');

    await button(page, 'Clear all').click();
    await expect(headlineOf(page)).toHaveText('Nothing to inspect: paste a token');
    await expect(lens.region('Header')).toHaveCount(0);
    await expect(page.getByLabel('Verification key')).toHaveValue('');
    for (const label of ['Expected issuer', 'Expected audience', 'Allowed algorithms']) {
      await expect(page.getByLabel(label)).toHaveValue('');
    }
    await expect(lens.keySetStatus).toHaveAttribute('data-jwks-status', 'idle');
    // Typed keys survive a paste, so an empty box now shows that Clear all emptied it.
    await lens.paste(jwe);
    await expect(page.getByLabel('Decryption key')).toHaveValue('');
  });
});
