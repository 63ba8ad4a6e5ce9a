import { describe, expect, it } from 'vitest';
import { inspect, type Inspection } from '../index';
import { readRfc7520Cases, type Rfc7520Case } from '../../../test-support/rfc7520';

/*
 * Every output of every RFC 7520 (JOSE Cookbook), RFC 7797 and RFC 8037 example in test-vectors/rfc7520,
 * in each form it is given (compact, general JSON, flattened JSON), verified or decrypted with the key the
 * example names. How the known errata (../shared/vectors/NOTES.md) are handled:
 * - jwe/5_1 and recipient 0 of jwe/5_13 are RSA1_5: decrypted on the second engine (node-forge), and
 *   reported as deprecated (RFC 8725 §3.2).
 * - jwe/5_13's `input.enc` typo: the helper reads algorithms from the protected header, never `input.*`.
 * - jwe/5_5, jwe/5_6, curve25519/ecdh-es: "json" is really the flattened form; it decrypts all the same.
 * - rfc7797/4.2 is signed over a header without `crit: ["b64"]`: a negative case. The genuine RFC 7797
 *   §4.2 result is tested on its own, with the key of RFC 7797 §4 (which is RFC 7515 Appendix A.1's HMAC
 *   key, the `input.key` of the file; NOTES.md says RFC 7520 §3.5, but that key does not verify it).
 * - rfc7797/hmac-sha2_b64_false: only `signing.*` is wrong; `output.*` verifies.
 * - jws/4_5 is detached content: the payload is supplied as `detachedPayload`.
 * - §6 nesting: the signed step is an ordinary JWS below; the encrypted step is the nested token, opened
 *   with both keys at the end (its inner JWT expired in 2011: signature valid, claims invalid).
 */
const cases = readRfc7520Cases();
const NEGATIVE_RFC7797 = 'rfc7797/4.2.hmac-sha2_b64_false.json';
const isNesting = (c: Rfc7520Case) => c.file.startsWith('6.');
const titled = (list: Rfc7520Case[]) => list.map((c) => [`${c.file}, ${c.form}`, c] as const);
const codes = (result: Inspection) => result.findings.map((f) => f.code);

const signed = cases.filter((c) => c.kind === 'jws' && c.file !== NEGATIVE_RFC7797);
const encrypted = cases.filter((c) => c.kind === 'jwe' && !isNesting(c));

describe('RFC 7520 §4, RFC 7797, RFC 8037 §A.4: every JWS verifies with the public key (RFC 7515 §5.2)', () => {
  it.each(titled(signed))('%s', async (_title, c) => {
    const result = await inspect(c.text, {
      verificationKey: c.key,
      ...(c.isDetached ? { detachedPayload: c.payload } : {}),
    });
    expect(result.signature).toBe('valid');
    expect(codes(result)).toContain('signature-valid');
    expect(result.layers.map((l) => l.kind)).toEqual(['jws']);
    expect(result.layers[0]?.entries.every((e) => e.verdict === 'valid' && e.keyUsed !== undefined)).toBe(true);
    expect(result.payload?.text).toBe(c.payload);
    // §4 payloads are plain text, not a claims set.
    if (!isNesting(c)) expect(result.claims).toBe('not-applicable');
  });
});

describe('RFC 7520 §4.8 multiple signatures, with the three keys as a JWK Set', () => {
  const [multiple] = cases.filter((c) => c.file.startsWith('jws/4_8'));
  it('verifies every signature, each with its own key (RFC 7515 §7.2.1)', async () => {
    expect(multiple?.key).toMatch(/^\{"keys":\[/);
    const result = await inspect(multiple?.text ?? '', { verificationKey: multiple?.key ?? '' });
    expect(result.signature).toBe('valid');
    expect(result.layers[0]?.entries.map((e) => [e.alg, e.verdict])).toEqual([
      ['RS256', 'valid'],
      ['ES512', 'valid'],
      ['HS256', 'valid'],
    ]);
    expect(result.layers[0]?.entries.map((e) => e.keyUsed)).toEqual([
      expect.stringMatching(/^RSA public key, 2048 bits, from a JWKS, keys\[0\]/),
      expect.stringMatching(/^EC P-521 public key, from a JWKS, keys\[1\]/),
      expect.stringMatching(/^Symmetric key \(oct\), 32 bytes .* keys\[2\]/),
    ]);
  });
});

describe('RFC 7520 §5, RFC 8037 §A.6: every JWE decrypts to the plaintext (RFC 7516 §5.2)', () => {
  it.each(titled(encrypted))('%s', async (_title, c) => {
    const result = await inspect(c.text, { decryptionKey: c.key });
    expect(result.decryption).toBe('decrypted');
    expect(codes(result)).toContain('decrypted');
    expect(result.payload?.text).toBe(c.plaintext);
    expect(result.signature).toBe('not-applicable');
  });
});

describe('RFC 7520 §5.1 RSA1_5: decrypted, and said to be deprecated (RFC 8725 §3.2)', () => {
  const rsa15 = cases.filter((c) => c.file.startsWith('jwe/5_1.'));
  it.each(titled(rsa15))('%s', async (_title, c) => {
    const result = await inspect(c.text, { decryptionKey: c.key });
    expect(result.decryption).toBe('decrypted');
    expect(result.findings.find((f) => f.code === 'alg-deprecated')).toMatchObject({
      severity: 'warning',
      stage: 'decrypt',
      name: 'alg',
    });
    expect(result.payload?.text).toBe(c.plaintext);
  });
});

describe('RFC 7520 §5.13 multiple recipients (RSA1_5, ECDH-ES+A256KW, A256GCMKW)', () => {
  const [c] = cases.filter((x) => x.file.startsWith('jwe/5_13'));
  const keys = (JSON.parse(c?.key ?? '{}') as { keys: unknown[] }).keys;
  const only = (index: number) => JSON.stringify(keys[index]);
  const open = (decryptionKey: string) => inspect(c?.text ?? '', { decryptionKey });

  it('with every recipient’s key: recipient 0 (RSA1_5) decrypts, the others are not tried', async () => {
    const result = await open(c?.key ?? '');
    expect(result.decryption).toBe('decrypted');
    expect(result.payload?.text).toBe(c?.plaintext);
    expect(result.layers[0]?.entries.map((e) => [e.alg, e.verdict])).toEqual([
      ['RSA1_5', 'decrypted'],
      ['ECDH-ES+A256KW', 'not-decrypted'],
      ['A256GCMKW', 'not-decrypted'],
    ]);
  });

  it.each([
    ['RSA1_5', 0],
    ['ECDH-ES+A256KW', 1],
    ['A256GCMKW', 2],
  ])('with only the %s recipient’s key: decrypted by that recipient', async (alg, index) => {
    const result = await open(only(index));
    expect(result.decryption).toBe('decrypted');
    expect(result.payload?.text).toBe(c?.plaintext);
    expect(result.layers[0]?.entries[index]).toMatchObject({ alg, verdict: 'decrypted' });
  });
});

describe('RFC 7797 §4.2 "b64": false with detached content', () => {
  const negative = cases.filter((c) => c.file === NEGATIVE_RFC7797);
  const GENUINE =
    'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19..A5dxf2s96_n5FLueVuW1Z_vh161FwXZC4YLPff6dmDY';

  it('the genuine §4.2 compact result verifies with the detached payload "$.02"', async () => {
    const result = await inspect(GENUINE, { verificationKey: negative[0]?.key ?? '', detachedPayload: '$.02' });
    expect(result.signature).toBe('valid');
    expect(result.payload?.text).toBe('$.02');
  });

  it('without the detached payload it asks for it', async () => {
    const result = await inspect(GENUINE, { verificationKey: negative[0]?.key ?? '' });
    expect(result.signature).toBe('not-verified');
    expect(codes(result)).toContain('payload-detached');
  });

  it.each(titled(negative))('%s (signed without crit ["b64"]) is rejected', async (_title, c) => {
    const result = await inspect(c.text, { verificationKey: c.key });
    expect(result.signature).toBe('invalid');
    expect(result.findings.find((f) => f.code === 'crit-invalid')?.message).toMatch(/"crit" does not list it/);
  });
});

describe('RFC 7520 §6 nesting: a JWT signed with PS256, then encrypted with RSA-OAEP', () => {
  const [sign] = cases.filter((c) => c.file.endsWith('(sign)'));
  const encrypt = cases.filter((c) => c.file.endsWith('(encrypt)'));

  it.each(titled(encrypt))('%s: decrypted, signature valid, claims expired', async (_title, c) => {
    const result = await inspect(c.text, { decryptionKey: c.key, verificationKey: sign?.key ?? '' });
    expect(result.layers.map((l) => [l.kind, l.verdict])).toEqual([
      ['jwe', 'decrypted'],
      ['jws', 'valid'],
    ]);
    expect(result.decryption).toBe('decrypted');
    expect(result.signature).toBe('valid');
    expect(result.claims).toBe('invalid');
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'exp-expired', layer: 1 }));
    expect(result.payload?.json).toMatchObject({ iss: 'hobbiton.example', exp: 1300819380 });
  });

  it('decrypted without the signer’s key: the inner JWT is read but not verified', async () => {
    const [c] = encrypt;
    const result = await inspect(c?.text ?? '', { decryptionKey: c?.key ?? '' });
    expect(result.decryption).toBe('decrypted');
    expect(result.signature).toBe('not-verified');
    expect(codes(result)).toContain('key-missing');
  });
});
