import { readdirSync, readFileSync } from 'node:fs';

/**
 * Test-only reader for `test-vectors/rfc7520` (RFC 7520 JOSE Cookbook, RFC 7797, RFC 8037 examples).
 * Expected values are computed here with Node's own base64url and JSON.parse, never with the decoder.
 */

export type Rfc7520Form = 'compact' | 'json' | 'json_flat';

export interface Rfc7520Case {
  /** File under test-vectors/rfc7520, plus "(sign)"/"(encrypt)" for the §6 nesting example. */
  file: string;
  form: Rfc7520Form;
  /** What a user pastes: the compact string, or the JSON pretty-printed. */
  text: string;
  kind: 'jws' | 'jwe';
  /** `alg` (and `enc`) of the header that governs the first signature or recipient. */
  alg: string;
  enc: string | undefined;
  /** The JWS payload as the producer gave it; undefined for JWE. */
  payload: string | undefined;
  /** The output omits the payload (RFC 7515 Appendix F). */
  isDetached: boolean;
  /**
   * What a user pastes to verify or decrypt, as text: the public part of `input.key` for a JWS, the whole
   * `input.key` (private members included) for a JWE, a JWK Set when there are several, or `input.pwd`.
   */
  key: string;
  /** `input.plaintext` of a JWE; undefined for a JWS. */
  plaintext: string | undefined;
}

type Json = Record<string, unknown>;

const ROOT = new URL('../test-vectors/rfc7520/', import.meta.url);
const FORMS: readonly Rfc7520Form[] = ['compact', 'json', 'json_flat'];

export function readRfc7520Cases(): Rfc7520Case[] {
  const files = ['jws', 'jwe', 'rfc7797', 'curve25519'].flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, ROOT))
      .filter((name) => name.endsWith('.json'))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map((name) => `${dir}/${name}`),
  );
  const cases = files.flatMap((file) => casesOf(file, readJson(file)));
  const nesting = readJson('6.nesting_signatures_and_encryption.json');
  for (const step of ['sign', 'encrypt'] as const) {
    cases.push(...casesOf(`6.nesting_signatures_and_encryption.json (${step})`, asObject(nesting[step])));
  }
  return cases;
}

/** The text of one file under test-vectors/rfc7520, e.g. "jwk/3_3.rsa_public_key.json". */
export function readRfc7520Text(file: string): string {
  return readFileSync(new URL(file, ROOT), 'utf8');
}

/** One vector file under test-vectors/rfc7520, parsed, e.g. "jws/4_1.rsa_v15_signature.json". */
export function readRfc7520File(file: string): unknown {
  return JSON.parse(readRfc7520Text(file));
}

/** The `output.compact` of one vector file, e.g. "jwe/5_2…json". */
export function readRfc7520Compact(file: string): string {
  const output = asObject(readJson(file).output);
  if (typeof output.compact !== 'string') throw new Error(`${file} has no compact output`);
  return output.compact;
}

function casesOf(file: string, vector: Json): Rfc7520Case[] {
  const input = asObject(vector.input);
  const output = asObject(vector.output);
  return FORMS.filter((form) => output[form] !== undefined).map((form) => {
    const value = output[form];
    const first = firstEntry(value);
    const header = {
      ...decodeHeader(first.protected),
      ...asObject(first.unprotected ?? {}),
      ...asObject(first.header ?? {}),
    };
    const kind = Object.hasOwn(first, 'ciphertext') ? 'jwe' : 'jws';
    return {
      file,
      form,
      text: typeof value === 'string' ? value : JSON.stringify(value, null, 2),
      kind,
      alg: String(header.alg),
      enc: header.enc === undefined ? undefined : String(header.enc),
      payload: kind === 'jws' ? String(input.payload) : undefined,
      isDetached: kind === 'jws' && first.payload === '',
      key: readKey(input, kind),
      plaintext: kind === 'jwe' ? String(input.plaintext) : undefined,
    };
  });
}

const PRIVATE_MEMBERS = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi']);

function readKey(input: Json, kind: 'jws' | 'jwe'): string {
  if (typeof input.pwd === 'string') return input.pwd;
  const keys = (Array.isArray(input.key) ? input.key : [input.key]).map((key) => {
    const jwk = asObject(key);
    return kind === 'jwe' ? jwk : Object.fromEntries(Object.entries(jwk).filter(([m]) => !PRIVATE_MEMBERS.has(m)));
  });
  return JSON.stringify(keys.length === 1 ? keys[0] : { keys });
}

/** Members of the serialization as seen by its first signature or recipient, compact included. */
function firstEntry(value: unknown): Json {
  if (typeof value === 'string') {
    const segments = value.split('.');
    return segments.length === 5
      ? { protected: segments[0], ciphertext: segments[3] }
      : { protected: segments[0], payload: segments[1] };
  }
  const doc = asObject(value);
  const entries = doc.signatures ?? doc.recipients;
  const entry = Array.isArray(entries) ? asObject(entries[0]) : {};
  return { ...doc, ...entry, payload: doc.payload ?? '' };
}

function decodeHeader(encoded: unknown): Json {
  return typeof encoded === 'string' ? asObject(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))) : {};
}

function readJson(file: string): Json {
  return asObject(readRfc7520File(file));
}

function asObject(value: unknown): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object');
  return value as Json;
}
