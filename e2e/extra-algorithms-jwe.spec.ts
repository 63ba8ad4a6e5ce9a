import { generateKeyPairSync } from 'node:crypto';
import jose from 'node-jose';
import { expect, test } from './support/fixtures';

/*
 * JWEs Chromium's WebCrypto cannot open (RSA1_5, 192-bit AES), decrypted through the lazily loaded
 * second JWE engine (node-forge and @noble): tokens made by node-jose, pasted with their keys, and one
 * made in "Issue a token". The engine's chunks are fetched only when a token needs them.
 */

const PAYLOAD = JSON.stringify({ iss: 'https://issuer.example', sub: 'user-42', exp: 4_102_444_800 });
/** The second JWE engine's chunks (@noble; node-forge's RSA for RSA1_5 alone), in the main bundle or the worker's. */
const JWE_ENGINE_CHUNK = /\/assets\/(noble-jwe|jwe-rsa15)-[^/]*\.js$/;
const FORGE_CHUNK = /\/assets\/jwe-rsa15-[^/]*\.js$/;

async function encryptWithNodeJose(jwk: object, fields: { alg: string; enc: string }): Promise<string> {
  const key = await jose.JWK.asKey(jwk);
  return String(await jose.JWE.createEncrypt({ format: 'compact', fields }, key).update(PAYLOAD).final());
}

function rsaPair() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    jwk: privateKey.export({ format: 'jwk' }),
    pem: String(privateKey.export({ type: 'pkcs8', format: 'pem' })),
  };
}

test.describe('JWEs beyond WebCrypto, on the second engine', () => {
  test('the sample needs no engine chunk; an RSA1_5 JWE with its PEM key decrypts and is called deprecated', async ({
    lens,
    page,
    requests,
  }) => {
    await lens.open();
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
    expect(requests.filter((url) => JWE_ENGINE_CHUNK.test(url))).toEqual([]);

    const rsa = rsaPair();
    await lens.paste(await encryptWithNodeJose(rsa.jwk, { alg: 'RSA1_5', enc: 'A128CBC-HS256' }));
    await page.getByLabel('Decryption key').fill(rsa.pem);
    const verdict = await lens.settledVerdict();
    await expect(verdict).toHaveAttribute('data-decryption', 'decrypted');
    await expect(lens.verdict.locator('[data-finding="alg-deprecated"]').first()).toBeVisible();
    await expect(lens.verdict.locator('[data-finding="alg-deprecated"]').first()).toContainText(/deprecated/i);
    await expect(lens.region('Payload')).toContainText('user-42');
    expect(requests.filter((url) => FORGE_CHUNK.test(url)).length).toBeGreaterThan(0);
  });

  test('a dir + A192GCM JWE decrypts with its 192-bit key (node-forge not fetched), and fails once its tag changes', async ({
    lens,
    page,
    requests,
  }) => {
    const key = { kty: 'oct', k: Buffer.alloc(24, 0x2a).toString('base64url') };
    const token = await encryptWithNodeJose(key, { alg: 'dir', enc: 'A192GCM' });
    await lens.open();
    await lens.paste(token);
    await page.getByLabel('Decryption key').fill(JSON.stringify(key));
    await expect(await lens.settledVerdict()).toHaveAttribute('data-decryption', 'decrypted');
    await expect(lens.region('Payload')).toContainText('user-42');
    expect(requests.filter((url) => FORGE_CHUNK.test(url))).toEqual([]);

    const parts = token.split('.');
    const tag = parts[4] ?? '';
    parts[4] = `${tag.slice(0, 5)}${tag[5] === 'A' ? 'B' : 'A'}${tag.slice(6)}`;
    await lens.paste(parts.join('.'));
    await expect(await lens.settledVerdict()).toHaveAttribute('data-decryption', 'failed');
    await expect(lens.verdict.locator('[data-finding="decryption-failed"]').first()).toBeVisible();
  });

  test('"Issue a token" encrypts with A192KW + A192CBC-HS384, and the inspector decrypts it', async ({
    lens,
    page,
  }) => {
    await lens.open();
    await lens.openView('Issue a token');
    await page.getByLabel('Output').selectOption('encrypt');
    await page.getByLabel('Key management algorithm').selectOption('A192KW');
    await page.getByLabel('Content encryption').selectOption('A192CBC-HS384');
    await page
      .getByLabel('Recipient key')
      .fill(JSON.stringify({ kty: 'oct', k: Buffer.alloc(24, 7).toString('base64url') }));
    await page.getByRole('button', { name: 'Encrypt', exact: true }).click();
    await page.getByRole('button', { name: 'Inspect this token' }).click();
    await expect(await lens.settledVerdict()).toHaveAttribute('data-decryption', 'decrypted');
    await expect(lens.region('Header')).toContainText('"A192CBC-HS384"');
  });

  test('an engine chunk that does not arrive makes the JWE unsupported, not failed; the next try decrypts', async ({
    lens,
    page,
  }) => {
    const rsa = rsaPair();
    await page.route(JWE_ENGINE_CHUNK, (route) => route.abort('internetdisconnected'));
    await lens.open();
    await lens.paste(await encryptWithNodeJose(rsa.jwk, { alg: 'RSA1_5', enc: 'A192GCM' }));
    await page.getByLabel('Decryption key').fill(rsa.pem);
    await expect(await lens.settledVerdict()).toHaveAttribute('data-decryption', 'unsupported');
    await expect(lens.verdict.locator('[data-finding="alg-unsupported"]').first()).toBeVisible();

    await page.unroute(JWE_ENGINE_CHUNK);
    await page.getByLabel('Decryption key').fill(`${rsa.pem}\n`);
    await expect(await lens.settledVerdict()).toHaveAttribute('data-decryption', 'decrypted');
  });
});
