import { afterAll, describe, expect, it } from 'vitest';
import type { FindingCode } from '../findings/catalogue';
import { inspect, type Inspection } from '../index';
import { readWycheproofCases, type WycheproofCase, type WycheproofFile } from '../../../test-support/wycheproof';

/*
 * Every Wycheproof JOSE case in test-vectors/wycheproof (C2SP Wycheproof, Apache-2.0), run through
 * inspect() with the key of its test group: no case may throw, and no token a conforming verifier
 * rejects may come out "valid" or "decrypted". A JWE case labelled valid must decrypt (RSA1_5 and 192-bit
 * AES run on the second engine); a JWS case labelled valid must verify, or be "unsupported".
 *
 * Wycheproof's labels describe what its target library should do; where that differs from the RFCs,
 * the tables below say what JWT Lens does instead, and why. Nothing outside them may differ.
 */
const SIG = 'json_web_signature_test.json';
const ENC = 'json_web_encryption_test.json';
const KEY = 'json_web_key_test.json';
const CRYPTO = 'json_web_crypto_test.json';
const FILES: WycheproofFile[] = [SIG, ENC, KEY, CRYPTO];

type Outcome = 'accept' | 'reject';

interface LabelException {
  file: WycheproofFile;
  tcIds: number[];
  outcome: Outcome;
  /** A finding the report must carry. */
  code?: FindingCode;
  reason: string;
}

const EXCEPTIONS: Record<string, LabelException[]> = {
  /** Wrong labels (../shared/vectors/NOTES.md): the bytes say otherwise. */
  'wrong label': [
    {
      file: SIG,
      tcIds: [367, 370],
      outcome: 'accept',
      reason: 'labelled invalid, yet byte-identical to the valid tcId 357',
    },
    {
      file: SIG,
      tcIds: [372, 373],
      outcome: 'reject',
      code: 'base64url-invalid',
      reason: 'labelled valid, yet they contain "?", which is not base64url (RFC 7515 §2)',
    },
  ],
  /** Marked invalid only because Wycheproof's target library lacks JSON serialization: judged by the RFCs. */
  'JSON serialization': [
    {
      file: SIG,
      tcIds: [17],
      outcome: 'reject',
      code: 'json-invalid',
      reason: 'its JSON text is truncated (no closing "]}"), so it is no JWS by any reading',
    },
    { file: CRYPTO, tcIds: [17], outcome: 'accept', reason: 'a well-formed general JWS (RFC 7515 §7.2.1)' },
    { file: ENC, tcIds: [22], outcome: 'accept', reason: 'a well-formed flattened JWE (RFC 7516 §7.2.2)' },
    { file: CRYPTO, tcIds: [66], outcome: 'accept', reason: 'a well-formed flattened JWE (RFC 7516 §7.2.2)' },
  ],
  /** The target library's key policy, which the RFCs do not ask of a verifier: the maths is valid. */
  'key policy': [
    {
      file: KEY,
      tcIds: [1],
      outcome: 'accept',
      reason: 'a JWK Set mixing HMAC and EC keys: the kid picks the HMAC key exactly (RFC 7515 §4.1.4)',
    },
    { file: CRYPTO, tcIds: [47], outcome: 'accept', reason: 'as JWK tcId 1' },
    {
      file: KEY,
      tcIds: [4],
      outcome: 'accept',
      code: 'key-invalid',
      reason: 'two keys share a kid (RFC 7517 §4.5: SHOULD differ); the second is unusable, the first verifies',
    },
    {
      file: KEY,
      tcIds: [7],
      outcome: 'accept',
      reason: 'a ROCA-weak modulus (CVE-2017-15361) is not detected; the signature itself is correct',
    },
    { file: CRYPTO, tcIds: [46], outcome: 'accept', reason: 'as JWK tcId 7' },
    {
      file: KEY,
      tcIds: [10, 11, 12],
      outcome: 'accept',
      code: 'key-weak',
      reason: 'an HMAC key shorter than the hash (RFC 7518 §3.2) is a key-weak warning, not a refusal',
    },
  ],
  /** Labelled valid, but the group's JWK names another "alg", which JWT Lens honours (RFC 7517 §4.4). */
  'key "alg"': [
    { file: SIG, tcIds: [346, 350], outcome: 'reject', code: 'key-wrong-use', reason: 'key "alg" PS256, token PS384' },
    {
      file: SIG,
      tcIds: [347, 351],
      outcome: 'reject',
      code: 'key-wrong-use',
      reason: 'key "alg" ES521 (no such algorithm), token ES512',
    },
  ],
};

const ALL_EXCEPTIONS = Object.values(EXCEPTIONS).flat();
const exceptionFor = (c: WycheproofCase) => ALL_EXCEPTIONS.find((e) => e.file === c.file && e.tcIds.includes(c.tcId));

interface Tally {
  cases: number;
  valid: number;
  verified: number;
  unsupported: number;
  refused: number;
  invalid: number;
  rejected: number;
  accepted: number;
}
const tallies = new Map<WycheproofFile, Tally>(
  FILES.map((f) => [
    f,
    { cases: 0, valid: 0, verified: 0, unsupported: 0, refused: 0, invalid: 0, rejected: 0, accepted: 0 },
  ]),
);

function count(c: WycheproofCase, verdict: string): void {
  const t = tallies.get(c.file);
  if (!t) return;
  const isOpened = verdict === 'valid' || verdict === 'decrypted';
  t.cases += 1;
  if (c.result === 'valid') {
    t.valid += 1;
    if (isOpened) t.verified += 1;
    else if (verdict === 'unsupported') t.unsupported += 1;
    else t.refused += 1;
  } else {
    t.invalid += 1;
    if (isOpened) t.accepted += 1;
    else t.rejected += 1;
  }
}

afterAll(() => {
  for (const [file, t] of tallies) {
    console.info(
      `wycheproof ${file}: ${t.cases} cases; valid-labelled ${t.valid}: ${t.verified} verified/decrypted, ` +
        `${t.unsupported} unsupported, ${t.refused} refused; invalid-labelled ${t.invalid}: ${t.rejected} rejected, ` +
        `${t.accepted} accepted (all documented above)`,
    );
  }
});

function run(c: WycheproofCase): Promise<Inspection> {
  return c.kind === 'jws' ? inspect(c.token, { verificationKey: c.key }) : inspect(c.token, { decryptionKey: c.key });
}

describe.each(FILES)('Wycheproof %s', (file) => {
  const cases = readWycheproofCases(file);

  it.each(cases.map((c) => [`tcId ${c.tcId} ${c.comment} (labelled ${c.result})`, c] as const))(
    '%s',
    async (_title, c) => {
      const result = await run(c);
      const verdict = c.kind === 'jws' ? result.signature : result.decryption;
      const codes = result.findings.map((f) => f.code);
      count(c, verdict);
      const exception = exceptionFor(c);
      const outcome = exception?.outcome ?? (c.result === 'valid' ? 'accept' : 'reject');
      if (exception?.code) expect(codes).toContain(exception.code);
      if (outcome === 'reject') {
        expect(result.signature).not.toBe('valid');
        expect(result.decryption).not.toBe('decrypted');
        return;
      }
      // Every JWE algorithm now runs (RSA1_5 and 192-bit AES on the second engine): a valid JWE must decrypt.
      if (c.kind === 'jwe') expect(verdict).toBe('decrypted');
      else expect(['valid', 'unsupported']).toContain(verdict);
      if (verdict === 'unsupported') expect(codes).toContain('alg-unsupported');
      if (verdict === 'decrypted' && c.plaintextHex !== undefined) {
        expect(Buffer.from(result.payload?.text ?? '', 'utf8').toString('hex')).toBe(c.plaintextHex);
      }
    },
  );
});

describe('the exception tables', () => {
  it.each(ALL_EXCEPTIONS.map((e) => [`${e.file} ${e.tcIds.join(', ')}: ${e.reason}`, e] as const))(
    '%s names existing cases',
    (_title, e) => {
      const cases = readWycheproofCases(e.file).filter((c) => e.tcIds.includes(c.tcId));
      expect(cases.map((c) => c.tcId)).toEqual(e.tcIds);
    },
  );
});
