import { describe, expect, it } from 'vitest';
import { compactJwe, type JweShape } from '../../../test-support/build-token';
import { readRfc7520Compact } from '../../../test-support/rfc7520';
import { decodeToken } from './decode-token';

/** RFC 7520 §5.2: RSA-OAEP with a 4096-bit key, A256GCM. */
const RFC7520_5_2 = readRfc7520Compact('jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json');

describe('JWE compact serialization: parts (RFC 7516 §7.1)', () => {
  it('splits RFC 7520 §5.2 into its 5 labelled parts with their byte lengths', () => {
    const input = `Bearer ${RFC7520_5_2}`;
    const token = decodeToken(input);
    expect(token.format).toBe('jwe-compact');
    expect(token.parts.map(({ name, label, byteLength }) => ({ name, label, byteLength }))).toEqual([
      { name: 'header', label: 'Header', byteLength: 74 },
      { name: 'encrypted-key', label: 'Encrypted key', byteLength: 512 },
      { name: 'iv', label: 'IV', byteLength: 12 },
      { name: 'ciphertext', label: 'Ciphertext', byteLength: 273 },
      { name: 'tag', label: 'Tag', byteLength: 16 },
    ]);
    const segments = RFC7520_5_2.split('.');
    token.parts.forEach((part, i) => {
      expect(part.encoded).toBe(segments[i]);
      expect(input.slice(part.range?.start, part.range?.end)).toBe(segments[i]);
    });
    expect(token.parts[0]?.content).toMatchObject({
      type: 'json',
      value: { alg: 'RSA-OAEP', kid: 'samwise.gamgee@hobbiton.example', enc: 'A256GCM' },
    });
    expect(token.parts[2]?.content).toEqual({
      type: 'binary',
      hex: Buffer.from(segments[2] ?? '', 'base64url')
        .toString('hex')
        .replace(/(..)(?!$)/g, '$1 '),
    });
    expect(token.isUnsecured).toBe(false);
    expect(token.findings.map((f) => f.code)).toEqual(['input-normalized']);
  });
});

const shape = (alg: string, enc: string, sizes: Partial<Omit<JweShape, 'header'>> = {}): JweShape => ({
  header: { alg, enc },
  encryptedKey: 40,
  iv: enc.includes('GCM') ? 12 : 16,
  ciphertext: 32,
  tag: { 'A192CBC-HS384': 24, 'A256CBC-HS512': 32 }[enc] ?? 16,
  ...sizes,
});

describe('JWE part lengths that fit alg and enc (RFC 7518 §4, §5.2, §5.3)', () => {
  it.each([
    { name: 'A128KW + A128GCM', input: shape('A128KW', 'A128GCM', { ciphertext: 5 }) },
    { name: 'A256KW + A256GCM', input: shape('A256KW', 'A256GCM') },
    { name: 'RSA-OAEP + A128CBC-HS256', input: shape('RSA-OAEP', 'A128CBC-HS256', { encryptedKey: 256 }) },
    { name: 'A192KW + A192CBC-HS384', input: shape('A192KW', 'A192CBC-HS384') },
    { name: 'A256KW + A256CBC-HS512', input: shape('A256KW', 'A256CBC-HS512', { ciphertext: 48 }) },
    { name: 'dir with no encrypted key', input: shape('dir', 'A256GCM', { encryptedKey: 0 }) },
    { name: 'ECDH-ES with no encrypted key', input: shape('ECDH-ES', 'A128GCM', { encryptedKey: 0 }) },
    { name: 'an enc it does not know', input: shape('A128KW', 'X-CUSTOM', { iv: 7, tag: 3, ciphertext: 1 }) },
  ])('$name: nothing to report', ({ input }) => {
    const token = decodeToken(compactJwe(input));
    expect(token.format).toBe('jwe-compact');
    expect(token.findings).toEqual([]);
  });
});

describe('JWE part lengths that do not fit (RFC 7516 §5.2, RFC 7518 §4.5, §4.6, §5.2.2, §5.3)', () => {
  it.each([
    {
      name: 'A128GCM with a 16-byte IV',
      input: shape('A128KW', 'A128GCM', { iv: 16 }),
      part: 'iv',
      message: 'IV: A128GCM uses a 12-byte IV; this one has 16 bytes.',
    },
    {
      name: 'A256GCM with a 12-byte tag',
      input: shape('A256KW', 'A256GCM', { tag: 12 }),
      part: 'tag',
      message: 'Tag: A256GCM produces a 16-byte tag; this one has 12 bytes.',
    },
    {
      name: 'A128CBC-HS256 with a 12-byte IV',
      input: shape('A128KW', 'A128CBC-HS256', { iv: 12 }),
      part: 'iv',
      message: 'IV: A128CBC-HS256 uses a 16-byte IV; this one has 12 bytes.',
    },
    {
      name: 'A128CBC-HS256 with a 32-byte tag',
      input: shape('A128KW', 'A128CBC-HS256', { tag: 32 }),
      part: 'tag',
      message: 'Tag: A128CBC-HS256 produces a 16-byte tag; this one has 32 bytes.',
    },
    {
      name: 'A192CBC-HS384 with a 16-byte tag',
      input: shape('A192KW', 'A192CBC-HS384', { tag: 16 }),
      part: 'tag',
      message: 'Tag: A192CBC-HS384 produces a 24-byte tag; this one has 16 bytes.',
    },
    {
      name: 'A256CBC-HS512 with a 16-byte tag',
      input: shape('A256KW', 'A256CBC-HS512', { tag: 16 }),
      part: 'tag',
      message: 'Tag: A256CBC-HS512 produces a 32-byte tag; this one has 16 bytes.',
    },
    {
      name: 'dir with an encrypted key',
      input: shape('dir', 'A256GCM', { encryptedKey: 32 }),
      part: 'encrypted-key',
      message: 'Encrypted key: alg "dir" uses no encrypted key, yet 32 bytes are present.',
    },
    {
      name: 'ECDH-ES with an encrypted key',
      input: shape('ECDH-ES', 'A128GCM', { encryptedKey: 24 }),
      part: 'encrypted-key',
      message: 'Encrypted key: alg "ECDH-ES" uses no encrypted key, yet 24 bytes are present.',
    },
    {
      name: 'RSA-OAEP with no encrypted key',
      input: shape('RSA-OAEP', 'A256GCM', { encryptedKey: 0 }),
      part: 'encrypted-key',
      message: 'Encrypted key: alg "RSA-OAEP" needs an encrypted content key, but the part is empty.',
    },
    {
      name: 'CBC ciphertext of 20 bytes',
      input: shape('A128KW', 'A128CBC-HS256', { ciphertext: 20 }),
      part: 'ciphertext',
      message:
        'Ciphertext: A128CBC-HS256 is AES-CBC, so the ciphertext is a non-zero multiple of 16 bytes; this one has 20.',
    },
    {
      name: 'CBC ciphertext of 0 bytes',
      input: shape('A128KW', 'A256CBC-HS512', { ciphertext: 0 }),
      part: 'ciphertext',
      message:
        'Ciphertext: A256CBC-HS512 is AES-CBC, so the ciphertext is a non-zero multiple of 16 bytes; this one has 0.',
    },
  ])('$name → jwe-invalid on that part', ({ input, part, message }) => {
    const text = compactJwe(input);
    const token = decodeToken(text);
    const decodedPart = token.parts.find((p) => p.name === part);
    expect(token.findings).toEqual([
      expect.objectContaining({ code: 'jwe-invalid', severity: 'error', part, message, at: decodedPart?.range }),
    ]);
  });

  it.each([
    {
      name: 'no enc',
      header: { alg: 'A128KW' },
      code: 'enc-invalid',
      message: 'JWE header has no "enc" string naming the content encryption algorithm.',
    },
    {
      name: 'an enc that is not a string',
      header: { alg: 'A128KW', enc: 128 },
      code: 'enc-invalid',
      message: 'JWE header has no "enc" string naming the content encryption algorithm.',
    },
    {
      name: 'no alg',
      header: { enc: 'A128GCM' },
      code: 'alg-invalid',
      message: 'JWE header has no "alg" string naming the key management algorithm.',
    },
  ])('a header with $name → $code', ({ header, code, message }) => {
    const token = decodeToken(compactJwe({ ...shape('A128KW', 'A128GCM'), header }));
    expect(token.findings).toEqual([expect.objectContaining({ code, severity: 'error', part: 'header', message })]);
  });
});
