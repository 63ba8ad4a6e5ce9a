import { decodeBase64 } from '../encoding/base64';
import { decodeUtf8 } from '../encoding/utf8';
import { describeRequest, findInText } from './find-in-text';
import type { Located } from './link-found-tokens';
import type { FindProgress } from './types';

/** The members of a HAR 1.2 entry this reads (http://www.softwareishard.com/blog/har-12-spec/); all optional. */
interface HarEntry {
  request?: {
    method?: unknown;
    url?: unknown;
    headers?: unknown;
    postData?: { text?: unknown };
  };
  response?: {
    headers?: unknown;
    content?: { text?: unknown; encoding?: unknown; mimeType?: unknown };
  };
}

const HAR_START = /^\s*\{\s*"log"\s*:/;

/**
 * The entries of a HAR file (what a browser's network panel exports), or null when the text is not one.
 * The text is parsed only when it begins like a HAR file; anything else is read as plain text.
 */
export function readHarEntries(text: string): HarEntry[] | null {
  if (!HAR_START.test(text.slice(0, 200))) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const entries = (parsed as { log?: { entries?: unknown } } | null)?.log?.entries;
  return Array.isArray(entries) ? (entries as HarEntry[]) : null;
}

/** One string of an entry to read, with the words its tokens' labels get. */
interface Source {
  text: string;
  /** Put after the label the text path gives ("of GET https://…"). */
  suffix: string;
  /** `redirect`: a Location header, whose URL's tokens, code and state keep a group of their own. */
  part: 'request' | 'response' | 'redirect';
}

/**
 * Tokens in HAR entries: request URL (query parameters), request headers (Authorization, DPoP, Cookie, …),
 * request body (form parameters such as client_assertion), response headers (Location, Set-Cookie) and
 * response body (token responses). Each request's tokens form one group, its response's another.
 */
export function findInHar(entries: HarEntry[], text: string, onProgress?: FindProgress): Located[] {
  const found: Located[] = [];
  let cursor = 0;
  let group = 0;
  entries.forEach((entry) => {
    const request = entry.request ?? {};
    const http = { method: asString(request.method) || 'GET', url: asString(request.url) };
    const of = describeRequest(http);
    const requestGroup = group;
    const responseGroup = group + 1;
    group += 2;
    const entryStart = cursor;
    for (const source of sourcesOf(entry, of)) {
      if (!source.text.includes('eyJ')) continue;
      const inText = findInText(source.text, group);
      for (const token of inText) {
        group = Math.max(group, (token.group ?? 0) + 1);
        // Where the token sits in the file: found from the entry's start, so the list stays in file order.
        const key = token.token.slice(0, 200);
        let start = text.indexOf(key, entryStart);
        if (start === -1) start = entryStart;
        cursor = Math.max(cursor, start + key.length);
        found.push({
          ...token,
          at: { start, end: start + token.token.length },
          label: `${token.label}${source.suffix}`,
          http,
          group: { request: requestGroup, response: responseGroup, redirect: token.group }[source.part],
        });
      }
    }
    onProgress?.(Math.min(cursor, text.length), text.length);
  });
  return found;
}

function sourcesOf(entry: HarEntry, of: string): Source[] {
  const request = entry.request ?? {};
  const response = entry.response ?? {};
  const sources: Source[] = [{ text: asString(request.url), suffix: ` of ${of}`, part: 'request' }];
  // All headers of a side as one block, as on the wire: chunk cookies set or sent in several headers join.
  const requestHeaders = headersOf(request.headers).map(({ name, value }) => `${name}: ${value}`);
  sources.push({ text: requestHeaders.join('\n'), suffix: ` of ${of}`, part: 'request' });
  sources.push({ text: asString(request.postData?.text), suffix: ` in the body of ${of}`, part: 'request' });
  const responseHeaders: string[] = [];
  for (const { name, value } of headersOf(response.headers)) {
    if (name.toLowerCase() === 'location')
      sources.push({ text: value, suffix: ` in the Location header of ${of}`, part: 'redirect' });
    else responseHeaders.push(`${name}: ${value}`);
  }
  sources.push({ text: responseHeaders.join('\n'), suffix: ` in the response to ${of}`, part: 'response' });
  sources.push({ text: bodyText(response.content), suffix: ` of ${of}`, part: 'response' });
  return sources;
}

function headersOf(headers: unknown): Array<{ name: string; value: string }> {
  if (!Array.isArray(headers)) return [];
  return headers.flatMap((header: { name?: unknown; value?: unknown } | null) => {
    const name = asString(header?.name);
    const value = asString(header?.value);
    return name && value ? [{ name, value }] : [];
  });
}

const TEXTUAL = /json|text|form|xml|jwt/i;

/** A response body as text; HAR stores binary (and sometimes JSON) bodies base64-encoded. Images are not read. */
function bodyText(content: { text?: unknown; encoding?: unknown; mimeType?: unknown } | undefined): string {
  const text = asString(content?.text);
  if (content?.encoding !== 'base64') return text;
  if (!TEXTUAL.test(asString(content.mimeType))) return '';
  const bytes = decodeBase64(text);
  if (!bytes.ok) return '';
  const utf8 = decodeUtf8(bytes.bytes);
  return utf8.ok ? utf8.text : '';
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
