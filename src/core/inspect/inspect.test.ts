import { createHmac, createSign } from 'node:crypto';
import { CompactEncrypt, CompactSign } from 'jose';
import { describe, expect, it } from 'vitest';
import { inspect } from '../index';
import { compactJwe, encodeJson, encodeText, hs256Jws } from '../../../test-support/build-token';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';

/*
 * inspect() policies and limits: the algorithm allow-list (RFC 8725 §3.1), unsecured tokens (RFC 7519
 * §6), the HMAC/public-key confusion (RFC 8725 §2.1), the PBES2 count and decompression caps (RFC 8725
 * §3.5, §3.6). Ordering slow work after fast results is the UI's job and is not tested here.
 */
const SECRET = 'a-string-secret-at-least-256-bits-long';
const DIR_KEY = new Uint8Array(32).fill(7);
const DIR_KEY_TEXT = Buffer.from(DIR_KEY).toString('base64url');
const codes = (result: Awaited<ReturnType<typeof inspect>>) => result.findings.map((f) => f.code);
const encrypt = (plaintext: string | Uint8Array, header: Record<string, unknown>) =>
  new CompactEncrypt(typeof plaintext === 'string' ? new TextEncoder().encode(plaintext) : plaintext)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', ...header })
    .encrypt(DIR_KEY);

describe('alg-not-allowed: the allow-list is checked before any key (RFC 8725 §3.1)', () => {
  const token = hs256Jws({ alg: 'HS256' }, 'p', SECRET);

  it('an HS256 token when only RS256 is allowed is invalid, though the secret would verify it', async () => {
    const result = await inspect(token, { verificationKey: SECRET, expected: { algorithms: ['RS256'] } });
    expect(result.signature).toBe('invalid');
    expect(codes(result)).toContain('alg-not-allowed');
    expect(codes(result)).not.toContain('signature-valid');
  });

  it('an allow-list naming the alg verifies', async () => {
    const result = await inspect(token, { verificationKey: SECRET, expected: { algorithms: ['RS256', 'HS256'] } });
    expect(result.signature).toBe('valid');
  });

  it.each([
    ['alg', ['RSA-OAEP', 'A256GCM']],
    ['enc', ['dir', 'A128GCM']],
  ])('a JWE whose %s is not allowed is not decrypted', async (_name, algorithms) => {
    const result = await inspect(await encrypt('secret', {}), {
      decryptionKey: DIR_KEY_TEXT,
      secretEncoding: 'base64url',
      expected: { algorithms },
    });
    expect(result.decryption).toBe('failed');
    expect(codes(result)).toContain('alg-not-allowed');
  });
});

describe('alg "none" in any casing is unsecured, never valid (RFC 7518 §3.6)', () => {
  it.each(['none', 'None', 'NONE', 'nOnE'])('"%s", even with a key and an allow-list naming it', async (alg) => {
    const token = `${encodeJson({ alg })}.${encodeText('{"sub":"admin"}')}.`;
    const result = await inspect(token, { verificationKey: SECRET, expected: { algorithms: [alg, 'HS256'] } });
    expect(result.signature).toBe('unsecured');
    expect(result.headline).toMatch(/Unsecured/);
  });

  it('with a signature appended: still unsecured, not valid', async () => {
    const token = `${encodeJson({ alg: 'none' })}.${encodeText('p')}.${createHmac('sha256', SECRET).update('x').digest('base64url')}`;
    expect((await inspect(token, { verificationKey: SECRET })).signature).toBe('unsecured');
  });

  it('nested-inner-unsecured: an encrypted but unsigned JWT (RFC 8725 §3.2)', async () => {
    const inner = `${encodeJson({ alg: 'none' })}.${encodeText('{"sub":"admin"}')}.`;
    const result = await inspect(await encrypt(inner, { cty: 'JWT' }), {
      decryptionKey: DIR_KEY_TEXT,
      secretEncoding: 'base64url',
    });
    expect(result.decryption).toBe('decrypted');
    expect(result.signature).toBe('unsecured');
    expect(result.layers.map((l) => l.kind)).toEqual(['jwe', 'jws']);
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'nested-inner-unsecured', layer: 1 }));
  });
});

describe('key-alg-mismatch: a public key is never used as an HMAC secret (RFC 8725 §2.1)', () => {
  const { publicKey } = pairOf('rsa-2048');
  const pem = pemOf(publicKey, 'spki');

  it.each([
    ['the PEM text', pem],
    ['the PEM text with CRLF line ends', pem.replace(/\n/g, '\r\n')],
    ['the JWK', JSON.stringify(publicKey.export({ format: 'jwk' }))],
  ])('an HS256 token whose secret is %s of the RSA public key is not valid', async (_title, keyText) => {
    // The classic confusion attack: the attacker signs with the bytes of the server's public key.
    const forged = hs256Jws({ alg: 'HS256' }, '{"sub":"admin"}', keyText);
    const result = await inspect(forged, { verificationKey: keyText });
    expect(result.signature).toBe('not-verified');
    expect(result.findings.find((f) => f.code === 'key-alg-mismatch')?.message).toMatch(/never use public-key bytes/);
  });

  it('the same forged token verifies only when the PEM text is explicitly pasted as a secret', async () => {
    const forged = hs256Jws({ alg: 'HS256' }, '{"sub":"admin"}', pem);
    const asBase64 = Buffer.from(pem).toString('base64');
    const result = await inspect(forged, { verificationKey: asBase64, secretEncoding: 'base64' });
    expect(result.signature).toBe('valid');
  });
});

describe('PBES2 iteration cap (RFC 8725 §3.5, RFC 7518 §4.8.1.2)', () => {
  const password = 'correct horse battery staple';
  const pbes2 = (p2c: number) =>
    new CompactEncrypt(new TextEncoder().encode('secret'))
      .setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' })
      .setKeyManagementParameters({ p2c, p2s: new Uint8Array(16).fill(1) })
      .encrypt(new TextEncoder().encode(password));

  it('p2c 10,000 (the default cap) decrypts', async () => {
    const result = await inspect(await pbes2(10_000), { decryptionKey: password });
    expect(result.decryption).toBe('decrypted');
  });

  it('p2c 10,001 is refused: pbes2-count-exceeded', async () => {
    const result = await inspect(await pbes2(10_001), { decryptionKey: password });
    expect(result.decryption).toBe('failed');
    expect(result.findings.find((f) => f.code === 'pbes2-count-exceeded')?.message).toMatch(/10,001.*10,000/);
  });

  it('a raised cap lets p2c 10,001 through', async () => {
    const result = await inspect(await pbes2(10_001), { decryptionKey: password, maxPbes2Count: 20_000 });
    expect(result.decryption).toBe('decrypted');
  });

  it('p2c 10^9 is refused before any PBKDF2 runs', async () => {
    const header = { alg: 'PBES2-HS512+A256KW', enc: 'A256GCM', p2c: 1_000_000_000, p2s: 'AAAAAAAAAAAAAAAAAAAAAA' };
    const token = compactJwe({ header, encryptedKey: 40, iv: 12, ciphertext: 16, tag: 16 });
    const started = performance.now();
    const result = await inspect(token, { decryptionKey: password });
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.decryption).toBe('failed');
    expect(codes(result)).toContain('pbes2-count-exceeded');
  });
});

describe('zip-limit-exceeded: a decompression bomb (RFC 8725 §3.6)', () => {
  const options = { decryptionKey: DIR_KEY_TEXT, secretEncoding: 'base64url' as const };

  it('300,000 bytes that compress to a few hundred are refused at the 250,000-byte default', async () => {
    const bomb = await encrypt(new Uint8Array(300_000).fill(0x61), { zip: 'DEF' });
    expect(bomb.length).toBeLessThan(2_000);
    const result = await inspect(bomb, options);
    expect(result.decryption).toBe('failed');
    expect(codes(result)).toContain('zip-limit-exceeded');
    expect(result.payload).toBeNull();
  });

  it('200,000 bytes are under the limit and decrypt', async () => {
    const result = await inspect(await encrypt('a'.repeat(200_000), { zip: 'DEF' }), options);
    expect(result.decryption).toBe('decrypted');
    expect(result.payload?.text).toHaveLength(200_000);
  });

  it('a lower cap refuses it', async () => {
    const result = await inspect(await encrypt('a'.repeat(200_000), { zip: 'DEF' }), {
      ...options,
      maxDecompressedBytes: 100_000,
    });
    expect(codes(result)).toContain('zip-limit-exceeded');
  });
});

describe('what jose’s lenient base64url decoding would let through (RFC 7515 §2, RFC 4648 §3.5)', () => {
  // jose (like atob and Uint8Array.fromBase64) skips whitespace and ignores non-zero trailing bits.
  const input = `${encodeJson({ alg: 'HS256' })}.AB`;
  const macOfAB = `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;

  it('a MAC over a non-canonical payload "AB" is not valid', async () => {
    const result = await inspect(macOfAB, { verificationKey: SECRET });
    expect(result.signature).toBe('invalid');
    expect(codes(result)).toEqual(expect.arrayContaining(['base64url-invalid', 'signature-invalid']));
  });

  it('spaces inside the signature segment are not valid', async () => {
    const [header, payload, signature = ''] = hs256Jws({ alg: 'HS256' }, 'p', SECRET).split('.');
    const result = await inspect(`${header}.${payload}.  ${signature}`, { verificationKey: SECRET });
    expect(result.signature).toBe('invalid');
  });

  it('a JWE with a non-canonical tag is not decrypted', async () => {
    const parts = (await encrypt('secret', {})).split('.');
    const tag = parts[4] ?? '';
    parts[4] = `${tag.slice(0, -1)}${String.fromCharCode(tag.charCodeAt(tag.length - 1) + 1)}`;
    const result = await inspect(parts.join('.'), { decryptionKey: DIR_KEY_TEXT, secretEncoding: 'base64url' });
    expect(result.decryption).toBe('failed');
    expect(codes(result)).toEqual(expect.arrayContaining(['base64url-invalid', 'decryption-failed']));
  });
});

describe('an empty payload segment: empty content or detached content (RFC 7515 Appendix F)', () => {
  const { privateKey, publicKey } = pairOf('P-256');
  const emptySigned = () => new CompactSign(new Uint8Array(0)).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);

  it('a signature over the empty payload verifies as such', async () => {
    const result = await inspect(await emptySigned(), { verificationKey: pemOf(publicKey, 'spki') });
    expect(result.signature).toBe('valid');
  });

  it('a signature over detached content asks for the payload instead of calling it invalid', async () => {
    const [header, , signature] = (
      await new CompactSign(new TextEncoder().encode('detached')).setProtectedHeader({ alg: 'ES256' }).sign(privateKey)
    ).split('.');
    const token = `${header}..${signature}`;
    const key = pemOf(publicKey, 'spki');
    const withoutPayload = await inspect(token, { verificationKey: key });
    expect(withoutPayload.signature).toBe('not-verified');
    expect(codes(withoutPayload)).not.toContain('signature-invalid');
    expect(codes(withoutPayload)).toContain('payload-detached');
    expect((await inspect(token, { verificationKey: key, detachedPayload: 'detached' })).signature).toBe('valid');
  });
});

describe('RSA keys no verifier should trust', () => {
  it('an RSA key with public exponent 1 is key-invalid (RFC 8017 §3.1): anyone could forge for it', async () => {
    const n = pairOf('rsa-2048').publicKey.export({ format: 'jwk' }).n;
    const result = await inspect(hs256Jws({ alg: 'RS256' }, 'p', SECRET), {
      verificationKey: JSON.stringify({ kty: 'RSA', n, e: 'AQ' }),
    });
    expect(result.findings.find((f) => f.code === 'key-invalid')?.message).toMatch(/exponent "e" must be odd/);
  });

  it('a 1024-bit RSA key is refused at verification: key-invalid, not "signature invalid"', async () => {
    const { privateKey, publicKey } = pairOf('rsa-1024');
    const input = `${encodeJson({ alg: 'RS256' })}.${encodeText('p')}`;
    const signature = createSign('sha256').update(input).sign(privateKey).toString('base64url');
    const result = await inspect(`${input}.${signature}`, { verificationKey: pemOf(publicKey, 'spki') });
    expect(result.signature).toBe('not-verified');
    expect(result.findings.find((f) => f.code === 'key-invalid')?.message).toMatch(/shorter than 2048 bits/);
  });
});
