import { createHmac } from 'node:crypto';
import { CompactEncrypt } from 'jose';
import { describe, expect, it } from 'vitest';
import { inspect } from '../index';
import { encodeJson, hs256Jws } from '../../../test-support/build-token';

/*
 * "crit" (RFC 7515 §4.1.11, RFC 7516 §4.1.13): a malformed list rejects the token (`crit-invalid`); an
 * extension the verifier does not understand rejects it too (`crit-unsupported`), even when the
 * signature is mathematically correct — the report says both. Only "b64" (RFC 7797) is understood.
 */
const SECRET = 'a-string-secret-at-least-256-bits-long';
const codes = (result: Awaited<ReturnType<typeof inspect>>) => result.findings.map((f) => f.code);

describe('crit-invalid: a malformed "crit" rejects the token before any key is tried', () => {
  it.each([
    ['an empty array', { alg: 'HS256', crit: [] }],
    ['a name the JOSE specifications define ("alg")', { alg: 'HS256', crit: ['alg'] }],
    ['a name the JOSE specifications define ("kid")', { alg: 'HS256', kid: 'k1', crit: ['kid'] }],
    ['a name missing from the protected header', { alg: 'HS256', crit: ['exp'] }],
  ])('%s', async (_title, header) => {
    const result = await inspect(hs256Jws(header, 'payload', SECRET), { verificationKey: SECRET });
    expect(result.signature).toBe('invalid');
    expect(codes(result)).toContain('crit-invalid');
    expect(codes(result)).not.toContain('signature-valid');
  });

  // A crit that is not an array of strings has the wrong JSON type: the decoder rejects the entry.
  it.each([
    ['a string, not an array', { alg: 'HS256', crit: 'exp', exp: 1 }],
    ['a name that is not a string', { alg: 'HS256', crit: [7] }],
  ])('%s is header-param-invalid, and no key is tried', async (_title, header) => {
    const result = await inspect(hs256Jws(header, 'payload', SECRET), { verificationKey: SECRET });
    expect(result.signature).toBe('invalid');
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'header-param-invalid', name: 'crit' }));
    expect(result.layers[0]?.entries[0]?.keySelection.tried).toBe(0);
    expect(codes(result)).not.toContain('signature-valid');
  });

  it('"crit" in an unprotected header (JSON serialization) is invalid', async () => {
    const [protectedHeader = '', payload = '', signature = ''] = hs256Jws({ alg: 'HS256' }, 'p', SECRET).split('.');
    const token = JSON.stringify({ payload, protected: protectedHeader, header: { crit: ['exp'], exp: 1 }, signature });
    const result = await inspect(token, { verificationKey: SECRET });
    expect(result.signature).toBe('invalid');
    expect(codes(result)).toContain('crit-invalid');
  });

  it('a JWE with a malformed "crit" is not decrypted', async () => {
    const key = new Uint8Array(32).fill(9);
    const jwe = await new CompactEncrypt(new TextEncoder().encode('secret'))
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .encrypt(key);
    const [, ...rest] = jwe.split('.');
    // The header is replaced, so the tag no longer matches either; crit is refused before that is tried.
    const token = [encodeJson({ alg: 'dir', enc: 'A256GCM', crit: ['enc'] }), ...rest].join('.');
    const result = await inspect(token, {
      decryptionKey: Buffer.from(key).toString('base64url'),
      secretEncoding: 'base64url',
    });
    expect(result.decryption).toBe('failed');
    expect(codes(result)).toContain('crit-invalid');
    expect(codes(result)).not.toContain('decryption-failed');
  });
});

describe('crit-unsupported: an unknown critical extension rejects a mathematically valid signature', () => {
  const token = hs256Jws(
    { alg: 'HS256', crit: ['http://example.com/policy'], 'http://example.com/policy': 'strict' },
    'p',
    SECRET,
  );

  it('signature "invalid", with both the extension and the correct maths reported', async () => {
    const result = await inspect(token, { verificationKey: SECRET });
    expect(result.signature).toBe('invalid');
    expect(codes(result)).toEqual(expect.arrayContaining(['crit-unsupported', 'signature-valid']));
    expect(result.findings.find((f) => f.code === 'signature-valid')?.message).toMatch(
      /rejected for its unknown critical extension/,
    );
    expect(result.layers[0]?.entries[0]).toMatchObject({ verdict: 'invalid', keyUsed: expect.any(String) });
  });

  it('with the wrong key: "invalid", crit-unsupported and signature-invalid', async () => {
    const result = await inspect(token, { verificationKey: 'another-secret-of-at-least-32-bytes!!' });
    expect(result.signature).toBe('invalid');
    expect(codes(result)).toEqual(expect.arrayContaining(['crit-unsupported', 'signature-invalid']));
    expect(codes(result)).not.toContain('signature-valid');
  });
});

describe('"b64" (RFC 7797) is understood', () => {
  it('crit ["b64"] with b64 false verifies over the unencoded payload', async () => {
    const header = encodeJson({ alg: 'HS256', b64: false, crit: ['b64'] });
    const signature = createHmac('sha256', SECRET).update(`${header}.$.02`).digest('base64url');
    const result = await inspect(`${header}..${signature}`, { verificationKey: SECRET, detachedPayload: '$.02' });
    expect(result.signature).toBe('valid');
    expect(codes(result)).not.toContain('crit-unsupported');
  });

  it('b64 false without crit ["b64"] is crit-invalid, though the MAC matches (RFC 7797 §6)', async () => {
    const header = encodeJson({ alg: 'HS256', b64: false });
    const signature = createHmac('sha256', SECRET).update(`${header}.$.02`).digest('base64url');
    const result = await inspect(`${header}..${signature}`, { verificationKey: SECRET, detachedPayload: '$.02' });
    expect(result.signature).toBe('invalid');
    expect(codes(result)).toContain('crit-invalid');
  });

  it('b64 in an unprotected header is crit-invalid (RFC 7797 §3)', async () => {
    const [protectedHeader = '', payload = '', signature = ''] = hs256Jws({ alg: 'HS256' }, 'p', SECRET).split('.');
    const token = JSON.stringify({ payload, protected: protectedHeader, header: { b64: true }, signature });
    const result = await inspect(token, { verificationKey: SECRET });
    expect(result.signature).toBe('invalid');
    expect(codes(result)).toContain('crit-invalid');
  });
});
