import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compactJwe, encodeJson, encodeText } from '../../../test-support/build-token';
import { decodeToken } from '../decode/decode-token';
import { loadCommonSecrets } from './load-common-secrets';
import { SECRETS_PROGRESS_EVERY, tryCommonSecrets } from './try-common-secrets';

const HASHES = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const;

/** A compact HMAC JWS made with node:crypto alone (RFC 7515 §5.1, RFC 7518 §3.2), never by the code under test. */
function hmacJws(alg: keyof typeof HASHES, secret: string, header: object = {}): string {
  const input = `${encodeJson({ alg, typ: 'JWT', ...header })}.${encodeText('{"sub":"alice","admin":true}')}`;
  return `${input}.${createHmac(HASHES[alg], secret).update(input).digest('base64url')}`;
}

const secrets = await loadCommonSecrets();

describe('the bundled list of common secrets', () => {
  it('holds a few thousand distinct, non-empty secrets of at most 256 characters', () => {
    expect(secrets.length).toBeGreaterThanOrEqual(3000);
    expect(secrets.length).toBeLessThanOrEqual(5100);
    expect(new Set(secrets).size).toBe(secrets.length);
    expect(secrets.every((secret) => secret.length > 0 && secret.length <= 256)).toBe(true);
  });

  it.each(['secret', 'your-256-bit-secret', 'changeme', 'a-string-secret-at-least-256-bits-long'])(
    'includes the classic "%s"',
    (classic) => expect(secrets).toContain(classic),
  );
});

describe('tryCommonSecrets (RFC 7518 §3.2): a well-known HMAC secret is a key-weak error', () => {
  it.each([
    { alg: 'HS256', secret: 'your-256-bit-secret' },
    { alg: 'HS384', secret: secrets[Math.floor(secrets.length / 2)] ?? '' },
    { alg: 'HS512', secret: 'a-string-secret-at-least-256-bits-long' },
  ] as const)('finds the $alg secret "$secret" and names it', async ({ alg, secret }) => {
    const result = await tryCommonSecrets(decodeToken(hmacJws(alg, secret)), secrets);
    expect(result.found).toBe(secret);
    expect(result.tried).toBe(secrets.indexOf(secret) + 1);
    expect(result.total).toBe(secrets.length);
    expect(result.isCancelled).toBe(false);
    expect(result.finding).toMatchObject({ code: 'key-weak', severity: 'error', source: 'token' });
    expect(result.finding?.message).toContain(`“${secret}”`);
    expect(result.finding?.message).toContain(alg);
  });

  it('tries every secret and finds none for a strong random secret, saying progress up to the end', async () => {
    const progress: number[] = [];
    const token = hmacJws('HS256', randomBytes(32).toString('base64url'));
    const result = await tryCommonSecrets(decodeToken(token), secrets, { onProgress: (tried) => progress.push(tried) });
    expect(result).toEqual({
      found: null,
      tried: secrets.length,
      total: secrets.length,
      isCancelled: false,
      finding: null,
    });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(secrets.length);
    expect(progress).toHaveLength(Math.ceil(secrets.length / SECRETS_PROGRESS_EVERY) + 1);
    expect(progress.every((tried, index) => index === 0 || tried > (progress[index - 1] ?? 0))).toBe(true);
  });

  it('accepts a critical extension it does not know: the key is weak whatever the token says', async () => {
    const token = hmacJws('HS256', 'changeme', { crit: ['urn:example:ext'], 'urn:example:ext': 1 });
    expect((await tryCommonSecrets(decodeToken(token), secrets)).found).toBe('changeme');
  });

  it('stops promptly when the signal aborts', async () => {
    const controller = new AbortController();
    const token = hmacJws('HS256', randomBytes(32).toString('base64url'));
    const result = await tryCommonSecrets(decodeToken(token), secrets, {
      signal: controller.signal,
      onProgress: (tried) => {
        if (tried >= 2 * SECRETS_PROGRESS_EVERY) controller.abort();
      },
    });
    expect(result.isCancelled).toBe(true);
    expect(result.found).toBeNull();
    expect(result.finding).toBeNull();
    expect(result.tried).toBe(2 * SECRETS_PROGRESS_EVERY);
  });

  it('tries nothing when the signal has already aborted, even with the secret first in the list', async () => {
    const result = await tryCommonSecrets(decodeToken(hmacJws('HS256', 'secret')), ['secret'], {
      signal: AbortSignal.abort(),
    });
    expect(result).toMatchObject({ found: null, tried: 0, total: 1, isCancelled: true });
  });

  const refusals = [
    {
      name: 'an RS256 token',
      token: `${encodeJson({ alg: 'RS256' })}.${encodeText('{}')}.${randomBytes(256).toString('base64url')}`,
      message: /HS256, HS384 or HS512 token; this one has alg RS256/,
    },
    { name: 'an unsecured token', token: `${encodeJson({ alg: 'none' })}.${encodeText('{}')}.`, message: /alg none/ },
    {
      name: 'a JWE',
      token: compactJwe({ header: { alg: 'dir', enc: 'A128GCM' }, encryptedKey: 0, iv: 12, ciphertext: 4, tag: 16 }),
      message: /only be tried on a JWS/,
    },
    { name: 'a detached payload', token: hmacJws('HS256', 'secret').replace(/\.[^.]*\./, '..'), message: /detached/ },
  ];
  it.each(refusals)('refuses $name with a clear message', async ({ token, message }) => {
    await expect(tryCommonSecrets(decodeToken(token), secrets)).rejects.toThrow(message);
  });
});
