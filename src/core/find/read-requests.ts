import type { SourceRange } from '../types';

/** A curl command or raw HTTP request: its text range and the request it makes. */
export interface RequestBlock {
  at: SourceRange;
  http: { method: string; url: string };
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const CURL_START = /^\s*(?:\$\s*)?curl(?:\.exe)?\s/;
const CONTINUED = /[\\^`]\s*$/;
const CURL_URL = /(?:^|\s)['"]?(https?:\/\/[^\s'"]+)/;
const CURL_METHOD = /(?:^|\s)(?:-X|--request)\s*['"]?([A-Za-z]+)/;
const CURL_DATA = /(?:^|\s)(?:-d|-F|--data|--data-raw|--data-binary|--data-urlencode|--form|--json)(?=[\s='"])/;
const REQUEST_LINE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S+)\s+HTTP\/[\d.]+\s*$/;
const HOST = /^host\s*:\s*(\S+)/i;

/** Reads curl commands (with `\`, `^` or backtick continuations) and raw HTTP requests, line by line. */
export function readRequests(text: string): RequestBlock[] {
  const lines = splitLines(text);
  const blocks: RequestBlock[] = [];
  for (let i = 0; i < lines.length;) {
    const line = lines[i];
    if (line === undefined) break;
    if (CURL_START.test(line.text)) {
      let last = i;
      while (last + 1 < lines.length && CONTINUED.test(lines[last]?.text ?? '')) last += 1;
      const end = lines[last]?.end ?? line.end;
      blocks.push({ at: { start: line.start, end }, http: readCurl(text.slice(line.start, end)) });
      i = last + 1;
      continue;
    }
    const request = REQUEST_LINE.exec(line.text);
    if (request) {
      const [, method = 'GET', target = '/'] = request;
      let host = '';
      let last = i + 1;
      for (; last < lines.length && (lines[last]?.text.trim() ?? '') !== ''; last += 1) {
        host ||= HOST.exec(lines[last]?.text ?? '')?.[1] ?? '';
      }
      // The body runs from the blank line to the next blank line or request line.
      for (last += 1; last < lines.length; last += 1) {
        const body = lines[last]?.text ?? '';
        if (body.trim() === '' || REQUEST_LINE.test(body)) break;
      }
      const url = /^https?:\/\//.test(target) || host === '' ? target : `https://${host}${target}`;
      const end = lines[Math.min(last, lines.length) - 1]?.end ?? line.end;
      blocks.push({ at: { start: line.start, end }, http: { method, url } });
      i = last;
      continue;
    }
    i += 1;
  }
  return blocks;
}

function readCurl(command: string): { method: string; url: string } {
  const url = CURL_URL.exec(command)?.[1] ?? '';
  const method = CURL_METHOD.exec(command)?.[1]?.toUpperCase() ?? (CURL_DATA.test(command) ? 'POST' : 'GET');
  return { method, url };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const textEnd = end > start && text.charAt(end - 1) === '\r' ? end - 1 : end;
    lines.push({ start, end: textEnd, text: text.slice(start, textEnd) });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}
