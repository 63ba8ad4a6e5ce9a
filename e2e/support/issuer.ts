import type { TestInfo } from '@playwright/test';

/**
 * The OpenID Connect issuer fixture (e2e/fixtures/issuer-server.mjs), started by playwright.config.ts
 * on a second loopback port so the browser applies real CORS. Helpers run in the test process.
 */
export const ISSUER = 'http://127.0.0.1:4181';

/** One request the issuer received (control routes — /mint, /rotate, /log… — are not logged). */
export interface LoggedRequest {
  method: string;
  /** Path relative to the issuer, without query: '/jwks.json', '/.well-known/openid-configuration'. */
  path: string;
  /** Date.now() on the server when the request arrived. */
  at: number;
  /** Status sent; null while unanswered or when the client gave up first (e.g. an aborted /slow/). */
  status: number | null;
  /** The Origin header (the app's origin for browser CORS requests), or null. */
  origin: string | null;
  ifNoneMatch: string | null;
}

async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** One issuer: the shared default one at ISSUER, or an isolated one from `issuerFor(testInfo)`. */
export class Issuer {
  constructor(readonly url: string) {}

  get discoveryUrl(): string {
    return `${this.url}/.well-known/openid-configuration`;
  }

  get jwksUri(): string {
    return `${this.url}/jwks.json`;
  }

  /** A failure-mode JWKS address: 'no-cors', '404', '500', 'slow', 'huge', 'html' or 'not-jwks'. */
  brokenJwksUri(kind: 'no-cors' | '404' | '500' | 'slow' | 'huge' | 'html' | 'not-jwks'): string {
    return `${this.url}/${kind}/jwks.json`;
  }

  /** RS256 JWT from the newest key (or `kid`): iss, sub 'alice', aud 'jwt-lens-e2e', iat, exp +600 s, then `claims`. */
  async mint(claims: Record<string, unknown> = {}, options: { kid?: string } = {}): Promise<string> {
    const query = options.kid ? `?kid=${encodeURIComponent(options.kid)}` : '';
    const { token } = await call<{ token: string }>(`${this.url}/mint${query}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(claims),
    });
    return token;
  }

  /** Adds a key (the new newest); returns its kid. */
  async rotate(): Promise<string> {
    return (await call<{ kid: string }>(`${this.url}/rotate`, { method: 'POST' })).kid;
  }

  /** Removes the oldest key; returns its kid. Throws if it is the only one. */
  async retire(): Promise<string> {
    return (await call<{ kid: string }>(`${this.url}/retire`, { method: 'POST' })).kid;
  }

  /** Back to a single fresh key and an empty request log; returns the new kid. */
  async reset(): Promise<string> {
    return (await call<{ kid: string }>(`${this.url}/reset`, { method: 'POST' })).kid;
  }

  /** Requests received since the last reset, oldest first. */
  async requestLog(): Promise<LoggedRequest[]> {
    return call<LoggedRequest[]>(`${this.url}/log`);
  }
}

/** The shared issuer at ISSUER. Spec files run in parallel workers: prefer `issuerFor(testInfo)`. */
export const defaultIssuer = new Issuer(ISSUER);

export const mint = (claims?: Record<string, unknown>, options?: { kid?: string }): Promise<string> =>
  defaultIssuer.mint(claims, options);
export const rotate = (): Promise<string> => defaultIssuer.rotate();
export const retire = (): Promise<string> => defaultIssuer.retire();
export const reset = (): Promise<string> => defaultIssuer.reset();
export const requestLog = (): Promise<LoggedRequest[]> => defaultIssuer.requestLog();

/**
 * An issuer of this test's own (ISSUER + '/t/<id>'): its own keys and request log, same origin as
 * ISSUER (so `allowedOrigins: [ISSUER]` covers it). Reset before it is returned.
 */
export async function issuerFor(testInfo: TestInfo): Promise<Issuer> {
  const id = `${testInfo.testId}-${testInfo.repeatEachIndex}-${testInfo.retry}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const issuer = new Issuer(`${ISSUER}/t/${id.slice(0, 80)}`);
  await issuer.reset();
  return issuer;
}
