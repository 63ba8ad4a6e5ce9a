import { expect, test } from './support/fixtures';
import { b64url, cookbook, makeJws } from './support/tokens';

const CLAIMS = { iss: 'https://issuer.test', sub: 'user-42', aud: 'api', iat: 1_700_000_000, exp: 4_102_444_800 };
const JWS = makeJws({ alg: 'ES256', typ: 'JWT', kid: 'k1' }, CLAIMS);

test.describe('Decoding what a user pastes', () => {
  test('the built-in sample is decoded on load', async ({ lens }) => {
    await lens.open();
    await expect(lens.region('Header')).toContainText('"RS256"');
    await expect(lens.region('Payload')).toContainText('"Ada Lovelace"');
    await expect(lens.region('Payload')).toContainText(/expires in \d+ years/);
    await expect(lens.region('Signature')).toContainText('256 bytes');
    await expect(lens.problems).toHaveCount(0);
  });

  test('a pasted JWS shows its three parts, labelled and coloured', async ({ lens }) => {
    await lens.open();
    await lens.paste(JWS);
    await expect(lens.region('Header')).toContainText('"ES256"');
    await expect(lens.region('Payload')).toContainText('"user-42"');
    await expect(lens.region('Signature')).toContainText('32 bytes');
    const legend = lens.page.getByRole('list', { name: 'Token parts' });
    await expect(legend).toContainText('Header');
    await expect(legend).toContainText('Payload');
    await expect(legend).toContainText('Signature');
    await expect(lens.page.locator('.jl-part-header').first()).toBeVisible();
    await expect(lens.page.locator('.jl-part-signature').first()).toBeVisible();
  });

  test('a pasted JWE shows its five parts with their sizes', async ({ lens }) => {
    const jwe = cookbook('jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json').output.compact ?? '';
    await lens.open();
    await lens.paste(jwe);
    await expect(lens.region('Header')).toContainText('"RSA-OAEP"');
    await expect(lens.region('Header')).toContainText('"A256GCM"');
    await expect(lens.region('Encrypted key')).toContainText('512 bytes');
    await expect(lens.region('IV')).toContainText('12 bytes');
    await expect(lens.region('Ciphertext')).toBeVisible();
    await expect(lens.region('Tag')).toContainText('16 bytes');
    await expect(lens.region('Payload')).toHaveCount(0);
    for (const part of ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag']) {
      await expect(lens.page.locator(`.jl-part-${part}`).first()).toBeVisible();
    }
  });

  test('an unsecured token is called out', async ({ lens }) => {
    await lens.open();
    await lens.paste(`${b64url('{"alg":"none"}')}.${b64url(JSON.stringify(CLAIMS))}.`);
    await expect(lens.page.getByText('Unsecured JWS (alg: none)')).toBeVisible();
    await expect(lens.problems.locator('[data-finding="alg-none"]')).toBeVisible();
  });

  test('Bearer prefix and quotes are removed with a visible notice', async ({ lens }) => {
    await lens.open();
    await lens.paste(`  "Bearer ${JWS}"\n`);
    await expect(lens.finding('input-normalized')).toContainText('the "Bearer" scheme');
    await expect(lens.region('Payload')).toContainText('"user-42"');
  });
});

const [header = '', payload = '', signature = ''] = JWS.split('.');

/** Each malformed case: what the user pastes, the finding code, and the segment it must point at. */
const MALFORMED = [
  {
    name: 'a "+" in the header',
    token: `${header.slice(0, 5)}+${header.slice(6)}.${payload}.${signature}`,
    code: 'base64url-invalid',
    label: 'Header',
    at: 6,
    intact: ['Payload', 'Signature'],
  },
  {
    name: 'padding in the payload',
    token: `${header}.${payload}=.${signature}`,
    code: 'base64url-invalid',
    label: 'Payload',
    at: header.length + 1 + payload.length + 1,
    intact: ['Header', 'Signature'],
  },
  {
    name: 'a space inside the signature',
    token: `${header}.${payload}.${signature.slice(0, 4)} ${signature.slice(4)}`,
    code: 'base64url-invalid',
    label: 'Signature',
    at: header.length + payload.length + 2 + 5,
    intact: ['Header', 'Payload'],
  },
  {
    name: 'a header that is not JSON',
    token: `${b64url('{"alg":"HS256",}')}.${payload}.${signature}`,
    code: 'json-invalid',
    label: 'Header',
    intact: ['Payload', 'Signature'],
  },
  {
    name: 'a header that is an array',
    token: `${b64url('["HS256"]')}.${payload}.${signature}`,
    code: 'header-not-object',
    label: 'Header',
    intact: ['Payload'],
  },
  {
    name: 'a payload that is plain text',
    token: `${header}.${b64url('hello, world')}.${signature}`,
    code: 'payload-not-json',
    label: 'Payload',
    intact: ['Header', 'Signature'],
  },
  {
    name: 'a duplicate header member',
    token: `${b64url('{"alg":"HS256","alg":"none"}')}.${payload}.${signature}`,
    code: 'json-duplicate-member',
    label: 'Header',
    intact: ['Payload'],
  },
  {
    name: 'four parts',
    token: `${header}.${payload}.${signature}.${signature}`,
    code: 'not-a-token',
    label: '4 dot-separated parts',
    intact: [],
  },
] as const;

test.describe('Malformed tokens: a precise finding at the right segment, the rest still decoded', () => {
  for (const c of MALFORMED) {
    test(c.name, async ({ lens }) => {
      await lens.open();
      await lens.paste(c.token);
      const finding = lens.problems.locator(`[data-finding="${c.code}"]`);
      await expect(finding).toBeVisible();
      await expect(finding).toContainText(c.label);
      if ('at' in c) await expect(finding).toContainText(`at character ${c.at}`);
      for (const region of c.intact) await expect(lens.region(region)).toBeVisible();
      if ('at' in c) await expect(lens.page.locator('.squiggly-error').first()).toBeAttached();
    });
  }
});

test.describe('Token from the URL', () => {
  test('#id_token= from an OIDC redirect is decoded', async ({ lens }) => {
    await lens.open(`#id_token=${JWS}&state=xyz&session_state=abc`);
    await expect(lens.region('Payload')).toContainText('"user-42"');
    await expect(lens.region('Header')).toContainText('"k1"');
  });

  test('?token= is decoded', async ({ lens }) => {
    await lens.open(`?token=${JWS}`);
    await expect(lens.region('Payload')).toContainText('"user-42"');
  });

  test('#error= shows the provider error', async ({ lens }) => {
    await lens.open('#error=access_denied&error_description=User%20cancelled');
    await expect(lens.page.getByRole('alert')).toContainText('access_denied');
    await expect(lens.page.getByRole('alert')).toContainText('User cancelled');
  });
});
