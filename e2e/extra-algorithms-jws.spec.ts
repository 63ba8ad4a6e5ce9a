import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { expect, test } from './support/fixtures';

/*
 * Signatures Chromium's WebCrypto lacks, verified through the lazily loaded noble engine: an ES256K
 * (RFC 8812 §3.2) and an Ed448 (RFC 9864 §2.2) token made by node:crypto, pasted with their PEM public
 * keys; an ML-DSA-65 key made in "Keys", then a token issued with it and inspected. The engine's chunk is
 * fetched only when a token or key needs it.
 */

const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');
const CLAIMS = { iss: 'https://issuer.example', sub: 'user-42', exp: 4_102_444_800 };
/** The noble engine and the @noble libraries it imports, in the main bundle or the inspection worker's. */
const NOBLE_CHUNK = /\/assets\/(noble-jws|secp256k1|ed448|ml-dsa)[^/]*\.js$/;

function signedBy(alg: string, privateKey: KeyObject): string {
  const input = `${b64url(JSON.stringify({ alg, typ: 'JWT' }))}.${b64url(JSON.stringify(CLAIMS))}`;
  const signature =
    alg === 'ES256K'
      ? sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' })
      : sign(null, Buffer.from(input), privateKey);
  return `${input}.${b64url(signature)}`;
}

function pemOf(key: KeyObject): string {
  return String(key.export({ type: 'spki', format: 'pem' }));
}

test.describe('Signatures beyond WebCrypto, on the noble engine', () => {
  test('the sample needs no noble chunk; an ES256K token with its PEM key fetches it and is valid', async ({
    lens,
    requests,
  }) => {
    await lens.open();
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
    expect(requests.filter((url) => NOBLE_CHUNK.test(url))).toEqual([]);

    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    await lens.paste(signedBy('ES256K', privateKey));
    await lens.setVerificationKey(pemOf(publicKey));
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(verdict).toContainText('Signature verified with EC secp256k1 public key');
    expect(requests.filter((url) => NOBLE_CHUNK.test(url)).length).toBeGreaterThan(0);
  });

  test('an Ed448 token with its PEM key is valid, and invalid once its payload changes', async ({ lens }) => {
    const { privateKey, publicKey } = generateKeyPairSync('ed448');
    const token = signedBy('Ed448', privateKey);
    await lens.open();
    await lens.paste(token);
    await lens.setVerificationKey(pemOf(publicKey));
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');

    const [header, payload = '', signature] = token.split('.');
    await lens.paste(
      `${header}.${payload.slice(0, -2)}${payload.endsWith('A') ? 'Q' : 'A'}${payload.slice(-1)}.${signature}`,
    );
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'invalid');
    await expect(lens.verdict.locator('[data-finding="signature-invalid"]').first()).toBeVisible();
  });

  test('an ML-DSA-65 key generated in "Keys" issues a token that inspects as valid', async ({ lens, page }) => {
    await lens.open();
    await lens.openView('Keys');
    const keys = lens.region('Keys');
    await keys.getByLabel('Key type').selectOption({ label: 'ML-DSA-65 key pair' });
    await keys.getByRole('button', { name: 'Generate key' }).click();
    const generated = keys.locator('[data-generated-kind="ML-DSA-65"]');
    await expect(generated).toContainText('for ML-DSA-65', { timeout: 20_000 });
    const privateJwk =
      (await generated.getByRole('region', { name: 'Private JWK' }).locator('pre').textContent()) ?? '';
    expect(JSON.parse(privateJwk)).toMatchObject({ kty: 'AKP', alg: 'ML-DSA-65' });

    await lens.openView('Issue a token');
    await page.getByLabel('Signing algorithm').selectOption('ML-DSA-65');
    await lens.issuerPanel.getByLabel('Signing key', { exact: true }).fill(privateJwk);
    const verdict = await lens.signAndInspect();
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(lens.region('Header')).toContainText('"ML-DSA-65"');
  });

  test('without the noble chunk an ES256K token is not called invalid, and verifies once it loads', async ({
    lens,
    page,
  }) => {
    const engine = /\/assets\/noble-jws-[^/]*\.js$/;
    await page.route(engine, (route) => route.abort('internetdisconnected'));
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    const token = signedBy('ES256K', privateKey);
    await lens.open();
    await lens.paste(token);
    await lens.setVerificationKey(pemOf(publicKey));
    const verdict = await lens.settledVerdict();
    await expect(verdict).not.toHaveAttribute('data-signature', 'valid');
    await expect(verdict).not.toHaveAttribute('data-signature', 'invalid');

    // A failed import is forgotten: the next inspection loads the engine.
    await page.unroute(engine);
    await lens.setVerificationKey('');
    await lens.setVerificationKey(pemOf(publicKey));
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
  });
});
