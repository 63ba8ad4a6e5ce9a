import { readFileSync } from 'node:fs';

/**
 * Test-only reader for `test-vectors/wycheproof` (C2SP Wycheproof `testvectors_v1/json_web_*_test.json`).
 * Each file holds `testGroups[]`, each group a key (`private`, `public`: a JWK or a JWK Set) and
 * `tests[]` of `{ tcId, comment, jws | jwe, result, flags }`.
 */

export type WycheproofFile =
  | 'json_web_signature_test.json'
  | 'json_web_encryption_test.json'
  | 'json_web_key_test.json'
  | 'json_web_crypto_test.json';

export interface WycheproofCase {
  file: WycheproofFile;
  tcId: number;
  comment: string;
  kind: 'jws' | 'jwe';
  /** What a user pastes: the compact string, or the JSON serialization as text. */
  token: string;
  result: 'valid' | 'invalid';
  flags: string[];
  /** The group's key as JSON text: the public key to verify a JWS (if given), else the private key. */
  key: string;
  /** The group's `private` and `public` members as JSON text (a JWK or a JWK Set), when present. */
  privateKey: string | undefined;
  publicKey: string | undefined;
  /** The group's `comment`, e.g. "rs256" or "jwe_ec". */
  group: string;
  /** The expected plaintext of a JWE, hex (`pt`), when the case gives it. */
  plaintextHex: string | undefined;
}

type Json = Record<string, unknown>;

const ROOT = new URL('../test-vectors/wycheproof/', import.meta.url);

export function readWycheproofCases(file: WycheproofFile): WycheproofCase[] {
  const doc = asObject(JSON.parse(readFileSync(new URL(file, ROOT), 'utf8')));
  const groups = Array.isArray(doc.testGroups) ? doc.testGroups.map(asObject) : [];
  return groups.flatMap((group) => {
    const tests = Array.isArray(group.tests) ? group.tests.map(asObject) : [];
    return tests.map((test): WycheproofCase => {
      const kind = Object.hasOwn(test, 'jwe') ? 'jwe' : 'jws';
      const token = test[kind];
      const keyOwner = kind === 'jws' && group.public !== undefined ? group.public : group.private;
      return {
        file,
        tcId: Number(test.tcId),
        comment: String(test.comment),
        kind,
        token: typeof token === 'string' ? token : JSON.stringify(token),
        result: test.result === 'valid' ? 'valid' : 'invalid',
        flags: Array.isArray(test.flags) ? test.flags.map(String) : [],
        key: JSON.stringify(keyOwner),
        privateKey: group.private === undefined ? undefined : JSON.stringify(group.private),
        publicKey: group.public === undefined ? undefined : JSON.stringify(group.public),
        group: String(group.comment),
        plaintextHex: typeof test.pt === 'string' ? test.pt : undefined,
      };
    });
  });
}

function asObject(value: unknown): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object');
  return value as Json;
}
