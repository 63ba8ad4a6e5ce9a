import { decodeBase64Url } from '../encoding/base64url';
import { isJsonObject } from '../json/is-json-object';
import { describeJsonType } from './describe-json-type';
import { decodeUtf8, isProbablyText, toHex } from '../encoding/utf8';
import type { FindingCode } from '../findings/catalogue';
import { makeFinding } from '../findings/make-finding';
import { parseJson } from '../json/parse-json';
import { looksLikeCompactToken } from './looks-like-compact-token';
import { PARTS } from '../catalogue/parts';
import type { DecodedPart, Finding, JsonNumberText, PartContent, PartName, SourceRange } from '../types';

/** How a part's bytes are read: a JSON header, a payload of any kind, opaque bytes, or RFC 7797 raw text. */
export type PartMode = 'header' | 'payload' | 'bytes' | 'unencoded';

export interface PartSource {
  name: PartName;
  encoded: string;
  /** Range of `encoded` in the pasted text; null when it cannot be located (JSON serialization). */
  range: SourceRange | null;
  mode: PartMode;
  entry?: number;
}

export interface PartResult {
  part: DecodedPart;
  findings: Finding[];
}

const HEX_PREVIEW_BYTES = 48;
/** Duplicate members and imprecise numbers listed one by one; the rest are counted on the last (`repeats`). */
const LISTED_PER_KIND = 3;
/** Number texts kept for the JSON view: every one a real token holds, a bounded report for a hostile one. */
const NUMBER_TEXTS_KEPT = 10_000;

/** Decodes one segment on its own, so a bad segment never hides its neighbours (RFC 7515 §5.2). */
export function decodePart(source: PartSource): PartResult {
  const { name, encoded, range, mode } = source;
  const label = PARTS[name].label;
  const findings: Finding[] = [];
  const pointAt = (index: number, length = 1): SourceRange | undefined =>
    range ? { start: range.start + index, end: range.start + index + length } : undefined;
  const add = (finding: Finding) => findings.push(finding);
  const finish = (byteLength: number | null, content: PartContent | null): PartResult => ({
    part: {
      name,
      label,
      ...(source.entry === undefined ? {} : { entry: source.entry }),
      range,
      encoded,
      byteLength,
      content,
      explanation: PARTS[name].explanation,
      hasError: findings.some((f) => f.severity === 'error'),
    },
    findings,
  });

  if (mode === 'unencoded') {
    return finish(new TextEncoder().encode(encoded).length, { type: 'text', text: encoded });
  }

  const decoded = decodeBase64Url(encoded);
  if (!decoded.ok) {
    add(
      makeFinding('base64url-invalid', `${label}: ${decoded.message}`, {
        part: name,
        ...optionalAt(pointAt(decoded.index)),
      }),
    );
    return finish(null, null);
  }
  const bytes = decoded.bytes;
  if (mode === 'bytes') return finish(bytes.length, { type: 'binary', hex: toHex(bytes, HEX_PREVIEW_BYTES) });

  const utf8 = decodeUtf8(bytes);
  if (!utf8.ok) {
    if (mode === 'header') {
      add(makeFinding('utf8-invalid', `${label}: ${utf8.message}`, { part: name, ...optionalAt(range ?? undefined) }));
    }
    return finish(bytes.length, { type: 'binary', hex: toHex(bytes, HEX_PREVIEW_BYTES) });
  }
  const text = utf8.text;
  if (mode === 'payload' && !isProbablyText(bytes)) {
    return finish(bytes.length, { type: 'binary', hex: toHex(bytes, HEX_PREVIEW_BYTES) });
  }

  const looksLikeJson = /^\s*[[{]/.test(text.slice(0, 32));
  if (mode === 'payload' && !looksLikeJson) {
    if (looksLikeCompactToken(text)) {
      add(
        makeFinding('payload-nested-token', 'Payload: the payload is itself a compact token (a nested JWT).', {
          part: name,
        }),
      );
    } else {
      add(
        makeFinding('payload-not-json', 'Payload: the payload is text, not JSON, so it holds no JWT claims.', {
          part: name,
        }),
      );
    }
    return finish(bytes.length, { type: 'text', text });
  }

  // A part with thousands of duplicate members lists a few and counts the rest: linear, and a small report.
  const json = parseJson(text, { maxDuplicates: LISTED_PER_KIND, maxNumbers: NUMBER_TEXTS_KEPT });
  if (!json.ok) {
    // The JSON error index is in decoded characters; it cannot be mapped back into base64url exactly.
    add(
      makeFinding(json.problem === 'too-deep' ? 'json-too-deep' : 'json-invalid', `${label}: ${json.message}`, {
        part: name,
        ...optionalAt(range ?? undefined),
      }),
    );
    return finish(bytes.length, { type: 'text', text });
  }
  // Each kind lists a few findings, the last counting the rest, like the duplicates parseJson stopped listing.
  const addListed = (code: FindingCode, messages: string[], more: number) =>
    messages.forEach((message, i) => {
      const repeats = i === messages.length - 1 ? more : 0;
      add(
        makeFinding(code, `${label}: ${message}`, {
          part: name,
          ...optionalAt(range ?? undefined),
          ...(repeats > 0 ? { repeats } : {}),
        }),
      );
    });
  addListed(
    'json-duplicate-member',
    json.duplicates.map(
      ({ key, path }) => `member "${key}" appears more than once at ${path}; parsers disagree on which value wins.`,
    ),
    json.omittedDuplicates ?? 0,
  );
  const imprecise = json.numbers.filter((number) => number.loss !== 'none');
  const listed = imprecise.slice(0, LISTED_PER_KIND);
  addListed(
    'json-number-imprecise',
    listed.map(describeImprecise),
    imprecise.length - listed.length + (json.omittedImprecise ?? 0),
  );
  if (mode === 'header' && !isJsonObject(json.value)) {
    add(
      makeFinding('header-not-object', `${label}: decodes to ${describeJsonType(json.value)}, not a JSON object.`, {
        part: name,
        ...optionalAt(range ?? undefined),
      }),
    );
  }
  const numbers = json.numbers.length > 0 ? { numbers: json.numbers } : {};
  return finish(bytes.length, { type: 'json', text, value: json.value, ...numbers });
}

/** The path, the number as written and what a JavaScript verifier reads instead (RFC 8259 §6). */
function describeImprecise({ path, text, value, loss }: JsonNumberText): string {
  // An integer past ±(2^53−1) may print back unchanged; the double it holds is what differs.
  const held = loss === 'unsafe-integer' ? `, held as ${BigInt(value)}` : '';
  return `${path} is written ${text}; a JavaScript verifier reads ${value}${held}.`;
}

/** The payload part of a JWS with detached content (RFC 7515 Appendix F), and the finding that says so. */
export function detachedPayload(range: SourceRange | null, why: string): PartResult {
  return {
    part: {
      name: 'payload',
      label: PARTS.payload.label,
      range,
      encoded: '',
      byteLength: 0,
      content: null,
      explanation: 'Detached: the payload is not in the token (RFC 7515 Appendix F).',
      hasError: false,
      isDetached: true,
    },
    findings: [
      makeFinding('payload-detached', `Payload: ${why}, so the payload is detached and must be supplied to verify.`, {
        part: 'payload',
      }),
    ],
  };
}

function optionalAt(at: SourceRange | undefined): { at?: SourceRange } {
  return at ? { at } : {};
}
