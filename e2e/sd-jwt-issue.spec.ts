import { expect, test } from './support/fixtures';
import { SdJwtIssuerSteps } from './support/sd-jwt-issuer';

// Issue 12, item 7: the issuer and holder sides of SD-JWT (RFC 9901). An SD-JWT made in the page with two
// disclosable claims and a holder key generated in the page is presented with one disclosure and a
// KB-JWT; the inspector verifies it and shows only what was disclosed. The fixtures assert that no
// request left the origin that served the app.

test('issue an SD-JWT, present one disclosure with key binding, inspect the presentation', async ({ lens }) => {
  const sdJwt = new SdJwtIssuerSteps(lens);
  await lens.open();
  await lens.openView('Issue a token');
  await lens.generateSigningKey();
  await sdJwt.markDisclosable(['sub', 'aud']);
  await sdJwt.setDecoys(3);
  await sdJwt.generateHolderKey();
  await sdJwt.sign();

  const verdict = await sdJwt.presentAndInspect(['sub'], { audience: 'https://verifier.example', nonce: 'n-42' });
  await expect(verdict).toHaveAttribute('data-signature', 'valid');
  if ((await verdict.getAttribute('data-key-binding')) !== null)
    await expect(verdict).toHaveAttribute('data-key-binding', 'valid');
  const payload = lens.region('Payload');
  await expect(payload).toContainText('"user-123"');
  await expect(payload).toContainText('"cnf"');
  await expect(payload).not.toContainText('"my-api"');
});
