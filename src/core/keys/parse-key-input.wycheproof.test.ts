import { describe, expect, it } from 'vitest';
import { readWycheproofCases, type WycheproofCase } from '../../../test-support/wycheproof';
import { parseKeyInput } from './parse-key-input';

/*
 * The keys of Wycheproof's json_web_key_test.json (and of every other Wycheproof JOSE file) pasted as
 * they are: a JWK or a JWK Set (RFC 7517 §4, §5). A key that cannot be a key is `key-invalid`, naming
 * the JWKS entry; the others are read, whatever their metadata says.
 *
 * What does not map onto key parsing, and where it is checked instead:
 * - "use", "key_ops" and "alg" that contradict the token (invalid_use, wrong_algorithm, ES224, an AES key
 *   for HS256) are no parse errors: the key is read and refused at use with `key-wrong-use`
 *   (inspect-wycheproof.test.ts).
 * - Key policy — ROCA moduli, 1024-bit RSA, HMAC keys shorter than the hash, JWK Sets mixing HMAC and
 *   EC keys — is not a parse error either: such keys are read; inspect() reports a short HMAC key as
 *   `key-weak`, jose refuses RSA under 2048 bits at verification (`key-invalid`), and ROCA is not
 *   detected (see the key-policy table in inspect-wycheproof.test.ts).
 * - json_web_crypto_test.json holds JWS and JWE cases only; they all run through inspect().
 */

/** JWK test cases whose group key is no usable key: the JWKS entries left usable, and why. */
const UNUSABLE: Record<number, { usable: number; why: RegExp }> = {
  4: { usable: 1, why: /keys\[1\] \(kid "kid-aes-sign"\).*"k" is not valid base64url/ },
  9: { usable: 0, why: /public exponent "e" must be odd and at least 3/ },
  16: { usable: 0, why: /"k" is empty/ },
  17: { usable: 0, why: /"k" is empty/ },
  18: { usable: 0, why: /"k" is empty/ },
  22: { usable: 0, why: /WebCrypto could not import it/ },
  23: { usable: 0, why: /"x" is 32 bytes, but P-384 needs 48/ },
  24: { usable: 0, why: /an RSA key needs "n"/ },
};

const keyCases = readWycheproofCases('json_web_key_test.json');
const keysOf = (text: string) => {
  const doc = JSON.parse(text) as { keys?: unknown[] };
  return doc.keys?.length ?? 1;
};
const texts = (c: WycheproofCase) => [c.privateKey, c.publicKey].filter((t): t is string => t !== undefined);

describe('Wycheproof json_web_key_test.json keys through parseKeyInput (RFC 7517 §4–5)', () => {
  it.each(keyCases.map((c) => [`tcId ${c.tcId} ${c.group}`, c] as const))('%s', async (_title, c) => {
    for (const text of texts(c)) {
      const parsed = await parseKeyInput(text);
      const invalid = parsed.findings.filter((f) => f.code === 'key-invalid');
      const expected = UNUSABLE[c.tcId];
      if (expected) {
        expect(parsed.candidates).toHaveLength(expected.usable);
        expect(invalid.map((f) => f.message)).toEqual([expect.stringMatching(expected.why)]);
      } else {
        expect(invalid).toEqual([]);
        expect(parsed.candidates).toHaveLength(keysOf(text));
      }
    }
  });
});

describe('every other Wycheproof group key is read without error', () => {
  const others = (
    ['json_web_signature_test.json', 'json_web_encryption_test.json', 'json_web_crypto_test.json'] as const
  )
    .flatMap(readWycheproofCases)
    .flatMap(texts);
  it.each([...new Set(others)].map((text, index) => [index, text] as const))('group key %i', async (_index, text) => {
    const parsed = await parseKeyInput(text);
    expect(parsed.findings.filter((f) => f.code === 'key-invalid')).toEqual([]);
    expect(parsed.candidates).toHaveLength(keysOf(text));
  });
});
