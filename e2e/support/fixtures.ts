import { test as base, expect } from '@playwright/test';
import { issuerFor, type Issuer } from './issuer';
import { JwtLensPage } from './jwt-lens-page';

interface Fixtures {
  lens: JwtLensPage;
  /** Every URL the page requested during the test. */
  requests: string[];
  /** An OpenID Connect issuer of this test's own (fresh keys, empty log), on the issuer fixture's origin. */
  issuer: Issuer;
}

interface Options {
  /**
   * Origins besides the app's that this test's page may contact, for requests the user explicitly
   * triggered (e.g. fetching a JWKS): `test.use({ allowedOrigins: [ISSUER] })`. Defaults to none.
   */
  allowedOrigins: string[];
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Every test gets a page object and a request log; after each test, every request must have gone
 * to the loopback origin that served the app (or stayed inside the page as data:/blob:), or to an
 * origin the test listed in `allowedOrigins`.
 */
export const test = base.extend<Fixtures & Options>({
  allowedOrigins: [[], { option: true }],
  requests: [
    async ({ page, baseURL, allowedOrigins }, use) => {
      const urls: string[] = [];
      page.on('request', (request) => urls.push(request.url()));
      await use(urls);
      const allowed = new Set(
        [baseURL ?? 'http://127.0.0.1:4173/', ...allowedOrigins].map((url) => new URL(url).origin),
      );
      const outside = urls.filter((url) => {
        if (/^(data|blob):/.test(url)) return false;
        const origin = originOf(url);
        return origin === null || !allowed.has(origin) || !url.startsWith(`${origin}/`);
      });
      expect(outside, 'requests outside the origin that served the app').toEqual([]);
    },
    { auto: true },
  ],
  lens: async ({ page }, use) => {
    await use(new JwtLensPage(page));
  },
  // eslint-disable-next-line no-empty-pattern
  issuer: async ({}, use, testInfo) => {
    await use(await issuerFor(testInfo));
  },
});

export { expect };
