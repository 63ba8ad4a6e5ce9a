import { makeFinding } from '../findings/make-finding';
import type { SecretEncoding } from '../inspect/types';
import { parseJson } from '../json/parse-json';
import type { SourceRange } from '../types';
import { describeKey, ORIGIN_PHRASES } from './describe-key';
import { parseJwks } from './parse-jwks';
import { parsePemKeys } from './parse-pem-keys';
import { looksLikePem } from './pem';
import { readJwk } from './read-jwk';
import { readSecret } from './read-secret';
import type { KeyCandidate, ParsedKeyInput } from './types';

/** Members that make an object a JWK attempt, so a missing "kty" is reported as such (RFC 7517 §4). */
const JWK_MEMBERS = ['kty', 'n', 'e', 'crv', 'x', 'k'];

export interface ParseKeyInputOptions {
  /** How to read text that is neither PEM nor JSON; default 'utf8'. */
  secretEncoding?: SecretEncoding;
}

/**
 * Reads whatever key material was pasted: PEM blocks (RFC 7468: SPKI, PKCS#8, PKCS#1, SEC1, X.509), a JWK
 * (RFC 7517 §4), a JWK Set (§5), or else a secret (an HMAC key, a dir/AES key, a PBES2 password) in the
 * chosen encoding. Surrounding whitespace is ignored. Every usable key becomes a candidate with a
 * `key-recognized` finding; everything else a `key-invalid` finding saying why, located in the paste.
 */
export async function parseKeyInput(text: string, options: ParseKeyInputOptions = {}): Promise<ParsedKeyInput> {
  const start = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (trimmed === '') return { candidates: [], findings: [] };
  const range = { start, end: start + trimmed.length };
  if (looksLikePem(trimmed)) return parsePemKeys(text);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return parseJsonKeys(trimmed, range);
  return parseSecret(trimmed, range, options.secretEncoding ?? 'utf8');
}

async function parseJsonKeys(json: string, range: SourceRange): Promise<ParsedKeyInput> {
  const parsed = parseJson(json);
  if (!parsed.ok) {
    const at = range.start + parsed.index;
    return invalid(`This looks like JSON but does not parse: ${parsed.message}.`, { start: at, end: at + 1 });
  }
  const doc = parsed.value;
  const isObject = typeof doc === 'object' && doc !== null && !Array.isArray(doc);
  if (isObject && Object.hasOwn(doc, 'keys')) {
    const result = await parseJwks(doc);
    return { candidates: result.candidates, findings: result.findings.map((finding) => ({ ...finding, at: range })) };
  }
  if (isObject && JWK_MEMBERS.some((member) => Object.hasOwn(doc, member))) {
    const result = await readJwk(doc);
    if (!result.ok) return invalid(`The JWK is not usable: ${result.message}.`, range);
    const label = describeKey({ ...result.key, origin: 'jwk' }, ORIGIN_PHRASES.jwk);
    return {
      candidates: [{ label, origin: 'jwk', ...result.key }],
      findings: [makeFinding('key-recognized', label, { at: range })],
    };
  }
  const what = Array.isArray(doc) ? 'a JSON array' : 'JSON';
  return invalid(
    `This is ${what}, but neither a JWK (an object with "kty") nor a JWK Set (an object with a "keys" array).`,
    range,
  );
}

function parseSecret(text: string, range: SourceRange, encoding: SecretEncoding): ParsedKeyInput {
  const result = readSecret(text, encoding);
  if (!result.ok) {
    const at = range.start + result.index;
    return invalid(result.message, { start: at, end: at + 1 });
  }
  const key = { origin: 'secret', kty: 'oct', bits: result.bytes.length * 8, isPrivate: true } as const;
  const candidate: KeyCandidate = { label: describeKey(key, result.source), ...key, secret: result.bytes };
  return { candidates: [candidate], findings: [makeFinding('key-recognized', candidate.label, { at: range })] };
}

function invalid(message: string, at: SourceRange): ParsedKeyInput {
  return { candidates: [], findings: [makeFinding('key-invalid', message, { at })] };
}
