import fc from 'fast-check';
import { CompactEncrypt, CompactSign } from 'jose';
import { describe, expect, it } from 'vitest';
import { inspect, type InspectOptions } from '../index';
import { normalizeInput } from '../input/normalize-input';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';

/*
 * Random mutations of valid tokens (RFC 7515 §5.2, RFC 7516 §5.2): inspect() never throws, and a
 * mutated token is never "valid" or "decrypted" unless the mutation changed nothing the verifier
 * reads — that is, unless input clean-up (outer whitespace) gives back the original text. base64url
 * has non-canonical spellings (non-zero trailing bits) that lenient decoders map to the same bytes;
 * the decoder rejects them, so they must never verify either.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const encoder = new TextEncoder();
const SECRET = 'a-string-secret-at-least-256-bits-long';
const DIR_KEY = new Uint8Array(32).map((_, i) => i * 7 + 1);
const CLAIMS = encoder.encode(JSON.stringify({ sub: 'frodo', iss: 'https://issuer.example', exp: 4102444800 }));
const PLAINTEXT = 'One does not simply walk into Mordor.';

interface Seed {
  name: string;
  token: string;
  options: InspectOptions;
}

const rsa = pairOf('rsa-2048');
const p256 = pairOf('P-256');
const sign = (alg: string, key: Parameters<CompactSign['sign']>[0]) =>
  new CompactSign(CLAIMS).setProtectedHeader({ alg, typ: 'JWT', kid: 'k1' }).sign(key);
const encrypt = (alg: string, key: Parameters<CompactEncrypt['encrypt']>[0]) =>
  new CompactEncrypt(encoder.encode(PLAINTEXT)).setProtectedHeader({ alg, enc: 'A256GCM', kid: 'k1' }).encrypt(key);

const SIGNED: Seed[] = [
  { name: 'HS256', token: await sign('HS256', encoder.encode(SECRET)), options: { verificationKey: SECRET } },
  {
    name: 'RS256',
    token: await sign('RS256', rsa.privateKey),
    options: { verificationKey: pemOf(rsa.publicKey, 'spki') },
  },
  {
    name: 'ES256',
    token: await sign('ES256', p256.privateKey),
    options: { verificationKey: pemOf(p256.publicKey, 'spki') },
  },
];
const ENCRYPTED: Seed[] = [
  {
    name: 'dir',
    token: await encrypt('dir', DIR_KEY),
    options: { decryptionKey: Buffer.from(DIR_KEY).toString('base64url'), secretEncoding: 'base64url' },
  },
  {
    name: 'RSA-OAEP',
    token: await encrypt('RSA-OAEP', rsa.publicKey),
    options: { decryptionKey: pemOf(rsa.privateKey, 'pkcs8') },
  },
];

/** Seeds are drawn by name, so a failing case prints without its keys. */
function seedNamed(seeds: Seed[], name: string): Seed {
  const seed = seeds.find((s) => s.name === name);
  if (!seed) throw new Error(name);
  return seed;
}

/** Mutations are plain data, so a failing case prints readably. */
type Mutation =
  | { kind: 'replace' | 'insert'; at: number; char: string }
  | { kind: 'delete' | 'truncate'; at: number }
  | { kind: 'swap-segments'; a: number; b: number }
  | { kind: 'non-canonical'; segment: number; bits: number }
  | { kind: 'header'; member: string; value: unknown };

const character = fc.oneof(
  fc.constantFrom(...ALPHABET.split(''), '.', '=', '+', '/', ' ', '\n', '"', '\u00A0', '\u0000'),
  fc.string({ minLength: 1, maxLength: 1 }),
);
const HEADER_CHANGES: Array<[string, unknown]> = [
  ['alg', 'none'],
  ['alg', 'NONE'],
  ['alg', 'HS256'],
  ['alg', 'RS256'],
  ['alg', 'PS256'],
  ['alg', 'ES256'],
  ['alg', 'dir'],
  ['alg', 'RSA-OAEP-256'],
  ['alg', 7],
  ['alg', undefined],
  ['enc', 'A128GCM'],
  ['enc', undefined],
  ['kid', 'k2'],
  ['kid', undefined],
  ['crit', ['b64']],
  ['crit', ['exp']],
  ['b64', false],
  ['zip', 'DEF'],
  ['p2c', 1e9],
  ['jwk', { kty: 'oct', k: 'AAAA' }],
  ['typ', 'JWT '],
  ['__proto__', { alg: 'none' }],
];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('replace' as const, 'insert' as const), at: fc.nat(), char: character }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-segments' as const), a: fc.nat(4), b: fc.nat(4) }),
  fc.record({ kind: fc.constant('non-canonical' as const), segment: fc.nat(4), bits: fc.integer({ min: 1, max: 15 }) }),
  fc.constantFrom(...HEADER_CHANGES).map(([member, value]): Mutation => ({ kind: 'header', member, value })),
);

function mutate(token: string, m: Mutation): string {
  const at = 'at' in m ? m.at % (token.length + 1) : 0;
  const segments = token.split('.');
  switch (m.kind) {
    case 'replace':
      return token.slice(0, at) + m.char + token.slice(at + 1);
    case 'insert':
      return token.slice(0, at) + m.char + token.slice(at);
    case 'delete':
      return token.slice(0, at) + token.slice(at + 1);
    case 'truncate':
      return token.slice(0, at);
    case 'swap-segments': {
      const a = m.a % segments.length;
      const b = m.b % segments.length;
      [segments[a], segments[b]] = [segments[b] ?? '', segments[a] ?? ''];
      return segments.join('.');
    }
    case 'non-canonical': {
      const index = m.segment % segments.length;
      segments[index] = spoilTrailingBits(segments[index] ?? '', m.bits);
      return segments.join('.');
    }
    case 'header': {
      const header = JSON.parse(Buffer.from(segments[0] ?? '', 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >;
      if (m.value === undefined) Reflect.deleteProperty(header, m.member);
      else Object.defineProperty(header, m.member, { value: m.value, enumerable: true });
      segments[0] = Buffer.from(JSON.stringify(header)).toString('base64url');
      return segments.join('.');
    }
  }
}

/** The same bytes, spelled with non-zero unused bits in the last character (RFC 4648 §3.5). */
function spoilTrailingBits(segment: string, bits: number): string {
  const unused = segment.length % 4 === 2 ? 4 : segment.length % 4 === 3 ? 2 : 0;
  if (unused === 0) return segment;
  const last = ALPHABET.indexOf(segment.slice(-1));
  const low = bits % 2 ** unused || 1;
  return segment.slice(0, -1) + (ALPHABET[(last & ~(2 ** unused - 1)) | low] ?? '');
}

/** Nothing a verifier reads changed: clean-up of the pasted text gives back the original. */
const isNoOp = (original: string, mutated: string) => normalizeInput(mutated).text === original;

describe('inspect() under random mutation of valid tokens', () => {
  it('the seeds are valid and decrypted to begin with', async () => {
    for (const seed of SIGNED) expect((await inspect(seed.token, seed.options)).signature).toBe('valid');
    for (const seed of ENCRYPTED) expect((await inspect(seed.token, seed.options)).payload?.text).toBe(PLAINTEXT);
  });

  it('a mutated JWS (HS256, RS256, ES256) never throws and is never valid', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SIGNED.map((s) => s.name)), mutation, async (name, m) => {
        const seed = seedNamed(SIGNED, name);
        const mutated = mutate(seed.token, m);
        const result = await inspect(mutated, seed.options);
        if (result.signature === 'valid') expect(isNoOp(seed.token, mutated)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a mutated JWE (dir, RSA-OAEP) never throws and is never decrypted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ENCRYPTED.map((s) => s.name)), mutation, async (name, m) => {
        const seed = seedNamed(ENCRYPTED, name);
        const mutated = mutate(seed.token, m);
        const result = await inspect(mutated, seed.options);
        if (result.decryption === 'decrypted') {
          expect(result.payload?.text).toBe(PLAINTEXT);
          expect(isNoOp(seed.token, mutated)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('non-canonical base64url in any segment is never valid (RFC 7515 §2, RFC 4648 §3.5)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SIGNED.map((s) => s.name)),
        fc.nat(2),
        fc.integer({ min: 1, max: 15 }),
        async (name, segment, bits) => {
          const seed = seedNamed(SIGNED, name);
          const mutated = mutate(seed.token, { kind: 'non-canonical', segment, bits });
          fc.pre(mutated !== seed.token);
          const result = await inspect(mutated, seed.options);
          expect(result.signature).toBe('invalid');
          expect(result.findings.map((f) => f.code)).toContain('base64url-invalid');
        },
      ),
      { numRuns: 100 },
    );
  });
});
