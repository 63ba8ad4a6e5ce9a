import { describe, expect, it } from 'vitest';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import { findWeakKey } from './find-weak-key';
import { parseKeyInput } from './parse-key-input';
import type { KeyCandidate } from './types';

async function parse(text: string): Promise<KeyCandidate> {
  const [candidate] = (await parseKeyInput(text)).candidates;
  if (candidate === undefined) throw new Error('no candidate');
  return candidate;
}

describe('findWeakKey: key-weak warns, never refuses (RFC 7518 §3.2, §3.3)', () => {
  it('RFC 7518 §3.3: a 1024-bit RSA key for RS256', async () => {
    const candidate = await parse(pemOf(pairOf('rsa-1024').publicKey, 'spki'));
    expect(candidate.bits).toBe(1024);
    expect(findWeakKey(candidate, 'RS256')).toMatchObject({
      code: 'key-weak',
      severity: 'warning',
      message: 'The 1024-bit RSA key is too short for RS256: use at least 2048 bits (RFC 7518 §3.3).',
    });
    expect(findWeakKey(candidate, 'RSA-OAEP-256')?.code).toBe('key-weak');
  });

  it('RFC 7518 §3.2: an HMAC secret shorter than the hash output', async () => {
    const candidate = await parse('short secret');
    expect(findWeakKey(candidate, 'HS256')).toMatchObject({
      code: 'key-weak',
      message:
        'The 12-byte (96-bit) secret is shorter than the HS256 hash output: use at least 32 random bytes (RFC 7518 §3.2).',
    });
  });

  it.each([
    ['a 2048-bit RSA key for PS256', () => parse(pemOf(pairOf('rsa-2048').publicKey, 'spki')), 'PS256'],
    ['a 32-byte secret for HS256', () => parse('x'.repeat(32)), 'HS256'],
    ['a 32-byte secret for HS384 is weak', () => parse('x'.repeat(32)), 'HS384'],
    ['an EC key (no minimum)', () => parse(pemOf(pairOf('P-256').publicKey, 'spki')), 'ES256'],
    ['a short password for PBES2 (no minimum in the registry)', () => parse('pw'), 'PBES2-HS256+A128KW'],
    ['an unknown alg', () => parse('pw'), 'XX'],
  ])('%s', async (name, candidate, alg) => {
    const finding = findWeakKey(await candidate(), alg);
    if (name.endsWith('is weak')) expect(finding?.code).toBe('key-weak');
    else expect(finding).toBeNull();
  });
});
