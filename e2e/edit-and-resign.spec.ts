import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { Locator } from '@playwright/test';
import { encodeJson, hs256Jws } from '../test-support/build-token';
import { expect, test } from './support/fixtures';
import type { JwtLensPage } from './support/jwt-lens-page';

/*
 * Issue 13, item 5: "Edit and re-sign" opens "Issue a token" with the inspected token's header and claims
 * and, when the user loaded it, the key that signed it — the quickest way to ask "what if exp were later".
 */

const SECRET = 'edit-and-resign-shared-secret-of-32+-bytes';
const now = () => Math.floor(Date.now() / 1000);

/** Claims that expired an hour ago. */
function expiredClaims() {
  const t = now();
  return { iss: 'https://issuer.example', sub: 'user-42', iat: t - 7200, exp: t - 3600 };
}

/** A compact RS256 JWS signed by node:crypto (RSASSA-PKCS1-v1_5, RFC 7518 §3.3). */
function rs256Jws(header: Record<string, unknown>, claims: object, key: KeyObject): string {
  const input = `${encodeJson({ alg: 'RS256', typ: 'JWT', ...header })}.${encodeJson(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** Loads a token and its verification key in the inspector, and says how they were judged. */
async function inspectWithKey(lens: JwtLensPage, token: string, key: string): Promise<Locator> {
  await lens.open();
  await lens.paste(token);
  await lens.setVerificationKey(key);
  return lens.settledVerdict();
}

/** Clicks "Edit and re-sign" and waits for the issuer to say where its header and claims came from. */
async function editAndResign(lens: JwtLensPage): Promise<Locator> {
  await lens.page.getByRole('button', { name: 'Edit and re-sign' }).click();
  const note = lens.issuerPanel.getByRole('note', { name: 'Edit and re-sign' });
  await expect(note).toContainText('Editing the token from the inspector');
  return note;
}

/** Replaces the claims in the issuer's JSON editor (Monaco) the way a user does: select all, type. */
async function replaceClaims(lens: JwtLensPage, claims: object): Promise<void> {
  const editor = lens.issuerPanel.getByRole('textbox', { name: 'Claims (JSON)' });
  await expect(editor).toHaveAttribute('aria-roledescription', 'editor', { timeout: 20_000 });
  await editor.focus();
  await lens.page.keyboard.press('ControlOrMeta+A');
  await lens.page.keyboard.insertText(JSON.stringify(claims));
}

test.describe('Edit and re-sign (issue 13): from the inspector to "Issue a token" and back', () => {
  test('edit and re-sign changes exp and verifies: an expired HS256 token, its secret loaded', async ({ lens }) => {
    const claims = expiredClaims();
    const token = hs256Jws({ alg: 'HS256', typ: 'JWT' }, JSON.stringify(claims), SECRET);
    let verdict = await inspectWithKey(lens, token, SECRET);
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(verdict).toHaveAttribute('data-claims', 'invalid');

    const note = await editAndResign(lens);
    await expect(note).toContainText('signed again with your verification key (Secret');
    await expect(lens.issuerPanel.getByLabel('Signing algorithm', { exact: true })).toHaveValue('HS256');
    await expect(lens.issuerPanel.getByLabel('Signing key', { exact: true })).toHaveValue(SECRET);
    // The claims editor holds this token's claims, laid out on lines.
    await expect(lens.issuerPanel.locator('.view-lines').nth(1)).toContainText(String(claims.exp));

    const exp = now() + 3600;
    await replaceClaims(lens, { ...claims, exp });
    verdict = await lens.signAndInspect();
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(verdict).toHaveAttribute('data-claims', 'valid');
    await expect(lens.region('Payload')).toContainText(String(exp));
    await expect(lens.region('Payload')).not.toContainText(String(claims.exp));
    await expect(lens.region('Header')).toContainText('"HS256"');
  });

  test('a private RSA JWK pasted as the verification key signs the edited token again', async ({ lens, page }) => {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const privateJwk = JSON.stringify({ ...pair.privateKey.export({ format: 'jwk' }), kid: 'resign-rsa' });
    const claims = expiredClaims();
    const token = rs256Jws({ kid: 'resign-rsa' }, claims, pair.privateKey);
    await expect(await inspectWithKey(lens, token, privateJwk)).toHaveAttribute('data-signature', 'valid');

    const note = await editAndResign(lens);
    await expect(note).toHaveAttribute('data-resign-key', 'loaded');
    await expect(note).toContainText('RSA private key, 2048 bits, from a JWK, kid "resign-rsa"');
    await expect(lens.issuerPanel.getByLabel('Signing algorithm', { exact: true })).toHaveValue('RS256');

    await replaceClaims(lens, { ...claims, aud: 'another-api', exp: now() + 600 });
    let verdict = await lens.signAndInspect();
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(lens.region('Payload')).toContainText('"another-api"');
    await expect(lens.region('Header')).toContainText('"resign-rsa"');
    // Signed with the same key: the original public key, pasted on its own, verifies the new token.
    await lens.setVerificationKey(pair.publicKey.export({ format: 'pem', type: 'spki' }).toString());
    verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(verdict).toHaveAttribute('data-claims', 'valid');
    await expect(page.getByRole('button', { name: 'Edit and re-sign' })).toBeVisible();
  });

  test('with only a public key loaded, the issuer says no private key is loaded', async ({ lens }) => {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const token = rs256Jws({}, expiredClaims(), pair.privateKey);
    const publicPem = pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    await expect(await inspectWithKey(lens, token, publicPem)).toHaveAttribute('data-signature', 'valid');

    const note = await editAndResign(lens);
    await expect(note).toHaveAttribute('data-resign-key', 'none');
    await expect(note).toContainText('no private key loaded: paste or generate one for RS256');
    await expect(lens.issuerPanel.getByLabel('Signing key', { exact: true })).toHaveValue('');
    await expect(lens.issuerPanel.getByLabel('Signing algorithm', { exact: true })).toHaveValue('RS256');
  });
});
