import { createHmac, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { CompactEncrypt, CompactSign } from 'jose';
import { expect, test } from './support/fixtures';
import { JwtLensPage } from './support/jwt-lens-page';
import { b64url } from './support/tokens';

/*
 * Issue 14, item 2: "Copy share link" puts the token in the fragment (never the query) and, when asked,
 * the non-secret context; never a private key, a secret or a password; a live token is shared only after
 * a warning, or without its signature. Opening the link loads all of it and cleans the address bar.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const now = () => Math.floor(Date.now() / 1000);
const ISSUER = 'https://issuer.example';
const AUDIENCE = 'api://orders';
const JWKS_URL = 'https://issuer.example/.well-known/jwks.json';

/** An ES256 JWS (RFC 7518 §3.4) for these claims. */
function es256(claims: object, privateKey: KeyObject): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
    .sign(privateKey);
}

const shareOptions = (page: Page): Locator => page.getByRole('region', { name: 'Share link' });

/** Opens the share options, ticks what is asked, clicks `button`, and returns the link on the clipboard. */
async function copyShareLink(lens: JwtLensPage, include: string[], button: string): Promise<string> {
  await lens.page.evaluate(() => navigator.clipboard.writeText(''));
  await lens.page.getByRole('button', { name: 'Copy share link' }).click();
  const options = shareOptions(lens.page);
  for (const label of include) await options.getByRole('checkbox', { name: label }).check();
  await options.getByRole('button', { name: button }).click();
  await expect(options.getByRole('status')).toHaveText('Share link copied.');
  return lens.page.evaluate(() => navigator.clipboard.readText());
}

/** Opens a copied link in a new tab of the same browser, as the person it was sent to would. */
async function openLink(page: Page, link: string): Promise<JwtLensPage> {
  const other = new JwtLensPage(await page.context().newPage());
  await other.page.goto(link);
  await expect(other.tokenInput).toBeVisible();
  return other;
}

/** The fragment's parameters, and everything a reader could recover from them (the key decoded). */
function readLink(link: string): { url: URL; params: URLSearchParams; said: string } {
  const url = new URL(link);
  const params = new URLSearchParams(url.hash.slice(1));
  const key = Buffer.from(params.get('key') ?? '', 'base64url').toString('utf8');
  return { url, params, said: [link, decodeURIComponent(link), ...params.values(), key].join('\n') };
}

test('round trip: issuer, audience, algorithms, profile, JWKS URL and public key all arrive, and the address is cleaned', async ({
  lens,
  page,
}) => {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString().trim();
  // Expired: no live-credential warning, the plain "Copy the link" is offered.
  const token = await es256({ iss: ISSUER, aud: AUDIENCE, sub: 'alice', exp: now() - 3600 }, privateKey);
  await lens.open();
  await lens.paste(token);
  await lens.setVerificationKey(publicPem);
  await page.getByLabel('Expected issuer').fill(ISSUER);
  await page.getByLabel('Expected audience').fill(AUDIENCE);
  await page.getByLabel('Allowed algorithms').fill('ES256');
  await lens.validateAs('Access token (RFC 9068)');
  await page.getByRole('textbox', { name: 'JWKS URL' }).fill(JWKS_URL);
  await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');

  const link = await copyShareLink(
    lens,
    [
      'Include the issuer',
      'Include the audience',
      'Include the algorithms',
      'Include the profile',
      'Include the key set URL',
      'Include the public key',
    ],
    'Copy the link',
  );
  await expect(shareOptions(page).getByRole('alert')).toHaveCount(0);
  const { url, params } = readLink(link);
  expect(url.search).toBe('');
  expect(`${url.origin}${url.pathname}`).toBe(new URL(page.url()).href.split(/[?#]/)[0]);
  expect(params.get('token')).toBe(token);

  const other = await openLink(page, link);
  await expect(other.page.getByLabel('Expected issuer')).toHaveValue(ISSUER);
  await expect(other.page.getByLabel('Expected audience')).toHaveValue(AUDIENCE);
  await expect(other.page.getByLabel('Allowed algorithms')).toHaveValue('ES256');
  await expect(other.profilePanel.getByLabel('Validate as', { exact: true })).toHaveValue('access-token');
  await expect(other.page.getByRole('textbox', { name: 'JWKS URL' })).toHaveValue(JWKS_URL);
  await expect(other.page.getByLabel('Verification key')).toHaveValue(publicPem);
  const verdict = await other.settledVerdict();
  await expect(verdict).toHaveAttribute('data-signature', 'valid');
  await expect(verdict).toHaveAttribute('data-profile', 'access-token');
  await expect(other.region('Payload')).toContainText('alice');
  // The whole link left the address bar; nothing was fetched (the JWKS URL only fills its box).
  await expect.poll(() => new URL(other.page.url()).hash).toBe('');
  expect(new URL(other.page.url()).search).toBe('');
  await expect(other.page.getByText('The token was removed from the address bar.')).toBeVisible();
  await other.page.close();
});

test('a public JWK Set travels as a public key; unticked context stays behind', async ({ lens, page }) => {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwks = { keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'ES256' }] };
  const token = await es256({ iss: ISSUER, exp: now() - 60 }, privateKey);
  await lens.open();
  await lens.paste(token);
  await lens.setVerificationKey(JSON.stringify(jwks, null, 2));
  await page.getByLabel('Expected issuer').fill(ISSUER);

  const link = await copyShareLink(lens, ['Include the public key'], 'Copy the link');
  expect(readLink(link).params.has('iss')).toBe(false);
  const other = await openLink(page, link);
  // Rebuilt from its public members (kid and alg kept), in the order JWK members are listed.
  await expect(other.page.getByLabel('Verification key')).not.toHaveValue('');
  expect(JSON.parse(await other.page.getByLabel('Verification key').inputValue())).toEqual(jwks);
  await expect(await other.settledVerdict()).toHaveAttribute('data-signature', 'valid');
  await expect(other.page.getByLabel('Expected issuer')).toHaveValue('');
  await other.page.close();
});

test('a pasted private key, an HMAC secret and a PBES2 password never appear in the link', async ({ lens, page }) => {
  // Fresh secrets of this test's own.
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const privateJwk = privateKey.export({ format: 'jwk' });
  const signed = await es256({ iss: ISSUER, exp: now() - 60 }, privateKey);
  const hmacSecret = `hmac-${randomBytes(24).toString('hex')}`;
  const hmacInput = `${b64url(JSON.stringify({ alg: 'HS256' }))}.${b64url(JSON.stringify({ iss: ISSUER, exp: now() - 60 }))}`;
  const hmacToken = `${hmacInput}.${createHmac('sha256', hmacSecret).update(hmacInput).digest('base64url')}`;
  const password = `pbes2-${randomBytes(12).toString('hex')}`;
  const encrypted = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify({ iss: ISSUER })))
    .setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' })
    .setKeyManagementParameters({ p2c: 2048 })
    .encrypt(new TextEncoder().encode(password));
  const keyOption = () => shareOptions(page).getByRole('listitem').filter({ hasText: 'Include the public key' });
  await lens.open();

  await lens.paste(signed);
  await lens.setVerificationKey(privatePem);
  await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
  let link = await copyShareLink(lens, [], 'Copy the link');
  await expect(keyOption().getByRole('checkbox')).toBeDisabled();
  await expect(keyOption()).toContainText('not shared: it is a private key');
  for (const secret of [privatePem.split('\n')[1] ?? '', privateJwk.d ?? ''])
    expect(readLink(link).said).not.toContain(secret);
  await page.getByRole('button', { name: 'Copy share link' }).click();

  await lens.paste(hmacToken);
  await lens.setVerificationKey(hmacSecret);
  await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
  link = await copyShareLink(lens, [], 'Copy the link');
  await expect(keyOption()).toContainText('not shared: it is a secret');
  expect(readLink(link).said).not.toContain(hmacSecret);
  await page.getByRole('button', { name: 'Copy share link' }).click();

  await lens.paste(encrypted);
  await page.getByLabel('Decryption key').fill(password);
  await expect(await lens.settledVerdict()).toHaveAttribute('data-decryption', 'decrypted');
  // A JWE has no signature to remove: only the warned copy is offered.
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(shareOptions(page).getByRole('button', { name: 'Share without signature' })).toHaveCount(0);
  await expect(shareOptions(page)).toContainText('The decryption key (or password) is never shared.');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  link = await copyShareLink(lens, [], 'Copy the link with its signature');
  expect(readLink(link).params.get('token')).toBe(encrypted);
  expect(readLink(link).said).not.toContain(password);
});

test('a live token: warned as a live credential; "Share without signature" empties the signature and is marked when opened', async ({
  lens,
  page,
}) => {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const token = await es256({ iss: ISSUER, sub: 'bob', exp: now() + 3600 }, privateKey);
  await lens.open();
  await lens.paste(token);
  await lens.setVerificationKey(publicPem);
  const verdict = await lens.settledVerdict();
  await expect(verdict).toHaveAttribute('data-signature', 'valid');
  await expect(verdict).toHaveAttribute('data-claims', 'valid');

  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(shareOptions(page).getByRole('alert')).toContainText('This token is a live credential.');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await copyShareLink(lens, ['Include the public key'], 'Share without signature');
  const { params } = readLink(link);
  const [header, payload] = token.split('.');
  expect(params.get('token')).toBe(`${header}.${payload}.`);
  expect(params.get('unsigned')).toBe('1');
  expect(link).not.toContain(token.split('.')[2]);

  const other = await openLink(page, link);
  await expect(other.page.getByText('Shared without its signature')).toBeVisible();
  await expect(other.region('Payload')).toContainText('bob');
  await expect(other.page.getByLabel('Verification key')).toHaveValue(publicPem.trim());
  const shared = await other.settledVerdict();
  await expect(shared).not.toHaveAttribute('data-signature', 'valid');
  await expect.poll(() => new URL(other.page.url()).hash).toBe('');
  // Editing the token ends the note: it is about the token the link carried.
  await other.paste(token);
  await expect(other.page.getByText('Shared without its signature')).toHaveCount(0);
  await other.page.close();
});
