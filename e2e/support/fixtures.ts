import { test as base, expect } from '@playwright/test';
import { JwtLensPage } from './jwt-lens-page';

interface Fixtures {
  lens: JwtLensPage;
  /** Every URL the page requested during the test. */
  requests: string[];
}

/**
 * Every test gets a page object and a request log; after each test, every request must have gone
 * to the loopback origin that served the app (or stayed inside the page as data:/blob:).
 */
export const test = base.extend<Fixtures>({
  requests: [
    async ({ page, baseURL }, use) => {
      const urls: string[] = [];
      page.on('request', (request) => urls.push(request.url()));
      await use(urls);
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const outside = urls.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
      expect(outside, 'requests outside the origin that served the app').toEqual([]);
    },
    { auto: true },
  ],
  lens: async ({ page }, use) => {
    await use(new JwtLensPage(page));
  },
});

export { expect };
