import type { FindingCode } from '../../core';

export const FETCH_TIMEOUT_MS = 5_000;
export const MAX_RESPONSE_BYTES = 1_000_000;

export type FetchedJson =
  | { ok: true; body: unknown; etag: string | null; cacheControl: string | null; url: string }
  | { ok: false; code: FindingCode; message: string };

/**
 * Fetches a JSON document the way a careful relying party does: only on request, no credentials or
 * cookies, no referrer, `Accept: application/json`, a 5 s timeout, a 1 MB cap read as a stream, and a
 * specific answer for each way it can fail. The browser's HTTP cache revalidates with the ETag.
 */
export async function fetchJson(rawUrl: string, options: { revalidate: boolean }): Promise<FetchedJson> {
  let url: URL;
  try {
    url = new URL(rawUrl.trim(), window.location.href);
  } catch {
    return { ok: false, code: 'jwks-url-invalid', message: `${JSON.stringify(rawUrl)} is not a URL.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, code: 'jwks-url-invalid', message: `Only http(s) URLs can be fetched, not ${url.protocol}.` };
  }
  if (window.location.protocol === 'https:' && url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return {
      ok: false,
      code: 'jwks-mixed-content',
      message: `This page is https, so the browser blocks the plain-http URL ${url.href}.`,
    };
  }

  const controller = new AbortController();
  const timer = window.setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    let response: Response;
    try {
      response = await fetch(url.href, {
        method: 'GET',
        credentials: 'omit',
        mode: 'cors',
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
        cache: options.revalidate ? 'no-cache' : 'default',
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      });
    } catch {
      if (controller.signal.aborted)
        return {
          ok: false,
          code: 'jwks-timeout',
          message: `${url.href} did not answer within ${FETCH_TIMEOUT_MS / 1000} s.`,
        };
      return {
        ok: false,
        code: 'jwks-cors-or-network',
        message: `The browser could not read ${url.href} ("Failed to fetch").`,
      };
    }
    if (!response.ok) {
      return {
        ok: false,
        code: 'jwks-http-status',
        message: `${url.href} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      };
    }
    const text = await readCapped(response, MAX_RESPONSE_BYTES);
    if (text === null)
      return {
        ok: false,
        code: 'jwks-too-large',
        message: `${url.href} sent more than ${MAX_RESPONSE_BYTES.toLocaleString('en')} bytes.`,
      };
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      const looksHtml = /^\s*</.test(text);
      return {
        ok: false,
        code: 'jwks-not-json',
        message: looksHtml
          ? `${url.href} answered with an HTML page, not JSON.`
          : `${url.href} answered with text that is not JSON.`,
      };
    }
    return {
      ok: true,
      body,
      etag: response.headers.get('ETag'),
      cacheControl: response.headers.get('Cache-Control'),
      url: response.url || url.href,
    };
  } catch {
    if (controller.signal.aborted)
      return {
        ok: false,
        code: 'jwks-timeout',
        message: `${url.href} did not finish within ${FETCH_TIMEOUT_MS / 1000} s.`,
      };
    return { ok: false, code: 'jwks-cors-or-network', message: `The connection to ${url.href} broke off.` };
  } finally {
    window.clearTimeout(timer);
  }
}

/** Reads the body as a stream and gives up past `maxBytes`, so a huge answer is never held whole. */
async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname);
}
