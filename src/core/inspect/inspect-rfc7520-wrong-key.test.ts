import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../findings/catalogue';
import { inspect, type DecryptionVerdict, type SignatureVerdict } from '../index';
import { readRfc7520Jwk } from '../../../test-support/key-fixtures';
import { readRfc7520Cases, type Rfc7520Case } from '../../../test-support/rfc7520';

/*
 * The RFC 7520 / RFC 7797 / RFC 8037 vectors again, each with a key of the right kind taken from another
 * vector: nothing may verify or decrypt. The wrong key is pasted bare (no kid, alg or use), so it is
 * actually tried and the failure is the cryptography's, not the key selection's; a last table keeps the
 * wrong key's kid to show the kid is matched exactly (RFC 7515 §4.1.4), with no fallback.
 */
const cases = readRfc7520Cases();

function keyOf(prefix: string): Record<string, unknown> {
  const found = cases.find((c) => c.file.startsWith(prefix));
  if (!found) throw new Error(`no vector ${prefix}`);
  return JSON.parse(found.key) as Record<string, unknown>;
}

/** Key material only, as a user pastes a bare key: no kid, alg, use or key_ops. */
function bare(jwk: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(jwk).filter(([m]) => !['kid', 'alg', 'use', 'key_ops'].includes(m)));
}
const text = (jwk: Record<string, unknown>) => JSON.stringify(bare(jwk));
const publicPart = (jwk: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(jwk).filter(([m]) => !['d', 'p', 'q', 'dp', 'dq', 'qi'].includes(m)));

const HOBBITON_RSA = keyOf('6.nesting_signatures_and_encryption.json (sign)');
const BILBO_RSA = JSON.parse(readRfc7520Jwk('3_3.rsa_public_key.json')) as Record<string, unknown>;
const MAC_KEY = JSON.parse(readRfc7520Jwk('3_5.symmetric_key_mac_computation.json')) as Record<string, unknown>;
const AES_256 = JSON.parse(readRfc7520Jwk('3_6.symmetric_key_encryption.json')) as Record<string, unknown>;
const PEREGRIN_P384 = keyOf('jwe/5_4');
const MERIADOC_P256 = keyOf('jwe/5_5');
const FRODO_RSA = keyOf('jwe/5_1');
const SAMWISE_RSA = keyOf('jwe/5_2');
const AES_128_DIR = keyOf('jwe/5_6');
const AES_128_KW = keyOf('jwe/5_8');
const BOB_X25519 = keyOf('curve25519/ecdh-es');

interface WrongKeyRow {
  vector: string;
  key: string;
  verdict: SignatureVerdict | DecryptionVerdict;
  code: FindingCode;
}

/** Each vector (its file name up to the first dot), the wrong key pasted, and what must come out. */
const ROWS: WrongKeyRow[] = [
  { vector: 'jws/4_1', key: text(HOBBITON_RSA), verdict: 'invalid', code: 'signature-invalid' },
  { vector: 'jws/4_2', key: text(HOBBITON_RSA), verdict: 'invalid', code: 'signature-invalid' },
  { vector: 'jws/4_3', key: text(publicPart(PEREGRIN_P384)), verdict: 'not-verified', code: 'key-alg-mismatch' },
  { vector: 'jws/4_4', key: text(AES_256), verdict: 'invalid', code: 'signature-invalid' },
  { vector: 'jws/4_5', key: text(AES_256), verdict: 'invalid', code: 'signature-invalid' },
  { vector: 'jws/4_6', key: text(AES_256), verdict: 'invalid', code: 'signature-invalid' },
  { vector: 'jws/4_7', key: text(AES_256), verdict: 'invalid', code: 'signature-invalid' },
  {
    vector: 'jws/4_8',
    key: JSON.stringify({ keys: [bare(HOBBITON_RSA), bare(publicPart(PEREGRIN_P384)), bare(AES_256)] }),
    verdict: 'invalid',
    code: 'signature-invalid',
  },
  { vector: 'rfc7797/hmac-sha2_b64_false', key: text(MAC_KEY), verdict: 'invalid', code: 'signature-invalid' },
  { vector: 'curve25519/jws', key: text(publicPart(BOB_X25519)), verdict: 'not-verified', code: 'key-alg-mismatch' },
  {
    vector: '6.nesting_signatures_and_encryption.json (sign)',
    key: text(BILBO_RSA),
    verdict: 'invalid',
    code: 'signature-invalid',
  },
  { vector: 'jwe/5_1', key: text(SAMWISE_RSA), verdict: 'failed', code: 'decryption-failed' },
  { vector: 'jwe/5_2', key: text(FRODO_RSA), verdict: 'failed', code: 'decryption-failed' },
  { vector: 'jwe/5_3', key: 'entrap_o–peter_long–credit_tub', verdict: 'failed', code: 'decryption-failed' },
  // A key on another curve than the epk never reaches the key agreement: it does not fit (epk-invalid).
  { vector: 'jwe/5_4', key: text(MERIADOC_P256), verdict: 'not-decrypted', code: 'epk-invalid' },
  { vector: 'jwe/5_5', key: text(PEREGRIN_P384), verdict: 'not-decrypted', code: 'epk-invalid' },
  { vector: 'jwe/5_6', key: text(AES_128_KW), verdict: 'failed', code: 'decryption-failed' },
  { vector: 'jwe/5_7', key: text(AES_256), verdict: 'failed', code: 'decryption-failed' },
  { vector: 'jwe/5_8', key: text(AES_128_DIR), verdict: 'failed', code: 'decryption-failed' },
  { vector: 'jwe/5_9', key: text(AES_128_DIR), verdict: 'failed', code: 'decryption-failed' },
  { vector: 'jwe/5_10', key: text(AES_128_DIR), verdict: 'failed', code: 'decryption-failed' },
  { vector: 'jwe/5_11', key: text(AES_128_DIR), verdict: 'failed', code: 'decryption-failed' },
  { vector: 'jwe/5_12', key: text(AES_128_DIR), verdict: 'failed', code: 'decryption-failed' },
  {
    vector: 'jwe/5_13',
    key: JSON.stringify({ keys: [bare(SAMWISE_RSA), bare(MERIADOC_P256), bare(AES_256)] }),
    verdict: 'failed',
    code: 'decryption-failed',
  },
  { vector: 'curve25519/ecdh-es', key: text(MERIADOC_P256), verdict: 'not-decrypted', code: 'epk-invalid' },
  {
    vector: '6.nesting_signatures_and_encryption.json (encrypt)',
    key: text(FRODO_RSA),
    verdict: 'failed',
    code: 'decryption-failed',
  },
];

const withRow = (row: WrongKeyRow) =>
  cases
    .filter((c) => c.file === row.vector || c.file.startsWith(`${row.vector}.`))
    .map((c) => [`${c.file}, ${c.form}`, c, row] as const);

async function open(c: Rfc7520Case, key: string) {
  if (c.kind === 'jwe') return inspect(c.text, { decryptionKey: key });
  return inspect(c.text, { verificationKey: key, ...(c.isDetached ? { detachedPayload: c.payload } : {}) });
}

describe('RFC 7520 vectors with a wrong key of the right kind: never valid, never decrypted', () => {
  it('covers every vector file with a row', () => {
    const covered = new Set(ROWS.flatMap((row) => withRow(row).map(([, c]) => c.file)));
    const files = new Set(cases.filter((c) => !c.file.startsWith('rfc7797/4.2')).map((c) => c.file));
    expect([...files].filter((f) => !covered.has(f))).toEqual([]);
  });

  it.each(ROWS.flatMap(withRow))('%s', async (_title, c, row) => {
    const result = await open(c, row.key);
    expect(c.kind === 'jws' ? result.signature : result.decryption).toBe(row.verdict);
    expect(result.findings.map((f) => f.code)).toContain(row.code);
    expect(result.signature).not.toBe('valid');
    expect(result.decryption).not.toBe('decrypted');
  });
});

describe('a wrong key that keeps its own kid is not tried: key-not-found (RFC 7515 §4.1.4)', () => {
  it.each([
    [
      'jws/4_1.rsa_v15_signature.json',
      { keys: [HOBBITON_RSA] },
      'not-verified',
      /"bilbo\.baggins@hobbiton\.example".*"hobbiton\.example"/,
    ],
    [
      'jws/4_4.hmac-sha2_integrity_protection.json',
      { keys: [AES_256] },
      'not-verified',
      /"1e571774-2e08-40da-8308-e8d68773842d"/,
    ],
    ['jwe/5_8.key_wrap_using_aes-keywrap_with_aes-gcm.json', { keys: [AES_128_DIR] }, 'not-decrypted', /"77c7e2b8/],
  ] as const)('%s', async (file, jwks, verdict, listsKids) => {
    const c = cases.find((x) => x.file === file && x.form === 'compact');
    if (!c) throw new Error(file);
    const result = await open(c, JSON.stringify(jwks));
    expect(c.kind === 'jws' ? result.signature : result.decryption).toBe(verdict);
    const notFound = result.findings.find((f) => f.code === 'key-not-found');
    expect(notFound?.message).toMatch(listsKids);
  });
});
