import AxeBuilder from '@axe-core/playwright';
import { createHmac, generateKeyPairSync, randomBytes } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { CompactEncrypt, CompactSign } from 'jose';
import { expect, test } from './support/fixtures';
import type { JwtLensPage } from './support/jwt-lens-page';
import { b64url, makeJws } from './support/tokens';

/*
 * Issue 14, items 3 and 4: tokens are remembered only when the user asks, and then never a key, a
 * secret, a password or a decrypted payload — checked by reading every storage API the page has.
 */
const HISTORY_DATABASE = 'jwt-lens-history';
/** 2100-01-01 00:00:00 UTC. */
const EXP = 4_102_444_800;
const EXP_SHOWN = 'exp 2100-01-01 00:00:00 UTC';

const history = (lens: JwtLensPage): Locator => lens.region('History');
const remember = (lens: JwtLensPage): Locator =>
  history(lens).getByRole('checkbox', { name: 'Remember tokens on this device' });
const entries = (lens: JwtLensPage): Locator => history(lens).getByRole('listitem');

/** Pastes a token and waits until the history lists `count` tokens, the newest being this one. */
async function inspectAndRemember(lens: JwtLensPage, text: string, count: number): Promise<void> {
  await lens.paste(text);
  await lens.settledVerdict();
  await expect(entries(lens)).toHaveCount(count);
}

interface StorageAudit {
  /** Every place read: "localStorage", "indexedDB <db>/<store>", "cache <name> <url>", … */
  places: string[];
  /** For each string asked about, the places it was found in (as written, or base64url-encoded). */
  found: Record<string, string[]>;
}

/**
 * Reads every storage API the page can reach — localStorage, sessionStorage, document.cookie, every
 * IndexedDB database and object store (keys and values, binary and Blob values as text), every Cache
 * Storage cache (each request's URL and the whole response body) — and says where each string occurs.
 * The search runs in the page, so cached bundles of megabytes never cross the protocol.
 */
async function auditStorage(page: Page, strings: string[]): Promise<StorageAudit> {
  const needles = strings.map((text) => ({ text, encoded: b64url(text) }));
  return page.evaluate(async (needles) => {
    const places: Array<{ where: string; text: string }> = [];
    const decoder = new TextDecoder();
    const flatten = async (value: unknown): Promise<string> => {
      if (typeof value === 'string') return value;
      if (value instanceof Blob) return value.text();
      if (value instanceof ArrayBuffer) return decoder.decode(value);
      if (ArrayBuffer.isView(value)) return decoder.decode(value);
      if (value !== null && typeof value === 'object') {
        const parts = await Promise.all(
          Object.entries(value).map(async ([key, member]) => `${key}=${await flatten(member)}`),
        );
        return parts.join('\n');
      }
      return String(value);
    };
    const readWebStorage = (name: string, storage: Storage) => {
      const text = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '')
        .map((key) => `${key}=${storage.getItem(key) ?? ''}`)
        .join('\n');
      places.push({ where: name, text });
    };
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });

    readWebStorage('localStorage', localStorage);
    readWebStorage('sessionStorage', sessionStorage);
    places.push({ where: 'document.cookie', text: document.cookie });
    for (const { name, version } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name, version));
      for (const storeName of Array.from(db.objectStoreNames)) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
        places.push({ where: `indexedDB ${name}/${storeName}`, text: await flatten({ keys, values }) });
      }
      db.close();
    }
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const cached of await cache.keys()) {
        const response = await cache.match(cached);
        const body = response ? decoder.decode(await response.arrayBuffer()) : '';
        places.push({ where: `cache ${cacheName} ${cached.url}`, text: `${cached.url}\n${body}` });
      }
    }
    const found = Object.fromEntries(
      needles.map(({ text, encoded }) => [
        text,
        places.filter((place) => place.text.includes(text) || place.text.includes(encoded)).map((p) => p.where),
      ]),
    );
    return { places: places.map((p) => p.where), found };
  }, needles);
}

async function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
}

test('history is off by default: an inspected token is stored nowhere', async ({ lens, page }) => {
  const token = makeJws(
    { alg: 'HS256' },
    { iss: 'https://off.example', exp: EXP, jti: randomBytes(8).toString('hex') },
  );
  await lens.open();
  await expect(remember(lens)).not.toBeChecked();
  await expect(history(lens)).toContainText('Off: tokens stay in this tab’s memory only.');
  await lens.paste(token);
  await lens.settledVerdict();
  // Longer than the rest after which a token counts as inspected when the history is on.
  await page.waitForTimeout(1_500);
  await expect(entries(lens)).toHaveCount(0);
  expect(await databaseNames(page)).not.toContain(HISTORY_DATABASE);
  const audit = await auditStorage(page, [token]);
  expect(audit.places).toEqual(expect.arrayContaining(['localStorage', 'sessionStorage', 'document.cookie']));
  expect(audit.found[token]).toEqual([]);
});

test('switched on: the tokens inspected are listed newest first, opened, forgotten, and all forgotten when switched off', async ({
  lens,
  page,
}) => {
  const jws = makeJws({ alg: 'RS256', kid: 'k1' }, { iss: 'https://one.example', sub: 'u-1', exp: EXP });
  const jwe = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify({ iss: 'https://inside.example' })))
    .setProtectedHeader({ alg: 'dir', enc: 'A128GCM' })
    .encrypt(randomBytes(16));
  const sdJwt = `${makeJws({ alg: 'ES256', typ: 'dc+sd-jwt' }, { iss: 'https://three.example', exp: EXP, _sd_alg: 'sha-256', vct: 'https://vct.example' })}~`;
  const label = 'Authorization header of GET https://api.example/me';

  await lens.open();
  await remember(lens).check();
  await expect(history(lens)).toContainText('No token remembered yet.');
  // The first comes from "Tokens found": it keeps the label it was found under.
  await lens.paste(`curl -H 'Authorization: Bearer ${jws}' https://api.example/me`);
  await expect(lens.region('Tokens found').getByRole('button', { name: label })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(entries(lens)).toHaveCount(1);
  await inspectAndRemember(lens, jwe, 2);
  await inspectAndRemember(lens, sdJwt, 3);

  const expectListed = async () => {
    await expect(entries(lens)).toHaveCount(3);
    await expect(entries(lens).nth(0)).toHaveAttribute('data-kind', 'SD-JWT');
    await expect(entries(lens).nth(0)).toContainText(`SD-JWT · iss https://three.example · ${EXP_SHOWN}`);
    await expect(entries(lens).nth(1)).toHaveAttribute('data-kind', 'JWE');
    // A JWE's claims are encrypted: none of them is read for the history.
    await expect(entries(lens).nth(1)).not.toContainText('inside.example');
    await expect(entries(lens).nth(2)).toHaveAttribute('data-kind', 'JWS');
    await expect(entries(lens).nth(2)).toContainText(label);
    await expect(entries(lens).nth(2)).toContainText(`JWS · iss https://one.example · ${EXP_SHOWN}`);
  };
  await expectListed();
  await page.locator('details', { hasText: 'Privacy' }).locator('summary').click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include('[data-panel="history"]').analyze();
    expect(
      violations.map((v) => v.id),
      colorScheme,
    ).toEqual([]);
  }
  // Remembered on this device: a reload lists them again (the built-in sample it shows is not added).
  await page.reload();
  await expect(remember(lens)).toBeChecked();
  await expectListed();

  await entries(lens).nth(2).getByRole('button', { name: 'Open' }).click();
  await expect(lens.region('Payload')).toContainText('https://one.example');
  await expect(entries(lens).nth(0)).toContainText(label);
  await expect(entries(lens)).toHaveCount(3);

  await entries(lens).filter({ hasText: 'JWE' }).getByRole('button', { name: 'Forget' }).click();
  await expect(entries(lens)).toHaveCount(2);
  await expect(history(lens).locator('[data-kind="JWE"]')).toHaveCount(0);
  expect((await auditStorage(page, [jwe])).found[jwe]).toEqual([]);

  await history(lens).getByRole('button', { name: 'Forget all' }).click();
  await expect(entries(lens)).toHaveCount(0);
  await expect(history(lens)).toContainText('No token remembered yet.');
  expect((await auditStorage(page, [jws, sdJwt])).found).toEqual({ [jws]: [], [sdJwt]: [] });

  await inspectAndRemember(lens, sdJwt, 1);
  expect((await auditStorage(page, [sdJwt])).found[sdJwt]).toEqual([`indexedDB ${HISTORY_DATABASE}/tokens`]);
  await remember(lens).uncheck();
  await expect(entries(lens)).toHaveCount(0);
  await expect.poll(() => databaseNames(page)).not.toContain(HISTORY_DATABASE);
  expect((await auditStorage(page, [sdJwt])).found[sdJwt]).toEqual([]);
  await page.reload();
  await expect(remember(lens)).not.toBeChecked();
  await expect(entries(lens)).toHaveCount(0);
});

test('with history on, a private key, an HMAC secret, a PBES2 password and a decrypted payload are in no storage', async ({
  lens,
  page,
}) => {
  // Fresh secrets of this test's own: none can be in the app's files (which the service worker caches).
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const privateJwk = privateKey.export({ format: 'jwk' });
  const signed = await new CompactSign(
    new TextEncoder().encode(JSON.stringify({ iss: 'https://ec.example', exp: EXP })),
  )
    .setProtectedHeader({ alg: 'ES256' })
    .sign(privateKey);
  const hmacSecret = `hmac-${randomBytes(24).toString('hex')}`;
  const hmacHeader = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const hmacPayload = b64url(JSON.stringify({ iss: 'https://hmac.example', exp: EXP }));
  const hmacToken = `${hmacHeader}.${hmacPayload}.${createHmac('sha256', hmacSecret).update(`${hmacHeader}.${hmacPayload}`).digest('base64url')}`;
  const password = `pbes2-${randomBytes(12).toString('hex')}`;
  const secretNote = `decrypted-${randomBytes(12).toString('hex')}`;
  const encrypted = await new CompactEncrypt(
    new TextEncoder().encode(JSON.stringify({ iss: 'https://pbes2.example', exp: EXP, note: secretNote })),
  )
    .setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' })
    .setKeyManagementParameters({ p2c: 2048 })
    .encrypt(new TextEncoder().encode(password));

  await lens.open();
  await remember(lens).check();
  await inspectAndRemember(lens, signed, 1);
  await lens.setVerificationKey(JSON.stringify(privateJwk));
  await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');

  await inspectAndRemember(lens, hmacToken, 2);
  await lens.setVerificationKey(hmacSecret);
  await expect(await lens.settledVerdict()).toHaveAttribute('data-signature', 'valid');

  await inspectAndRemember(lens, encrypted, 3);
  await page.getByLabel('Decryption key').fill(password);
  await expect(await lens.settledVerdict()).toHaveAttribute('data-decryption', 'decrypted');
  await expect(lens.region('Payload')).toContainText(secretNote);
  // Time for anything that would store on a change to do so.
  await page.waitForTimeout(1_500);
  // Let a service worker, if this build has one, finish filling its cache before it is read.
  await page.evaluate(async () => {
    if (await navigator.serviceWorker.getRegistration()) await navigator.serviceWorker.ready;
  });

  const secrets = [JSON.stringify(privateJwk), privateJwk.d ?? '', hmacSecret, password, secretNote];
  const audit = await auditStorage(page, [...secrets, signed, hmacToken, encrypted]);
  expect(audit.places).toEqual(
    expect.arrayContaining([
      'localStorage',
      'sessionStorage',
      'document.cookie',
      `indexedDB ${HISTORY_DATABASE}/tokens`,
    ]),
  );
  // The audit finds what is stored: the three tokens, in the history…
  for (const token of [signed, hmacToken, encrypted])
    expect(audit.found[token]).toEqual([`indexedDB ${HISTORY_DATABASE}/tokens`]);
  // …and none of what unlocks or was unlocked by them, anywhere.
  for (const secret of secrets) expect(audit.found[secret], secret).toEqual([]);
  await expect(entries(lens).nth(0)).toHaveAttribute('data-kind', 'JWE');
  await expect(entries(lens).nth(0)).not.toContainText('pbes2.example');
});

test('the Privacy note says what stays in memory, what is stored, and what is fetched', async ({ lens, page }) => {
  await lens.open();
  const note = page.locator('details', { has: page.locator('summary', { hasText: 'Privacy' }) });
  await note.locator('summary').click();
  await expect(note).toContainText('In memory only');
  await expect(note).toContainText('keys, secrets and passwords, decrypted payloads');
  await expect(note).toContainText('IndexedDB');
  await expect(note).toContainText('localStorage');
  await expect(note).toContainText('Nothing else leaves the page');
});
