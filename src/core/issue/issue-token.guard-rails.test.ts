import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../findings/catalogue';
import { inspect } from '../inspect/inspect';
import { generateKey } from '../keygen';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import { issueToken } from './issue-token';
import type { IssueRequest } from './types';

/*
 * The guard rails teach while a token is made: each `issue-*` warning fires exactly when its rule says,
 * and never stops the token. Refusals (alg none without the switch, unsupported algorithms, unusable
 * keys, a header or claims that is not an object) make no token and say why.
 */

const NOW = 1_700_000_000;
const SECRET_32 = 'exactly thirty-two bytes, HS256!';
const BASE: IssueRequest = {
  header: { typ: 'JWT' },
  claims: { sub: 'user-42', iat: NOW, exp: NOW + 300 },
  mode: 'sign',
  serialization: 'compact',
  signing: { alg: 'HS256', key: SECRET_32 },
  encryption: { alg: 'dir', enc: 'A256GCM', key: 'k'.repeat(32) },
  now: NOW,
};
const rsa = await generateKey('RSA-2048');
const ED448_PKCS8 = pemOf(pairOf('ed448').privateKey, 'pkcs8');

type Row = [title: string, change: Partial<IssueRequest>, codes: FindingCode[]];

const WARNING_ROWS: Row[] = [
  ['a short-lived signed JWT: no warning', {}, []],
  ['RFC 7519 §4.1.4 no "exp"', { claims: { sub: 'user-42', iat: NOW } }, ['issue-no-exp']],
  ['RFC 7519 §4.1.4 no "exp", encrypted too', { claims: { sub: 'user-42' }, mode: 'encrypt' }, ['issue-no-exp']],
  ['RFC 7519 §7.1 a string payload is no claims set: no claim warnings', { claims: 'hello' }, []],
  [
    'RFC 9068 §2.1 "typ": "at+jwt" living 1 h',
    { header: { typ: 'at+jwt' }, claims: { sub: 'user-42', iat: NOW, exp: NOW + 3600 } },
    ['issue-long-lifetime'],
  ],
  [
    'RFC 9068 §2.1 "typ": "application/at+jwt" living 16 min',
    { header: { typ: 'application/at+jwt' }, claims: { iat: NOW, exp: NOW + 960 } },
    ['issue-long-lifetime'],
  ],
  [
    'RFC 9068 §2.2.3 "scope" living 1 day',
    { claims: { scope: 'read', iat: NOW, exp: NOW + 86_400 } },
    ['issue-long-lifetime'],
  ],
  [
    'RFC 9068 §2.2 "client_id", no "iat": counted from now',
    { claims: { client_id: 'app', exp: NOW + 3600 } },
    ['issue-long-lifetime'],
  ],
  ['RFC 9068 §2.2 "scp" living exactly 15 min: fine', { claims: { scp: ['read'], iat: NOW, exp: NOW + 900 } }, []],
  ['RFC 9068 an ID token living 1 h: not an access token', { claims: { sub: 'u', iat: NOW, exp: NOW + 3600 } }, []],
  [
    'RFC 7518 §3.2 a 31-byte HS256 secret',
    { signing: { alg: 'HS256', key: SECRET_32.slice(1) } },
    ['issue-short-secret'],
  ],
  ['RFC 7518 §3.2 a 32-byte HS512 secret', { signing: { alg: 'HS512', key: SECRET_32 } }, ['issue-short-secret']],
  [
    'RFC 7519 §12 "email" and "name" in a JWS',
    { claims: { sub: 'u', email: 'a@example.com', name: 'Ada', exp: NOW + 60 } },
    ['issue-pii-in-jws'],
  ],
  [
    'RFC 7519 §12 a nested "address"',
    { claims: { exp: NOW + 60, user: { address: { country: 'NL' } } } },
    ['issue-pii-in-jws'],
  ],
  ['RFC 7519 §12 an SSN-shaped value', { claims: { exp: NOW + 60, tax_ids: ['123-45-6789'] } }, ['issue-pii-in-jws']],
  [
    'RFC 7519 §12 an e-mail address as "sub"',
    { claims: { sub: 'ada@example.com', exp: NOW + 60 } },
    ['issue-pii-in-jws'],
  ],
  [
    'RFC 8725 §3.2 personal data inside a JWE: fine',
    { mode: 'encrypt', claims: { email: 'a@example.com', exp: NOW + 60 } },
    [],
  ],
  [
    'RFC 7519 §11.2 personal data signed, then encrypted: fine',
    { mode: 'sign-then-encrypt', claims: { phone_number: '+31 6 1234', exp: NOW + 60 } },
    [],
  ],
  [
    'several at once',
    { claims: { email: 'a@example.com', scope: 'x', iat: NOW }, signing: { alg: 'HS384', key: SECRET_32 } },
    ['issue-short-secret', 'issue-no-exp', 'issue-pii-in-jws'],
  ],
];

describe('issueToken guard rails warn exactly when they should, and never block', () => {
  it.each(WARNING_ROWS)('%s', async (_title, change, codes) => {
    const result = await issueToken({ ...BASE, ...change });
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    expect(result.warnings.map((f) => f.code)).toEqual(codes);
    expect(result.warnings.every((f) => f.severity === 'warning' && f.hint !== undefined)).toBe(true);
  });

  it('says what it saw: the access token’s lifetime and the personal claims', async () => {
    const result = await issueToken({
      ...BASE,
      header: { typ: 'at+jwt' },
      claims: { email: 'a@example.com', given_name: 'Ada', iat: NOW, exp: NOW + 7200 },
    });
    if (!result.ok) throw new Error('not issued');
    expect(result.warnings.map((f) => f.message)).toEqual([
      'This is an access token ("typ": "at+jwt") that lives 2 h from "iat" to "exp"; keep it to 15 min or less.',
      '"email" (an e-mail address), "given_name" (a given name) look like personal data, and a JWS is only encoded: anyone who holds the token can read them.',
    ]);
  });
});

describe('alg "none" only with the unsecured switch (RFC 7518 §3.6, RFC 8725 §2.1)', () => {
  it.each(['none', 'None', 'NONE'])('"%s" is refused without it', async (alg) => {
    const result = await issueToken({ ...BASE, signing: { alg, key: '' } });
    expect(result).toMatchObject({ ok: false, findings: [{ code: 'alg-none', severity: 'error' }] });
  });

  it.each(['compact', 'flattened', 'general'] as const)(
    '%s: made with it, loudly, and the decoder calls it unsecured',
    async (serialization) => {
      const result = await issueToken({
        ...BASE,
        serialization,
        signing: { alg: 'none', key: '' },
        allowUnsecured: true,
      });
      if (!result.ok) throw new Error(JSON.stringify(result.findings));
      expect(result.warnings).toMatchObject([{ code: 'issue-unsecured', severity: 'error' }]);
      expect(result.verificationKey).toBe('');
      const report = await inspect(result.token, { now: NOW });
      expect(report.signature).toBe('unsecured');
      expect(report.payload?.json).toEqual(BASE.claims);
      if (serialization === 'compact') expect(result.token.endsWith('.')).toBe(true);
    },
  );

  it('RFC 7519 §11.2 an unsecured JWT inside a JWE: made, and the decoder flags it', async () => {
    const result = await issueToken({
      ...BASE,
      mode: 'sign-then-encrypt',
      signing: { alg: 'none', key: '' },
      allowUnsecured: true,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    const report = await inspect(result.token, { decryptionKey: result.decryptionKey ?? '' });
    expect(report.findings.map((f) => f.code)).toContain('nested-inner-unsecured');
  });
});

type RefusalRow = [title: string, change: Partial<IssueRequest>, code: FindingCode, message?: RegExp];

const REFUSAL_ROWS: RefusalRow[] = [
  ['RFC 7515 §4 a header that is an array', { header: [] }, 'header-not-object'],
  ['RFC 7515 §4 a header that is null', { header: null }, 'header-not-object'],
  ['RFC 7519 §4 claims that are a number', { claims: 42 }, 'claim-type-invalid'],
  ['RFC 7519 §4 claims that are an array', { claims: [{ sub: 'x' }] }, 'claim-type-invalid'],
  [
    'RFC 8812 §3.2 ES256K with an Ed448 key',
    { signing: { alg: 'ES256K', key: ED448_PKCS8 } },
    'key-alg-mismatch',
    /^Signing key: Ed448 private key, from a PEM private key \(PKCS#8\) cannot be used: ES256K needs an EC key on secp256k1; this is an Ed448 key\.$/,
  ],
  [
    'RFC 7518 §4.2 RSA1_5 with a shared secret',
    { mode: 'encrypt', encryption: { alg: 'RSA1_5', enc: 'A128GCM', key: SECRET_32 } },
    'key-alg-mismatch',
    /RSA1_5 needs an RSA key/,
  ],
  [
    'RFC 7518 §4.4 A192KW with a 32-byte key',
    { mode: 'encrypt', encryption: { alg: 'A192KW', enc: 'A128GCM', key: SECRET_32 } },
    'key-alg-mismatch',
    /A192KW needs a key of exactly 192 bits/,
  ],
  [
    'RFC 7518 §5.3 dir with A192GCM and a 32-byte key',
    { mode: 'encrypt', encryption: { alg: 'dir', enc: 'A192GCM', key: SECRET_32 } },
    'key-alg-mismatch',
    /dir with A192GCM needs a key of exactly 192 bits/,
  ],
  ['RFC 7518 §3.1 an unknown alg', { signing: { alg: 'HS1', key: SECRET_32 } }, 'alg-invalid', /not a JWS algorithm/],
  ['RFC 7518 §3.1 a JWE alg to sign', { signing: { alg: 'A128KW', key: SECRET_32 } }, 'alg-invalid', /a JWE algorithm/],
  [
    'RFC 7518 §5.1 an unknown enc',
    { mode: 'encrypt', encryption: { alg: 'dir', enc: 'A128CTR', key: '' } },
    'enc-invalid',
  ],
  [
    'RFC 7515 §5.1 a public key cannot sign',
    { signing: { alg: 'RS256', key: rsa.spkiPem ?? '' } },
    'key-alg-mismatch',
    /^Signing key: RSA public key, 2048 bits, from a PEM public key \(SPKI\) cannot be used: signing needs the private key; this is a public key only\.$/,
  ],
  [
    'RFC 8725 §2.1 an RSA key as an HMAC secret',
    { signing: { alg: 'HS256', key: rsa.pkcs8Pem ?? '' } },
    'key-alg-mismatch',
    /algorithm-confusion/,
  ],
  [
    'RFC 7517 §4.2 a signing key to encrypt',
    { mode: 'encrypt', encryption: { alg: 'RSA-OAEP', enc: 'A128GCM', key: JSON.stringify(rsa.publicJwk) } },
    'key-wrong-use',
  ],
  [
    'RFC 7518 §4.5 dir with a key of the wrong length',
    { mode: 'encrypt', encryption: { alg: 'dir', enc: 'A128GCM', key: 'k'.repeat(32) } },
    'key-alg-mismatch',
    /exactly 128 bits/,
  ],
  ['RFC 7515 §5.1 no signing key', { signing: { alg: 'HS256', key: '  ' } }, 'key-missing', /^Signing key: paste/],
  ['RFC 7517 §4 a broken JWK', { signing: { alg: 'ES256', key: '{"kty": "EC"' } }, 'key-invalid', /^Signing key: /],
  [
    'RFC 7515 §4.1.1 the header’s alg disagrees',
    { header: { alg: 'HS512' } },
    'alg-invalid',
    /"alg": "HS512", but HS256 was chosen/,
  ],
  ['RFC 7516 §4.1.2 the header’s enc disagrees', { mode: 'encrypt', header: { enc: 'A128GCM' } }, 'enc-invalid'],
  [
    'RFC 7518 §4.8.1.2 p2c under 1,000',
    { mode: 'encrypt', encryption: { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', key: 'pw', p2c: 999 } },
    'issue-p2c-out-of-range',
  ],
  [
    'RFC 8725 §3.5 p2c over 600,000',
    { mode: 'encrypt', encryption: { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', key: 'pw', p2c: 600_001 } },
    'issue-p2c-out-of-range',
  ],
  [
    'RFC 7518 §4.8.1.2 p2c not whole',
    { mode: 'encrypt', encryption: { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', key: 'pw', p2c: 1000.5 } },
    'issue-p2c-out-of-range',
  ],
  [
    'RFC 7518 §3.3 jose refuses an RSA key under 2048 bits',
    { signing: { alg: 'RS256', key: pemOf(pairOf('rsa-1024').privateKey, 'pkcs8') } },
    'issue-failed',
    /^Signing failed: .*2048/,
  ],
  [
    'RFC 7515 §4.1.11 a critical extension nobody understands',
    { header: { crit: ['x-unknown'], 'x-unknown': true } },
    'issue-failed',
    /^Signing failed: /,
  ],
  ['RFC 7516 §5.1 encrypt without encryption settings', { mode: 'encrypt', encryption: undefined }, 'issue-failed'],
  ['RFC 7519 §5.2 nested without signing settings', { mode: 'sign-then-encrypt', signing: undefined }, 'issue-failed'],
];

describe('issueToken refuses, and says why', () => {
  it.each(REFUSAL_ROWS)('%s', async (_title, change, code, message) => {
    const result = await issueToken({ ...BASE, ...change });
    if (result.ok) throw new Error('issued');
    expect(result.findings.map((f) => f.code)).toEqual([code]);
    expect(result.findings[0]?.severity).toBe('error');
    if (message !== undefined) expect(result.findings[0]?.message).toMatch(message);
  });
});
