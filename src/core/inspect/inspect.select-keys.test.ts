import { describe, expect, it } from 'vitest';
import { inspect } from '../index';
import { hs256Jws } from '../../../test-support/build-token';

/*
 * Which keys are tried (RFC 7515 §4.1.4, RFC 7517 §4.5): a kid in the token must match a JWK's kid
 * exactly, with no fallback to the other keys of a set; a token without a kid tries every key that fits
 * and reports the one that verified; a key pasted on its own (no kid) was chosen by the user and is
 * always tried.
 */
const SECRETS = {
  a: 'secret-a-of-at-least-thirty-two-bytes',
  b: 'secret-b-of-at-least-thirty-two-bytes',
  c: 'secret-c-of-at-least-thirty-two-bytes',
};
const JWKS = JSON.stringify({
  keys: Object.entries(SECRETS).map(([kid, secret]) => ({
    kty: 'oct',
    kid,
    k: Buffer.from(secret).toString('base64url'),
  })),
});
const signed = (secret: string, kid?: string) =>
  hs256Jws(kid === undefined ? { alg: 'HS256' } : { alg: 'HS256', kid }, 'p', secret);
const codes = (result: Awaited<ReturnType<typeof inspect>>) => result.findings.map((f) => f.code);

describe('a kid selects exactly one key of a JWK Set', () => {
  it('kid "b" verifies with keys[1] only', async () => {
    const result = await inspect(signed(SECRETS.b, 'b'), { verificationKey: JWKS });
    expect(result.signature).toBe('valid');
    expect(result.layers[0]?.entries[0]?.keyUsed).toMatch(/keys\[1\], kid "b"/);
    expect(codes(result)).not.toContain('signature-invalid');
  });

  it('the same key given as an already-fetched JWKS document verifies too', async () => {
    const result = await inspect(signed(SECRETS.b, 'b'), { jwks: JSON.parse(JWKS) as unknown });
    expect(result.signature).toBe('valid');
  });

  it.each([
    ['compared exactly: "B" is not "b"', 'B'],
    ['an unknown kid', 'z'],
    ['a kid with surrounding space', ' b'],
  ])('%s: key-not-found, no other key tried', async (_title, kid) => {
    const result = await inspect(signed(SECRETS.b, kid), { verificationKey: JWKS });
    expect(result.signature).toBe('not-verified');
    expect(codes(result)).not.toContain('signature-invalid');
    const notFound = result.findings.find((f) => f.code === 'key-not-found');
    expect(notFound).toMatchObject({ part: 'header', layer: 0 });
    expect(notFound?.message).toContain(`kid ${JSON.stringify(kid)}`);
    expect(notFound?.message).toContain('(available: "a", "b", "c")');
  });

  it('no fallback even when another key of the set would verify', async () => {
    const result = await inspect(signed(SECRETS.a, 'c'), { verificationKey: JWKS });
    expect(result.signature).toBe('invalid');
    expect(codes(result)).toContain('signature-invalid');
    expect(result.layers[0]?.entries[0]?.keyUsed).toBeUndefined();
  });
});

describe('a token without a kid', () => {
  it('tries every fitting key and says which one verified', async () => {
    const result = await inspect(signed(SECRETS.c), { verificationKey: JWKS });
    expect(result.signature).toBe('valid');
    expect(result.layers[0]?.entries[0]?.keyUsed).toMatch(/keys\[2\], kid "c"/);
    // Which key did it is a detail of the report, not of the headline.
    expect(result.headline).toBe('Signature verified');
    expect(result.findings.find((f) => f.code === 'signature-valid')?.message).toMatch(/keys\[2\]/);
    // The keys tried before it are reported as notes, not errors: a valid report carries no error.
    const tried = result.findings.filter((f) => f.code === 'signature-invalid');
    expect(tried).toHaveLength(2);
    expect(tried.every((f) => f.severity === 'info' && f.message.startsWith('Tried first: '))).toBe(true);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('skips keys that cannot fit the algorithm', async () => {
    const ec = {
      kty: 'EC',
      crv: 'P-256',
      x: 'MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4',
      y: '4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM',
    };
    const keys = JSON.stringify({ keys: [ec, { kty: 'oct', k: Buffer.from(SECRETS.a).toString('base64url') }] });
    const result = await inspect(signed(SECRETS.a), { verificationKey: keys });
    expect(result.signature).toBe('valid');
    expect(codes(result)).toContain('key-alg-mismatch');
  });

  it('with no key that verifies: invalid', async () => {
    const result = await inspect(signed('a-fourth-secret-of-thirty-two-bytes!'), { verificationKey: JWKS });
    expect(result.signature).toBe('invalid');
    expect(codes(result).filter((c) => c === 'signature-invalid')).toHaveLength(3);
  });
});

describe('a key pasted on its own is always tried', () => {
  it('a bare secret verifies a token whose kid it cannot match', async () => {
    const result = await inspect(signed(SECRETS.a, 'some-kid'), { verificationKey: SECRETS.a });
    expect(result.signature).toBe('valid');
    expect(codes(result)).not.toContain('key-not-found');
  });

  it('a bare secret next to a JWK Set whose kids do not match: tried, and key-not-found reported', async () => {
    const result = await inspect(signed(SECRETS.a, 'z'), {
      verificationKey: SECRETS.a,
      jwks: JSON.parse(JWKS) as unknown,
    });
    expect(result.signature).toBe('valid');
    expect(codes(result)).toContain('key-not-found');
  });
});
