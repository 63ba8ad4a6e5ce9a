import { generateKeyPairSync } from 'node:crypto';
import jose from 'node-jose';
import { expect, test } from './support/fixtures';
import { cookbook, cookbookNested, makeJws, SAMPLE_VERIFICATION_KEY } from './support/tokens';

/** RFC 7520 examples that WebCrypto in Chromium can check, each with the key the RFC gives. */
const SIGNED = [
  { name: 'RS256 (RFC 7520 §4.1)', file: 'jws/4_1.rsa_v15_signature.json' },
  { name: 'PS384 (RFC 7520 §4.2)', file: 'jws/4_2.rsa-pss_signature.json' },
  { name: 'ES512 (RFC 7520 §4.3)', file: 'jws/4_3.ecdsa_signature.json' },
  { name: 'HS256 (RFC 7520 §4.4)', file: 'jws/4_4.hmac-sha2_integrity_protection.json' },
  { name: 'EdDSA (RFC 8037 §A.4)', file: 'curve25519/jws.json' },
];
const ENCRYPTED = [
  { name: 'RSA-OAEP + A256GCM (RFC 7520 §5.2)', file: 'jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json' },
  {
    name: 'PBES2-HS512+A256KW (RFC 7520 §5.3)',
    file: 'jwe/5_3.key_wrap_using_pbes2-aes-keywrap_with-aes-cbc-hmac-sha2.json',
  },
  {
    name: 'ECDH-ES+A128KW (RFC 7520 §5.4)',
    file: 'jwe/5_4.key_agreement_with_key_wrapping_using_ecdh-es_and_aes-keywrap_with_aes-gcm.json',
  },
  { name: 'dir + A128GCM (RFC 7520 §5.6)', file: 'jwe/5_6.direct_encryption_using_aes-gcm.json' },
  { name: 'A256GCMKW (RFC 7520 §5.7)', file: 'jwe/5_7.key_wrap_using_aes-gcm_keywrap_with_aes-cbc-hmac-sha2.json' },
];

test.describe('Verifying in Chromium with pasted keys', () => {
  test('the sample verifies out of the box with its demo key', async ({ lens }) => {
    await lens.open();
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(verdict).toHaveAttribute('data-claims', 'valid');
    await expect(verdict).toHaveAttribute('data-decryption', 'not-applicable');
    await expect(verdict).toContainText('Signature verified with RSA public key, 2048 bits');
  });

  for (const { name, file } of SIGNED) {
    test(`${name}: valid with its key, invalid once tampered`, async ({ lens, page }) => {
      const vector = cookbook(file);
      const token = vector.output.compact ?? '';
      await lens.open();
      await lens.paste(token);
      await page.getByLabel('Verification key').fill(JSON.stringify(vector.input.key));
      await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
      await expect(lens.verdict.locator('[data-finding="signature-valid"]')).toBeVisible();

      const [header, payload = '', signature] = token.split('.');
      const tampered = `${header}.${payload.slice(0, -2)}${payload.endsWith('A') ? 'Q' : 'A'}${payload.slice(-1)}.${signature}`;
      await lens.paste(tampered);
      await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'invalid');
      await expect(lens.verdict.locator('[data-finding="signature-invalid"]').first()).toBeVisible();
    });
  }

  for (const { name, file } of ENCRYPTED) {
    test(`${name}: decrypted with its key`, async ({ lens, page }) => {
      const vector = cookbook(file);
      await lens.open();
      await lens.paste(vector.output.compact ?? '');
      await page.getByLabel('Decryption key').fill(vector.input.pwd ?? JSON.stringify(vector.input.key));
      const verdict = await lens.settledVerdict();
      await expect(verdict).toHaveAttribute('data-decryption', 'decrypted');
      await expect(verdict).toHaveAttribute('data-signature', 'not-applicable');
      // JSON plaintext is shown pretty-printed: compare without white space.
      const squeeze = (text: string) => text.replace(/\s/g, '');
      const start = squeeze(vector.input.plaintext ?? '').slice(0, 40);
      await expect.poll(async () => squeeze(await lens.region('Payload').innerText())).toContain(start);
    });
  }

  test('RSA1_5 (node-jose) decrypts on the second engine and is reported as deprecated', async ({ lens, page }) => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const recipient = await jose.JWK.asKey(privateKey.export({ format: 'jwk' }));
    const fields = { alg: 'RSA1_5', enc: 'A256GCM' };
    const token = String(
      await jose.JWE.createEncrypt({ format: 'compact', fields }, recipient).update('hobbits').final(),
    );
    await lens.open();
    await lens.paste(token);
    await page.getByLabel('Decryption key').fill(String(privateKey.export({ type: 'pkcs8', format: 'pem' })));
    await expect(await lens.settledVerdict()).toHaveAttribute('data-decryption', 'decrypted');
    await expect(lens.verdict.locator('[data-finding="alg-deprecated"]').first()).toBeVisible();
    await expect(lens.verdict.locator('[data-finding="alg-unsupported"]')).toHaveCount(0);
    await expect(lens.region('Payload')).toContainText('hobbits');
  });

  test('a nested token (RFC 7520 §6): decrypted, inner signature verified, claims expired', async ({ lens, page }) => {
    const nested = cookbookNested();
    await lens.open();
    await lens.paste(nested.encrypt.output.compact);
    await page.getByLabel('Decryption key').fill(JSON.stringify(nested.encrypt.input.key));
    await page.getByLabel('Verification key').fill(JSON.stringify(nested.sign.input.key));
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-decryption', 'decrypted');
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(verdict).toHaveAttribute('data-claims', 'invalid');
    await expect(verdict.locator('[data-finding="exp-expired"]')).toBeVisible();
    await expect(verdict.getByRole('list', { name: 'Layers' }).getByRole('listitem')).toHaveCount(2);
    await expect(lens.region('Payload')).toContainText('hobbiton.example');
    await expect(lens.region('Nested JWS')).toContainText('"PS256"');
  });
});

test.describe('Claim checks, all reported at once', () => {
  test('wrong audience and issuer and an expired token: every failure listed', async ({ lens, page }) => {
    const token = makeJws({ alg: 'HS256' }, { iss: 'https://a.test', aud: ['api', 'web'], exp: 1_000_000_000 });
    await lens.open();
    await lens.paste(token);
    await page.getByLabel('Expected issuer').fill('https://b.test');
    await page.getByLabel('Expected audience').fill('ap');
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-claims', 'invalid');
    for (const code of ['exp-expired', 'iss-mismatch', 'aud-mismatch']) {
      await expect(verdict.locator(`[data-finding="${code}"]`)).toBeVisible();
    }
    await expect(verdict).toHaveAttribute('data-signature', 'not-verified');
  });

  test('an algorithm outside the allow-list is refused', async ({ lens, page }) => {
    await lens.open();
    await page.getByLabel('Allowed algorithms').fill('ES256, EdDSA');
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'invalid');
    await expect(verdict.locator('[data-finding="alg-not-allowed"]')).toBeVisible();
  });

  test('an RSA public key offered for an HS256 token is never used as a secret', async ({ lens, page }) => {
    await lens.open();
    const forged = makeJws({ alg: 'HS256', kid: 'x' }, { sub: 'admin' });
    await lens.paste(forged);
    await page.getByLabel('Verification key').fill(SAMPLE_VERIFICATION_KEY);
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'not-verified');
    // The key was not used for this token: a note beside its box, never a finding against the token (issue 10).
    const note = lens.region('Keys').locator('[data-finding="key-alg-mismatch"]');
    await expect(note).toContainText('Not used for this token');
    await expect(note).toContainText('never use public-key bytes as an HMAC secret');
    await expect(verdict.locator('[data-finding="key-alg-mismatch"]')).toHaveCount(0);
  });
});
