import { expect, test } from './support/fixtures';

// Issue 11, issuer side: a token made from a profile template is correct as that profile when the
// inspector validates it with the links the template filled in. The fixtures assert that no request
// left the origin that served the app.

test.describe('Issue a token from a template, then inspect it as its profile', () => {
  test('a DPoP proof carries its public key and verifies with it (RFC 9449 §4.2, §4.3)', async ({ lens }) => {
    await lens.open();
    await lens.openView('Issue a token');
    await lens.chooseTemplate('DPoP proof');
    await lens.templateInput('HTTP method').fill('GET');
    await lens.templateInput('HTTP URI').fill('https://api.jwt-lens.example/items?page=2');
    await expect(lens.issuerPanel.getByRole('list', { name: 'Template notes' })).toContainText(
      'htu is https://api.jwt-lens.example/items',
    );
    await lens.generateSigningKey();

    const verdict = await lens.signAndInspect();
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(verdict).toHaveAttribute('data-claims', 'valid');
    await expect(verdict).toHaveAttribute('data-profile', 'dpop-proof');
    // The request the proof was made for went with it: htm and htu were checked, not skipped.
    await expect(lens.profileCheck('htm')).toHaveAttribute('data-status', 'passed');
    await expect(lens.profileCheck('htu')).toHaveAttribute('data-status', 'passed');
    const header = lens.region('Header');
    await expect(header).toContainText('"dpop+jwt"');
    await expect(header).toContainText('"jwk"');
    await expect(header).not.toContainText('"d"');
    await expect(lens.region('Payload')).toContainText('"https://api.jwt-lens.example/items"');
  });

  test('an ID token with at_hash over the access token typed in (OIDC Core §3.1.3.6)', async ({ lens }) => {
    await lens.open();
    await lens.openView('Issue a token');
    await lens.chooseTemplate('ID token');
    await lens.generateSigningKey();
    await lens.templateInput('Access token for at_hash').fill('SlAV32hkKG.an-opaque-access-token');

    const verdict = await lens.signAndInspect();
    await expect(verdict).toHaveAttribute('data-signature', 'valid');
    await expect(verdict).toHaveAttribute('data-claims', 'valid');
    await expect(verdict).toHaveAttribute('data-profile', 'id-token');
    await expect(lens.finding('at-hash-mismatch')).toHaveCount(0);
    // The access token went with it, so at_hash was checked, not skipped.
    await expect(lens.profileCheck('at_hash')).toHaveAttribute('data-status', 'passed');
    await expect(lens.region('Payload')).toContainText('"at_hash"');
  });
});
