import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import type { JwtLensPage } from './support/jwt-lens-page';
import { boxesOf, boxOf, lineBreaksOf, medianLuminance, overlaps, smallestDiagramText } from './support/measure';
import { makeJws, SAMPLE_TOKEN } from './support/tokens';

const flowRegion = (page: Page) => page.getByRole('region', { name: 'Flow diagram' });

test.describe('Truthful at a glance: the verdict and the decoded token come first', () => {
  test('at 1280×800 the payload is on the first screen, in the order verdict, header, payload, flow', async ({
    lens,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await lens.open();
    await lens.settledVerdict();
    await expect(lens.region('Payload')).toBeInViewport();
    const tops = await Promise.all(
      [lens.verdict, lens.region('Header'), lens.region('Payload'), flowRegion(page)].map(
        async (part) => (await boxOf(part)).y,
      ),
    );
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  });

  test('at 390×844 the token shrinks to a few lines and the verdict is on the first screen', async ({ lens, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await lens.open();
    await lens.settledVerdict();
    await expect(lens.verdict).toBeInViewport();
    // The box around the editor: Monaco's own textbox is a one-line input inside it.
    const editor = page.locator('[data-editor]');
    expect((await boxOf(lens.verdict)).y).toBeGreaterThan((await boxOf(editor)).y);
    const collapsed = (await boxOf(editor)).height;
    expect(collapsed).toBeLessThan(200);

    const expand = page.getByRole('button', { name: 'Expand the token' });
    await expect(expand).toHaveAttribute('aria-expanded', 'false');
    await expand.click();
    await expect(page.getByRole('button', { name: 'Collapse the token' })).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(async () => (await boxOf(editor)).height).toBeGreaterThan(collapsed * 2);

    // Still the same editable textbox: a new token replaces the sample.
    await lens.paste(makeJws({ alg: 'HS256' }, { sub: 'typed-on-a-phone' }));
    await expect(lens.region('Payload')).toContainText('"typed-on-a-phone"');
  });

  test('a claim’s tooltip wraps between words and never covers the value it explains', async ({ lens, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const longSubject = 'a-subject-long-enough-to-wrap-'.repeat(6);
    await lens.open();
    await lens.paste(makeJws({ alg: 'HS256', typ: 'JWT' }, { exp: 4_102_444_800, sub: longSubject }));
    const payload = lens.region('Payload');
    await expect(payload).toContainText(longSubject);
    // The verdict's details arrive after the decode and move the payload down: measure once it is still.
    await lens.settledVerdict();
    const cases = [
      { name: '"exp"', value: payload.getByText('4102444800', { exact: true }), placement: 'below' },
      { name: '"sub"', value: payload.getByText(JSON.stringify(longSubject)), placement: 'above' },
    ];
    for (const { name, value, placement } of cases) {
      await payload.getByRole('button', { name }).focus();
      const tooltip = page.getByRole('tooltip').filter({ visible: true });
      await expect(tooltip).toHaveCount(1);
      await expect(tooltip).toHaveAttribute('data-placement', placement);
      expect(overlaps(...(await boxesOf(tooltip, value))), `${name}’s tooltip covers its value`).toBe(false);
      const breaks = await lineBreaksOf(tooltip);
      expect(breaks.length, `${name}’s tooltip takes several lines`).toBeGreaterThan(0);
      for (const [before, after] of breaks)
        expect(/[\s\-—–/]/.test(before) || /\s/.test(after), `break between “${before}” and “${after}”`).toBe(true);
    }
  });
});

/** A payload of 64 KB or more: shown folded, from the long text view's chunk. */
const BIG_PAYLOAD = { sub: 'big-part', blob: 'x'.repeat(70_000) };

interface ChunkCase {
  what: string;
  /** The lazily loaded file, as Vite names it in dist/assets. */
  chunk: RegExp;
  open: (lens: JwtLensPage, page: Page) => Promise<void>;
  /** Visible once the chunk has loaded. */
  loaded: (lens: JwtLensPage, page: Page) => Locator;
  /** What must still be there while the chunk is missing; by default the sample token's payload. */
  kept?: (lens: JwtLensPage, page: Page) => Promise<void>;
  /** What must be there once it has loaded on "Try again"; by default the sample token's payload. */
  keptAfterLoad?: (lens: JwtLensPage, page: Page) => Promise<void>;
}

const CHUNKS: ChunkCase[] = [
  {
    what: 'the issuer',
    chunk: /\/assets\/issuer-panel-[^/]*\.js$/,
    open: (lens) => lens.openView('Issue a token'),
    loaded: (lens) => lens.region('Issue a token'),
  },
  {
    what: 'the key tools',
    chunk: /\/assets\/key-tools-panel-[^/]*\.js$/,
    open: (lens) => lens.openView('Keys'),
    loaded: (lens) => lens.region('Keys'),
  },
  {
    what: 'the flow diagram',
    chunk: /\/assets\/flow-panel-[^/]*\.js$/,
    open: async () => {},
    loaded: (_lens, page) => flowRegion(page),
  },
  {
    what: 'the JWS vs JWE comparison',
    chunk: /\/assets\/compare-panel-[^/]*\.js$/,
    open: async () => {},
    loaded: (_lens, page) => page.locator('summary', { hasText: 'JWS vs JWE' }),
  },
  {
    what: 'the diagram library',
    chunk: /\/assets\/mermaid\.core-[^/]*\.js$/,
    open: async (_lens, page) => {
      await flowRegion(page).getByRole('button', { name: 'Show diagram' }).click();
    },
    loaded: (_lens, page) => flowRegion(page).getByRole('img'),
  },
  {
    what: 'the troubleshooting notes',
    chunk: /\/assets\/explain-finding-[^/]*\.js$/,
    open: (lens) => lens.loadExample('Tampered payload'),
    loaded: (lens) => lens.verdict.getByText('Likely causes and fix').first(),
  },
  {
    what: 'the examples',
    chunk: /\/assets\/examples-[^/]*\.js$/,
    open: async (_lens, page) => {
      await page.locator('summary', { hasText: 'Examples' }).click();
    },
    loaded: (_lens, page) => page.getByRole('button', { name: 'Tampered payload', exact: true }),
  },
  {
    what: 'the key and check inputs',
    chunk: /\/assets\/inspector-inputs-[^/]*\.js$/,
    open: async () => {},
    loaded: (_lens, page) => page.getByRole('textbox', { name: 'Verification key' }),
  },
  {
    what: 'the panels under the decoded token',
    chunk: /\/assets\/inspector-extras-[^/]*\.js$/,
    open: async () => {},
    loaded: (_lens, page) => page.getByRole('textbox', { name: 'Compare with' }),
  },
  {
    what: 'the examples panel',
    chunk: /\/assets\/gallery-panel-[^/]*\.js$/,
    open: async () => {},
    loaded: (_lens, page) => page.locator('summary', { hasText: 'Examples' }),
  },
  {
    what: 'the share link',
    chunk: /\/assets\/share-link-[^/]*\.js$/,
    open: async () => {},
    loaded: (_lens, page) => page.getByRole('button', { name: 'Copy share link' }),
  },
  {
    what: 'the key set fetcher',
    chunk: /\/assets\/jwks-panel-[^/]*\.js$/,
    open: async () => {},
    loaded: (_lens, page) => page.getByRole('textbox', { name: 'JWKS URL' }),
  },
  {
    what: 'the key inputs',
    chunk: /\/assets\/keys-panel-[^/]*\.js$/,
    open: async () => {},
    loaded: (_lens, page) => page.getByRole('textbox', { name: 'Verification key' }),
  },
  {
    what: 'the expectations',
    chunk: /\/assets\/expectations-panel-[^/]*\.js$/,
    open: async () => {},
    loaded: (_lens, page) => page.getByRole('textbox', { name: 'Expected issuer' }),
  },
  {
    what: 'the claim times',
    chunk: /\/assets\/claim-times-[^/]*\.js$/,
    open: async () => {},
    loaded: (lens) => lens.region('Payload').locator('[data-claim-time="exp"]'),
  },
  {
    what: 'the verdict’s times',
    chunk: /\/assets\/verdict-times-[^/]*\.js$/,
    open: async () => {},
    loaded: (lens) => lens.verdict.locator('[data-check="exp"][title]'),
  },
  {
    what: 'the token profile',
    chunk: /\/assets\/profile-panel-[^/]*\.js$/,
    open: async () => {},
    loaded: (_lens, page) => page.getByRole('combobox', { name: 'Validate as' }),
  },
  {
    what: 'the token profiles guide',
    chunk: /\/assets\/profile-guide-panel-[^/]*\.js$/,
    open: async () => {},
    loaded: (_lens, page) => page.getByRole('region', { name: 'Token profiles explained' }),
  },
  {
    what: 'the token comparison',
    chunk: /\/assets\/differences-panel-[^/]*\.js$/,
    open: async () => {},
    loaded: (_lens, page) => page.getByRole('textbox', { name: 'Compare with' }),
  },
  {
    what: 'the history',
    chunk: /\/assets\/history-view-[^/]*\.js$/,
    open: async () => {},
    loaded: (_lens, page) => page.getByRole('checkbox', { name: 'Remember tokens on this device' }),
  },
  {
    what: 'the list of tokens found',
    chunk: /\/assets\/tokens-found-view-[^/]*\.js$/,
    open: (lens) => lens.paste(`curl -H 'Authorization: Bearer ${SAMPLE_TOKEN}' https://api.example/me`),
    loaded: (lens) => lens.region('Tokens found').getByRole('button', { name: /^Authorization header of GET/ }),
    kept: async (lens) => {
      await expect(lens.page.locator('[data-editor="monaco"] .view-lines')).toContainText('curl -H');
    },
  },
  {
    what: 'the common secrets check',
    chunk: /\/assets\/common-secrets-view-[^/]*\.js$/,
    // The sample's claims under HS256: the check is offered for HS* tokens only.
    open: (lens) => lens.paste(makeJws({ alg: 'HS256' }, readSamplePayload())),
    loaded: (lens) => lens.region('Common secrets').getByRole('button', { name: 'Try common secrets' }),
  },
  {
    what: 'the validator tests',
    chunk: /\/assets\/validator-tests-panel-[^/]*\.js$/,
    open: async () => {},
    loaded: (lens) => lens.region('Validator tests'),
  },
  {
    what: 'the validator test maker',
    chunk: /\/assets\/validator-tests-lab-[^/]*\.js$/,
    open: (lens) => lens.region('Validator tests').locator('summary').click(),
    loaded: (lens) => lens.region('Validator tests').locator('[data-variant="alg-none"]'),
  },
  {
    what: 'the update prompt',
    chunk: /\/assets\/update-prompt-[^/]*\.js$/,
    open: async () => {},
    // Its live region is always there (visually hidden) so that "A new version is ready" is announced.
    loaded: (_lens, page) => page.getByRole('status', { name: 'App updates' }),
  },
  {
    what: 'the long text view',
    chunk: /\/assets\/big-text-[^/]*\.js$/,
    // A payload of 64 KB or more is folded by its own chunk; shorter parts never load it.
    open: (lens) => lens.paste(makeJws({ alg: 'HS256' }, BIG_PAYLOAD)),
    loaded: (lens) => lens.region('Payload').getByRole('button', { name: 'Show all' }),
    kept: async (lens) => {
      const bytes = JSON.stringify(BIG_PAYLOAD).length.toLocaleString('en');
      await expect(lens.page.getByRole('list', { name: 'Token parts' })).toContainText(`${bytes} B`);
    },
    keptAfterLoad: async (lens) => {
      await expect(lens.region('Payload')).toContainText('"big-part"');
    },
  },
  {
    what: 'the token editor',
    chunk: /\/assets\/token-monaco-[^/]*\.js$/,
    open: async () => {},
    loaded: (_lens, page) => page.locator('[data-editor="monaco"]'),
  },
];

test.describe('A chunk that does not arrive breaks only its own part of the page', () => {
  for (const { what, chunk, open, loaded, kept = expectTokenKept, keptAfterLoad = expectTokenKept } of CHUNKS) {
    test(`${what}: says what failed, keeps the token, and loads on "Try again"`, async ({ lens, page }) => {
      await page.route(chunk, (route) => route.abort('internetdisconnected'));
      await lens.open();
      await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
      await open(lens, page);

      const failure = page.getByRole('alert').filter({ hasText: `Could not load ${what}:` });
      await expect(failure).toBeVisible();
      await expect(failure).toContainText(/Failed to fetch dynamically imported module|error loading dynamically/i);
      await expect(page.locator('#root > *')).not.toHaveCount(0);
      await expect(page.locator('main:not([hidden])')).toHaveCount(1);
      await kept(lens, page);

      await page.unroute(chunk);
      await failure.getByRole('button', { name: 'Try again' }).click();
      await expect(loaded(lens, page)).toBeVisible({ timeout: 20_000 });
      await expect(failure).toHaveCount(0);
      await keptAfterLoad(lens, page);
    });
  }
});

test('the issuer’s JSON editors: without Monaco the fields stay plain text boxes and load it on "Try again"', async ({
  lens,
  page,
}) => {
  const chunk = /\/assets\/json-monaco-[^/]*\.js$/;
  await page.route(chunk, (route) => route.abort('internetdisconnected'));
  await lens.open();
  await lens.openView('Issue a token');
  const issuer = lens.region('Issue a token');
  const failures = issuer.getByRole('alert').filter({ hasText: 'Could not load the JSON editor:' });
  await expect(failures).toHaveCount(2);
  await issuer.getByRole('textbox', { name: 'Claims (JSON)' }).fill('{"sub":"plain-textarea"}');
  await expect(issuer.getByRole('textbox', { name: 'Claims (JSON)' })).toHaveValue('{"sub":"plain-textarea"}');

  await page.unroute(chunk);
  await failures.first().getByRole('button', { name: 'Try again' }).click();
  await failures.first().getByRole('button', { name: 'Try again' }).click();
  await expect(failures).toHaveCount(0);
  await expect(page.locator('#root > *')).not.toHaveCount(0);
});

/** The sample token's payload text, to put under another header. */
function readSamplePayload(): string {
  return Buffer.from(SAMPLE_TOKEN.split('.')[1] ?? '', 'base64url').toString('utf8');
}

/** The sample token is still the one decoded (looked at in the inspector, then back where we were). */
async function expectTokenKept(lens: JwtLensPage, page: Page): Promise<void> {
  const current = page.getByRole('navigation', { name: 'Views' }).locator('[aria-current="page"]');
  const view = (await current.textContent()) ?? 'Inspect';
  if (view !== 'Inspect') await lens.openView('Inspect');
  await expect(lens.region('Payload')).toContainText('"Ada Lovelace"');
  if (view === 'Issue a token' || view === 'Keys') await lens.openView(view);
}

test.describe('Diagrams are readable', () => {
  test('shown at natural size, text as large as the page’s; zoom buttons and Ctrl+wheel scale it', async ({
    lens,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await lens.open();
    const flow = flowRegion(page);
    await flow.getByRole('button', { name: 'Show diagram' }).click();
    await flow.getByRole('radio', { name: 'Sequence' }).check();
    const image = flow.locator('img[data-diagram="sequence"]');
    await expect(image).toBeVisible({ timeout: 20_000 });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeTruthy();

    const bodyText = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(await smallestDiagramText(image)).toBeGreaterThanOrEqual(bodyText - 0.5);

    const width = async () => (await boxOf(image)).width;
    const natural = await width();
    await flow.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(width).toBeGreaterThan(natural * 1.1);
    await flow.getByRole('button', { name: 'Zoom out' }).click();
    await flow.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(width).toBeLessThan(natural * 0.9);
    await flow.getByRole('button', { name: 'Reset zoom' }).click();
    await expect.poll(width).toBeCloseTo(natural, 0);

    const viewer = flow.getByRole('region', { name: 'Diagram viewer' });
    const pageZoom = await page.evaluate(() => window.devicePixelRatio);
    await viewer.scrollIntoViewIfNeeded();
    const { x, y, width: w, height: h } = await boxOf(viewer);
    await page.mouse.move(x + w / 2, y + Math.min(h, 200) / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(width).toBeGreaterThan(natural * 1.1);
    expect(await page.evaluate(() => window.devicePixelRatio), 'the page itself is not zoomed').toBe(pageZoom);
  });

  test('dark mode draws a dark diagram on a dark card', async ({ lens, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await lens.open();
    const flow = flowRegion(page);
    await flow.getByRole('button', { name: 'Show diagram' }).click();
    await expect(flow.locator('img[data-diagram="flow"]')).toBeVisible({ timeout: 20_000 });
    const viewer = flow.getByRole('region', { name: 'Diagram viewer' });
    // Below 0.1, white text on it has a contrast of more than 5.8:1; the page background (slate-950) is 0.003.
    expect(await medianLuminance(page, viewer)).toBeLessThan(0.1);

    await page.getByRole('radio', { name: 'Light' }).check();
    await expect(flow.locator('img[data-diagram="flow"]')).toBeVisible({ timeout: 20_000 });
    await expect.poll(() => medianLuminance(page, viewer)).toBeGreaterThan(0.8);
  });
});
