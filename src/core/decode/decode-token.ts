import { groupFindings } from '../findings/group-findings';
import { makeFinding } from '../findings/make-finding';
import { countParts } from '../input/count-parts';
import { normalizeInput } from '../input/normalize-input';
import { parseJson } from '../json/parse-json';
import type { DecodedToken, Finding, NormalizedInput } from '../types';
import { decodeCompact } from './decode-compact';
import { decodeJsonSerialization } from './decode-json-serialization';
import { decodeSdJwt } from '../sd-jwt/decode-sd-jwt';
import { readJsonSdJwt } from '../sd-jwt/decode-sd-jwt-json';
import { isJsonObject } from '../json/is-json-object';

/**
 * Largest input decoded at all (16 MiB): room for signed documents, credentials with portraits and
 * JWE-wrapped files; the app decodes anything this large in a worker, so the tab never stalls.
 */
export const MAX_INPUT_CHARS = 16 * 1024 * 1024;
/** Duplicate members listed one by one; the rest are counted on the last (`repeats`). */
const DUPLICATES_LISTED = 3;

/**
 * Decodes whatever was pasted — compact JWS/JWE, their JSON serializations, unsecured tokens — into a
 * plain report with source ranges and findings. Synchronous and pure; never throws on bad input.
 */
export function decodeToken(pasted: string): DecodedToken {
  if (pasted.length > MAX_INPUT_CHARS) {
    const input: NormalizedInput = { text: '', offset: 0, removed: [] };
    return unknownToken(input, [
      makeFinding(
        'input-too-large',
        `The input is ${pasted.length.toLocaleString('en')} characters; JWT Lens decodes at most ${MAX_INPUT_CHARS.toLocaleString('en')}.`,
      ),
    ]);
  }
  const input = normalizeInput(pasted);
  const notices: Finding[] = input.removed.length
    ? [
        makeFinding('input-normalized', `Removed ${joinWords(input.removed)} before decoding.`, {
          at: { start: 0, end: input.offset },
        }),
      ]
    : [];
  // Thousands of findings of one kind (a header of 50,000 duplicate members) are folded into a count.
  const withNotices = (token: DecodedToken): DecodedToken => ({
    ...token,
    findings: groupFindings([...notices, ...token.findings]),
  });

  if (input.text.length === 0) {
    return unknownToken(input, [...notices, makeFinding('input-empty', 'Paste a token to decode it.')]);
  }
  if (input.text.startsWith('{')) {
    const json = parseJson(input.text, { maxDuplicates: DUPLICATES_LISTED });
    if (!json.ok) {
      // An "end of input" error sits just past the text: underline its last character instead.
      const at = input.offset + Math.min(json.index, input.text.length - 1);
      return unknownToken(input, [
        ...notices,
        makeFinding(
          json.problem === 'too-deep' ? 'json-too-deep' : 'json-invalid',
          `The input looks like a JSON serialization but is not valid JSON: ${json.message}`,
          {
            at: { start: at, end: at + 1 },
          },
        ),
      ]);
    }
    const isSerialization =
      isJsonObject(json.value) &&
      (Object.hasOwn(json.value, 'ciphertext') ||
        Object.hasOwn(json.value, 'signature') ||
        Object.hasOwn(json.value, 'signatures'));
    if (!isJsonObject(json.value) || !isSerialization) {
      return unknownToken(input, [
        ...notices,
        makeFinding(
          'not-a-token',
          'This is JSON, but not a JWS or JWE JSON serialization: it has no "signature", "signatures" or "ciphertext" member. (Decoded claims on their own are not a token.)',
        ),
      ]);
    }
    const duplicates = json.duplicates.map((d, i) =>
      makeFinding('json-duplicate-member', `Member "${d.key}" appears more than once at ${d.path}.`, {
        at: { start: input.offset + d.index, end: input.offset + d.index + d.key.length + 2 },
        ...(i === json.duplicates.length - 1 && json.omittedDuplicates ? { repeats: json.omittedDuplicates } : {}),
      }),
    );
    return withNotices(readJsonSdJwt(decodeJsonSerialization(input, json.value, duplicates)));
  }

  // "~" is outside the base64url alphabet: only an SD-JWT (RFC 9901 §4) has one.
  if (input.text.includes('~')) return withNotices(decodeSdJwt(input));
  const count = countParts(input.text);
  if (count === 3) return withNotices(decodeCompact(input, 'jws'));
  if (count === 5) return withNotices(decodeCompact(input, 'jwe'));
  return unknownToken(input, [
    ...notices,
    makeFinding(
      'not-a-token',
      `Not a JWS or JWE: ${count.toLocaleString('en')} dot-separated part${count === 1 ? '' : 's'}, where a JWS has 3 and a JWE has 5.`,
      { at: { start: input.offset, end: input.offset + input.text.length } },
    ),
  ]);
}

function unknownToken(input: NormalizedInput, findings: Finding[]): DecodedToken {
  return { format: 'unknown', input, header: null, parts: [], entries: [], isUnsecured: false, findings };
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}
