import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { inspect } from '../index';
import { hs256Jws } from '../../../test-support/build-token';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';

/*
 * Keys a token carries about itself — "jwk", "jku", "x5u", "x5c" (RFC 7515 §4.1.2–4.1.6) — are shown
 * and flagged, never used and never fetched: a token cannot vouch for its own key (RFC 8725 §3.10).
 */
const SECRET = 'a-string-secret-at-least-256-bits-long';
const codes = (result: Awaited<ReturnType<typeof inspect>>) => result.findings.map((f) => f.code);

describe('header-key-ignored: every key reference in the header is flagged', () => {
  it.each([
    ['jwk', { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }],
    ['jku', 'https://attacker.example/jwks.json'],
    ['x5u', 'https://attacker.example/cert.pem'],
    ['x5c', ['MIIB']],
  ])('"%s"', async (member, value) => {
    const result = await inspect(hs256Jws({ alg: 'HS256', [member]: value }, 'p', SECRET), {
      verificationKey: SECRET,
    });
    const ignored = result.findings.filter((f) => f.code === 'header-key-ignored');
    expect(ignored).toEqual([expect.objectContaining({ part: 'header', layer: 0 })]);
    expect(ignored[0]?.message).toContain(`"${member}"`);
    // The pasted secret still decides: the header reference changes nothing.
    expect(result.signature).toBe('valid');
  });

  it('all four at once: four findings', async () => {
    const header = { alg: 'HS256', jwk: {}, jku: 'https://a.example', x5u: 'https://b.example', x5c: [] };
    const result = await inspect(hs256Jws(header, 'p', SECRET), { verificationKey: SECRET });
    expect(codes(result).filter((c) => c === 'header-key-ignored')).toHaveLength(4);
  });
});

describe('header-private-key: an embedded JWK with private members', () => {
  it.each([
    ['an EC key with "d"', { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'd' }, /\(d\)/],
    ['an RSA key with its primes', { kty: 'RSA', n: 'n', e: 'AQAB', d: 'd', p: 'p', q: 'q' }, /\(d, p, q\)/],
    ['a symmetric key', { kty: 'oct', k: 'c2VjcmV0' }, /\(k\)/],
  ])('%s', async (_title, jwk, members) => {
    const result = await inspect(hs256Jws({ alg: 'HS256', jwk }, 'p', SECRET), { verificationKey: SECRET });
    expect(result.findings.find((f) => f.code === 'header-private-key')?.message).toMatch(members);
  });

  it('a public JWK is not flagged as private', async () => {
    const result = await inspect(hs256Jws({ alg: 'HS256', jwk: { kty: 'EC', x: 'x', y: 'y' } }, 'p', SECRET));
    expect(codes(result)).not.toContain('header-private-key');
  });
});

describe('the embedded key is never used (RFC 8725 §3.10: CVE-2018-0114 and kin)', () => {
  const attacker = generateKeyPair('ES256', { extractable: true });
  const forge = async () => {
    const { privateKey, publicKey } = await attacker;
    return new CompactSign(new TextEncoder().encode('{"sub":"admin"}'))
      .setProtectedHeader({ alg: 'ES256', jwk: await exportJWK(publicKey) })
      .sign(privateKey);
  };

  it('with no key pasted: not verified, and the header key is flagged', async () => {
    const result = await inspect(await forge());
    expect(result.signature).toBe('not-verified');
    expect(codes(result)).toEqual(expect.arrayContaining(['header-key-ignored', 'key-missing']));
  });

  it('with the real issuer’s key pasted: invalid', async () => {
    const result = await inspect(await forge(), { verificationKey: pemOf(pairOf('P-256').publicKey, 'spki') });
    expect(result.signature).toBe('invalid');
    expect(codes(result)).toEqual(expect.arrayContaining(['header-key-ignored', 'signature-invalid']));
  });

  it('an HS256 token carrying its own secret in "jwk" is not verified by it', async () => {
    const k = Buffer.from('attacker-chosen-secret-of-32-bytes!!').toString('base64url');
    const token = hs256Jws(
      { alg: 'HS256', jwk: { kty: 'oct', k } },
      '{"sub":"admin"}',
      'attacker-chosen-secret-of-32-bytes!!',
    );
    const result = await inspect(token);
    expect(result.signature).toBe('not-verified');
    expect(codes(result)).toEqual(expect.arrayContaining(['header-key-ignored', 'header-private-key']));
  });
});
