import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { b64url, cookbook, makeJws } from './support/tokens';

// Issue 16: the first-paint module (src/first-paint) writes the decoded token into a static shell before
// React has loaded; the app's first commit replaces it. These tests read the page at the two moments — the
// shell as first painted, and the app's DOM right after the commit that removed the shell (a
// MutationObserver runs before the browser could paint again) — and hold them side by side: same text in
// every part, same boxes, nothing blank in between.

interface Box {
  text: string;
  rect: [number, number, number, number];
}
interface Snapshot {
  parts: Record<string, Box>;
  dark: boolean;
}
interface Takeover {
  shell: Snapshot;
  app: Snapshot;
}

/** Runs in the page before any script of it. */
function watchTakeover() {
  const snapshot = () => {
    const parts: Record<string, { text: string; rect: number[] }> = {};
    const add = (key: string, el: Element | null | undefined, text?: string) => {
      if (!el) return;
      const r = el.getBoundingClientRect();
      parts[key] = {
        text: text ?? (el as HTMLElement).innerText,
        rect: [r.x, r.y, r.width, r.height].map((n) => Math.round(n)),
      };
    };
    const root = document.getElementById('root');
    add('header', root?.querySelector('header'));
    const token = root?.querySelector<HTMLTextAreaElement>('textarea[aria-label="Token"]');
    add('token', token, token?.value);
    add('token parts', root?.querySelector('ul[aria-label="Token parts"]'));
    add('token notes', root?.querySelector('#token-keyboard-hint')?.parentElement);
    add('verdict', root?.querySelector('[aria-label="Verdict"]'));
    add('summary', root?.querySelector('p[data-format]'));
    for (const button of root?.querySelectorAll('button') ?? [])
      if (button.textContent === 'Expand the token' || button.textContent === 'Edit and re-sign')
        add(button.textContent, button);
    for (const section of root?.querySelectorAll('section') ?? []) {
      const name = section.getAttribute('aria-label') ?? section.querySelector('h2')?.textContent ?? '?';
      add(`region ${name}`, section);
    }
    return { parts, dark: document.documentElement.classList.contains('dark') };
  };
  const seen: { shell: unknown; app: unknown; blank: boolean } = { shell: null, app: null, blank: false };
  (window as unknown as { __takeover: typeof seen }).__takeover = seen;
  let shellSeen = false;
  new MutationObserver(() => {
    const shell = document.querySelector('[data-first-paint]');
    if (shell && !shellSeen) {
      shellSeen = true;
      // Once the stylesheet applies: the frame the first paint shows (the app starts after this frame).
      requestAnimationFrame(() => {
        if (document.querySelector('[data-first-paint]')) seen.shell = snapshot();
      });
    }
    if (!shellSeen || shell || seen.app) return;
    const root = document.getElementById('root');
    if (!root || root.childElementCount === 0) seen.blank = true;
    else seen.app = snapshot();
  }).observe(document, { childList: true, subtree: true });
}

async function takeover(page: Page, suffix: string): Promise<Takeover> {
  await page.addInitScript(watchTakeover);
  await page.goto(`./${suffix}`);
  await expect(page.locator('[data-first-paint]')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toBeVisible();
  const seen = await page.evaluate(
    () =>
      (window as unknown as { __takeover: { shell: Snapshot | null; app: Snapshot | null; blank: boolean } })
        .__takeover,
  );
  expect(seen.blank, 'the page was blank between the first paint and the app').toBe(false);
  if (!seen.shell) throw new Error('the first paint painted no shell');
  if (!seen.app) throw new Error('the app did not replace the shell');
  return { shell: seen.shell, app: seen.app };
}

function expectSame({ shell, app }: Takeover, expected: { regions: string[]; token: string }) {
  expect(
    Object.keys(shell.parts).filter((k) => k.startsWith('region ')),
    'regions the first paint shows',
  ).toEqual(expected.regions.map((name) => `region ${name}`));
  expect(shell.parts.token?.text).toBe(expected.token);
  // Every part: the same keys, the same text, the same box.
  expect(Object.keys(app.parts).sort()).toEqual(Object.keys(shell.parts).sort());
  for (const [key, box] of Object.entries(shell.parts)) {
    expect(app.parts[key]?.text, `text of ${key}`).toBe(box.text);
    expect(app.parts[key]?.rect, `box of ${key}`).toEqual(box.rect);
  }
  expect(app.dark).toBe(shell.dark);
}

const SAMPLE_REGIONS = ['Header', 'Payload', 'Signature'];

test('the sample: the first paint and the app show the same page, with no blank frame', async ({ page }) => {
  const record = await takeover(page, '');
  const { SAMPLE_TOKEN } = await import('./support/tokens');
  expectSame(record, { regions: SAMPLE_REGIONS, token: SAMPLE_TOKEN });
  expect(record.shell.parts['region Payload']?.text).toContain('"sub": "248289761001"');
  expect(record.shell.parts.verdict?.text).toBe('Checking…');
});

/** A #token= link whose token has nested JSON, a number JavaScript cannot hold and decode problems. */
const LINK_TOKEN = makeJws(
  { alg: 'ES256', typ: 'JWT', kid: 'k-1', jwk: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' } },
  '{"iss":"https://issuer.example","sub":"a-person","aud":["api","web"],"exp":2082758400,' +
    '"nested":{"deep":[1,true,null,"x"]},"big":12345678901234567890,"custom_claim":"text with \\"quotes\\" and <b>markup</b>"}',
  64,
);

test('a #token= link with decode problems: the same parts, the same problems, the note on the address', async ({
  page,
}) => {
  const record = await takeover(page, `#token=${LINK_TOKEN}`);
  expectSame(record, { regions: ['Problems', 'Header', 'Payload', 'Signature'], token: LINK_TOKEN });
  const shell = record.shell.parts;
  expect(shell['region Problems']?.text).toContain('header-key-ignored');
  expect(shell['region Payload']?.text).toContain('<b>markup</b>');
  expect(shell['token notes']?.text).toContain('The token was removed from the address bar.');
  // Markup in a claim stays text.
  await expect(page.locator('#root b')).toHaveCount(0);
});

test('a JWE and a JSON serialization with two signatures paint as the app shows them', async ({ page }) => {
  const jwe = cookbook('jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json').output.compact ?? '';
  const record = await takeover(page, `#token=${jwe}`);
  expectSame(record, {
    regions: ['Header', 'Encrypted key', 'IV', 'Ciphertext', 'Tag'],
    token: jwe,
  });

  const general = JSON.stringify({
    payload: b64url('{"sub":"two"}'),
    signatures: [
      { protected: b64url('{"alg":"HS256"}'), signature: b64url('one') },
      { protected: b64url('{"alg":"ES256"}'), header: { kid: 'e' }, signature: b64url('two') },
    ],
  });
  const second = await page.context().newPage();
  const record2 = await takeover(second, `#token=${encodeURIComponent(general)}`);
  expect(Object.keys(record2.shell.parts)).toContain('region Other signatures');
  expect(record2.shell.parts['region Payload']?.text).toContain('"sub": "two"');
  expectSame(record2, {
    regions: Object.keys(record2.shell.parts)
      .filter((k) => k.startsWith('region '))
      .map((k) => k.slice('region '.length)),
    token: general,
  });
});

test.describe('on a phone, in the dark palette', () => {
  test.use({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });

  test('the collapsed token box and the dark palette are there from the first frame', async ({ page }) => {
    const record = await takeover(page, '');
    const { SAMPLE_TOKEN } = await import('./support/tokens');
    expectSame(record, { regions: SAMPLE_REGIONS, token: SAMPLE_TOKEN });
    expect(record.shell.dark).toBe(true);
    expect(record.shell.parts['Expand the token']).toBeDefined();
  });
});

test('without the app chunk the decoded token stays, says why, and the app loads on "Try again"', async ({
  lens,
  page,
}) => {
  const chunk = /\/assets\/start-app-[^/]*\.js$/;
  await page.route(chunk, (route) => route.abort('internetdisconnected'));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not load the rest of the app');
  await expect(page.locator('[data-first-paint]').getByRole('region', { name: 'Payload' })).toContainText('"248289761001"');
  await page.unroute(chunk);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('[data-first-paint]')).toHaveCount(0);
  await expect(alert).toHaveCount(0);
  await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');
});
