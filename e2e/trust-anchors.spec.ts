import { CompactSign } from 'jose';
import { buildChain } from '../test-support/x509-chains';
import { expect, test } from './support/fixtures';

/*
 * RFC 7515 §4.1.6, RFC 8725 §3.10: a header x5c is a claim the token makes about its own key. It is used
 * only when the chain ends at a certificate the user trusts ("Trust anchors"); otherwise it stays ignored.
 */
/** Valid from yesterday for ten years: the app checks the chain at the real time. */
const validity = {
  notBefore: new Date(Date.now() - 86_400_000),
  notAfter: new Date(Date.now() + 10 * 365 * 86_400_000),
};
const aroundNow = { root: validity, intermediate: validity, leaf: validity };

async function x5cSignedToken() {
  const chain = await buildChain(aroundNow);
  const other = await buildChain(aroundNow);
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: 'https://issuer.example', sub: 'alice', iat: now, exp: now + 3600 };
  const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: 'ES256', x5c: chain.x5c })
    .sign(chain.leaf.keys.privateKey);
  return { token, anchor: chain.root.pem, otherAnchor: other.root.pem };
}

test('an x5c-signed token: untrusted without its anchor, verified with it, untrusted with another CA', async ({
  lens,
  page,
}) => {
  const { token, anchor, otherAnchor } = await x5cSignedToken();
  await lens.open();
  await lens.paste(token);
  await lens.setVerificationKey('');
  let verdict = await lens.settledVerdict();
  await expect(verdict).toHaveAttribute('data-signature', 'not-verified');
  await expect(lens.problems.locator('[data-finding="header-key-ignored"]')).toHaveCount(1);

  const anchors = page.getByRole('textbox', { name: 'Trust anchors' });
  await anchors.fill(anchor);
  verdict = await lens.settledVerdict();
  await expect(verdict).toHaveAttribute('data-signature', 'valid');
  await expect(verdict.locator('[data-finding="x5c-chain-valid"]').first()).toBeVisible();
  await expect(lens.finding('header-key-ignored')).toHaveCount(0);

  await anchors.fill(otherAnchor);
  verdict = await lens.settledVerdict();
  await expect(verdict).toHaveAttribute('data-signature', 'not-verified');
  await expect(lens.finding('x5c-untrusted').first()).toBeVisible();
});
