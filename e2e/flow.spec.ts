import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { b64url } from './support/tokens';

const isMermaidChunk = (url: string) => /mermaid|flowDiagram|sequenceDiagram|dagre|cytoscape|katex/i.test(url);

async function decodedSvg(img: Locator): Promise<string> {
  const src = (await img.getAttribute('src')) ?? '';
  return decodeURIComponent(src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
}

test.describe('The token’s own flow as a diagram', () => {
  test('mermaid loads only when the diagram is opened; a JWS draws its steps', async ({ lens, page, requests }) => {
    await lens.open();
    await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
    const flow = page.getByRole('region', { name: 'Flow diagram' });
    await expect(flow.getByRole('list', { name: 'Flow steps' })).toBeVisible();
    expect(requests.filter(isMermaidChunk)).toEqual([]);
    await flow.getByRole('button', { name: 'Show diagram' }).click();
    const image = flow.locator('img[data-diagram="flow"]');
    await expect(image).toBeVisible({ timeout: 20_000 });
    expect(requests.filter(isMermaidChunk).length).toBeGreaterThan(0);
    const svg = await decodedSvg(image);
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('✔');
    await expect(flow.locator('[data-status="passed"]').first()).toBeVisible();
    await expect(flow.locator('[data-status="failed"]')).toHaveCount(0);
  });

  const VARIANTS = [
    { example: 'RSA-OAEP-256 + A256GCM', expectText: /decrypt/i },
    { example: 'Signed (RS256), then encrypted (RSA-OAEP-256)', expectText: /verify/i },
    { example: 'Expired', expectText: /claims/i, failed: true },
  ];
  for (const variant of VARIANTS) {
    test(`renders for: ${variant.example}`, async ({ lens, page }) => {
      await lens.open();
      await lens.loadExample(variant.example);
      await lens.settledVerdict();
      const flow = page.getByRole('region', { name: 'Flow diagram' });
      await flow.getByRole('button', { name: 'Show diagram' }).click();
      const image = flow.locator('img[data-diagram="flow"]');
      await expect(image).toBeVisible({ timeout: 20_000 });
      await expect(flow.getByRole('list', { name: 'Flow steps' })).toContainText(variant.expectText);
      if (variant.failed) {
        await expect(flow.locator('[data-status="failed"]').first()).toBeVisible();
        expect(await decodedSvg(image)).toContain('✖');
      }
      await flow.getByRole('radio', { name: 'Sequence' }).check();
      await expect(flow.locator('img[data-diagram="sequence"]')).toBeVisible({ timeout: 20_000 });
    });
  }

  test('hostile token text stays text: no script, no injected element, no request', async ({ lens, page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const evil =
      '"]); click s1 call alert(1) %%{init: {"securityLevel":"loose"}}%% <img src=x onerror=alert(1)> javascript:alert(1)\nflowchart';
    const header = { alg: 'RS256', kid: evil, typ: '<script>alert(2)</script>' };
    const claims = {
      iss: 'javascript:alert(3)',
      sub: '<svg onload=alert(4)>',
      aud: '%%{init: {"theme":"dark"}}%%',
      exp: 4_102_444_800,
    };
    const token = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${b64url('not a signature')}`;
    await lens.open();
    await lens.paste(token);
    await lens.settledVerdict();
    const flow = page.getByRole('region', { name: 'Flow diagram' });
    await flow.getByRole('button', { name: 'Show diagram' }).click();
    const image = flow.locator('img[data-diagram="flow"]');
    await expect(image).toBeVisible({ timeout: 20_000 });
    await flow.getByRole('radio', { name: 'Sequence' }).check();
    await expect(flow.locator('img[data-diagram="sequence"]')).toBeVisible({ timeout: 20_000 });
    const svg = await decodedSvg(flow.locator('img[data-diagram="sequence"]'));
    expect(svg).not.toMatch(/<img|<script|onerror=|onload=/i);
    expect(dialogs).toEqual([]);
    expect(await page.locator('img[src="x"], script:not([type]), svg[onload]').count()).toBe(0);
    await expect(lens.region('Header')).toContainText('<script>alert(2)</script>');
  });
});

test('JWS vs JWE, side by side for the current token', async ({ lens, page }) => {
  await lens.open();
  await page.locator('summary', { hasText: 'JWS vs JWE' }).click();
  const table = page.getByRole('region', { name: 'JWS vs JWE' });
  await expect(table).toContainText('This token is a JWS');
  await expect(table.getByRole('rowheader').first()).toBeVisible();
});

test('a failure explains its likely causes and the fix', async ({ lens }) => {
  await lens.open();
  await lens.loadExample('Tampered payload');
  const verdict = await lens.settledVerdict();
  await expect(verdict).toHaveAttribute('data-signature', 'invalid');
  const finding = verdict.locator('[data-finding="signature-invalid"]').first();
  await finding.getByText('Likely causes and fix').click();
  await expect(finding).toContainText(/rotat/i);
});
