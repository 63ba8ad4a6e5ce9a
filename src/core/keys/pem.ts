import { decodeBase64 } from '../encoding/base64';
import type { SourceRange } from '../types';

/** One `-----BEGIN …-----` … `-----END …-----` block (RFC 7468 §2) found in pasted text. */
export interface PemBlock {
  label: string;
  /** Where the block is in the pasted text, BEGIN line to END line. */
  range: SourceRange;
  /** RFC 1421 headers say the body is encrypted ("Proc-Type: 4,ENCRYPTED"). */
  hasEncryptedHeader: boolean;
  body: { ok: true; der: Uint8Array } | { ok: false; message: string; at: SourceRange };
}

const BEGIN_LINE = '-----BEGIN ([^\r\n-]*)-----';

/** True when the text holds at least one PEM BEGIN line. */
export function looksLikePem(text: string): boolean {
  return new RegExp(BEGIN_LINE).test(text);
}

/**
 * Finds every PEM block in the text and decodes its base64 body (RFC 7468 §3: lax parsing, so any
 * whitespace and CRLF line ends are fine, and RFC 1421 "Name: value" headers before the body are read).
 * Text between blocks is ignored.
 */
export function readPemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  const begin = new RegExp(BEGIN_LINE, 'g');
  for (let match = begin.exec(text); match !== null; match = begin.exec(text)) {
    const label = match[1] ?? '';
    const bodyStart = match.index + match[0].length;
    const endLine = `-----END ${label}-----`;
    const endIndex = text.indexOf(endLine, bodyStart);
    const nextBegin = text.indexOf('-----BEGIN ', bodyStart);
    if (endIndex < 0 || (nextBegin >= 0 && nextBegin < endIndex)) {
      const range = { start: match.index, end: bodyStart };
      blocks.push({
        label,
        range,
        hasEncryptedHeader: false,
        body: { ok: false, message: `it has no matching "${endLine}" line (the paste may be cut off)`, at: range },
      });
      continue;
    }
    const range = { start: match.index, end: endIndex + endLine.length };
    blocks.push({ label, range, ...readBody(text, bodyStart, endIndex) });
    begin.lastIndex = range.end;
  }
  return blocks;
}

function readBody(text: string, start: number, end: number): Pick<PemBlock, 'hasEncryptedHeader' | 'body'> {
  let offset = start;
  let hasEncryptedHeader = false;
  // RFC 1421 §4.6 headers: "Name: value" lines, then a blank line, before the base64.
  for (
    let line = nextLine(text, offset, end);
    line !== null && line.text.includes(':');
    line = nextLine(text, offset, end)
  ) {
    if (/^\s*Proc-Type:.*ENCRYPTED/i.test(line.text)) hasEncryptedHeader = true;
    offset = line.next;
  }
  let base64 = '';
  const positions: number[] = [];
  for (let i = offset; i < end; i++) {
    const char = text.charAt(i);
    if (/\s/.test(char)) continue;
    base64 += char;
    positions.push(i);
  }
  const escaped = text.slice(offset, end).indexOf('\\n');
  if (escaped >= 0) {
    const at = offset + escaped;
    const message =
      'it contains "\\n" escapes instead of line breaks (copied from a JSON string?); unescape them first';
    return { hasEncryptedHeader, body: { ok: false, message, at: { start: at, end: at + 2 } } };
  }
  const decoded = decodeBase64(base64);
  if (decoded.ok) return { hasEncryptedHeader, body: { ok: true, der: decoded.bytes } };
  const at = positions[decoded.index] ?? end;
  return {
    hasEncryptedHeader,
    body: { ok: false, message: `its base64 body is malformed: ${decoded.message}`, at: { start: at, end: at + 1 } },
  };
}

function nextLine(text: string, offset: number, end: number): { text: string; next: number } | null {
  // Skip the line break that ends the BEGIN line (or the previous header).
  let start = offset;
  while (start < end && (text.charAt(start) === '\r' || text.charAt(start) === '\n')) start++;
  if (start >= end) return null;
  const newline = text.indexOf('\n', start);
  const lineEnd = newline < 0 || newline > end ? end : newline;
  return { text: text.slice(start, lineEnd), next: lineEnd };
}
