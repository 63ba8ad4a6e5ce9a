import { describe, expect, it } from 'vitest';
import { hs256Jws } from '../../../test-support/build-token';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import { inspect } from './inspect';

/*
 * A key that is not for this token — another kid, or a type the token's alg cannot use — was not used: a
 * note beside its box, never the cause of a failure, and a token whose only keys are such keys is
 * "not verified", never "invalid" (issue 10). A key the token names by kid that its alg cannot use keeps a
 * warning: an HS256 token naming an RSA key is the algorithm-confusion attack (RFC 8725 §2.1).
 */
const SECRET = 'a-string-secret-at-least-256-bits-long';
const rsa = pairOf('rsa-2048');
const RSA_PEM = pemOf(rsa.publicKey, 'spki');
const rsaJwk = (kid: string) => ({ ...rsa.publicKey.export({ format: 'jwk' }), kid });
const token = (header: object) => hs256Jws({ alg: 'HS256', ...header }, '{"sub":"x"}', SECRET);
const oct = (kid: string) => ({ kty: 'oct', kid, k: Buffer.from(`${SECRET}-${kid}`).toString('base64url') });

describe('keys that are not for this token', () => {
  it('the sample’s RSA key left in the box, an HS256 token: not verified, a note about the key', async () => {
    const result = await inspect(token({}), { verificationKey: RSA_PEM });
    expect(result.signature).toBe('not-verified');
    const note = result.findings.find((f) => f.code === 'key-alg-mismatch');
    expect(note).toMatchObject({ source: 'verification-key', stage: 'key', severity: 'info' });
    // The alg-confusion fact stays, as information about that key.
    expect(note?.message).toMatch(/algorithm-confusion/);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a key the token names by kid that its alg cannot use: a warning, still not verified', async () => {
    const result = await inspect(token({ kid: 'rsa-1' }), {
      verificationKey: JSON.stringify({ keys: [rsaJwk('rsa-1')] }),
    });
    expect(result.signature).toBe('not-verified');
    expect(result.findings.find((f) => f.code === 'key-alg-mismatch')).toMatchObject({
      source: 'verification-key',
      stage: 'key',
      severity: 'warning',
    });
  });

  it('a key with a use for something else is a note too', async () => {
    const jwk = { ...oct('k'), use: 'enc' };
    const result = await inspect(token({}), { verificationKey: JSON.stringify(jwk) });
    expect(result.signature).toBe('not-verified');
    expect(result.findings.find((f) => f.code === 'key-wrong-use')).toMatchObject({ severity: 'info', stage: 'key' });
  });

  it('keys whose kids are not the token’s: one note beside their box', async () => {
    const result = await inspect(token({ kid: 'x' }), {
      verificationKey: JSON.stringify({ keys: [oct('a'), oct('b')] }),
    });
    expect(result.signature).toBe('not-verified');
    const notFound = result.findings.filter((f) => f.code === 'key-not-found');
    expect(notFound).toEqual([
      expect.objectContaining({ source: 'token', part: 'header', name: 'kid' }),
      expect.objectContaining({ source: 'verification-key', stage: 'key', severity: 'info' }),
    ]);
    expect(notFound[1]?.message).toContain('"a", "b"');
  });

  it('a set in which the token’s kid matches one key: no note about the others', async () => {
    const matching = { kty: 'oct', kid: 'k1', k: Buffer.from(SECRET).toString('base64url') };
    const result = await inspect(token({ kid: 'k1' }), {
      verificationKey: JSON.stringify({ keys: [oct('other'), matching] }),
    });
    expect(result.signature).toBe('valid');
    expect(result.findings.map((f) => f.code)).not.toContain('key-not-found');
  });

  it('a key that does not fit before one that verifies: a note, not "Tried first"', async () => {
    const result = await inspect(token({}), {
      verificationKey: JSON.stringify({
        keys: [rsaJwk('r'), { kty: 'oct', k: Buffer.from(SECRET).toString('base64url') }],
      }),
    });
    expect(result.signature).toBe('valid');
    const note = result.findings.find((f) => f.code === 'key-alg-mismatch');
    expect(note).toMatchObject({ severity: 'info' });
    expect(note?.message).not.toMatch(/^Tried first/);
  });
});
