import { describe, expect, it } from 'vitest';
import { checkKeyFits, type KeyOperation } from './check-key-fits';
import type { KeyCandidate, KeyJwk } from './types';

const JWK: KeyJwk = { kty: 'RSA', n: 'AQAB', e: 'AQAB' };
const base = { label: 'test key', origin: 'jwk' } as const;
const rsaPublic: KeyCandidate = { ...base, kty: 'RSA', bits: 2048, isPrivate: false, publicJwk: JWK };
const rsaPrivate: KeyCandidate = { ...rsaPublic, isPrivate: true, privateJwk: { ...JWK, d: 'AQAB' } };
const ec = (crv: string, isPrivate = false): KeyCandidate => ({
  ...base,
  kty: 'EC',
  crv,
  isPrivate,
  publicJwk: { kty: 'EC', crv },
  ...(isPrivate ? { privateJwk: { kty: 'EC', crv, d: 'AA' } } : {}),
});
const okp = (crv: string, isPrivate = false): KeyCandidate => ({
  ...base,
  kty: 'OKP',
  crv,
  isPrivate,
  publicJwk: { kty: 'OKP', crv },
  ...(isPrivate ? { privateJwk: { kty: 'OKP', crv, d: 'AA' } } : {}),
});
const secret = (bytes: number, extra: Partial<KeyCandidate> = {}): KeyCandidate => ({
  ...base,
  origin: 'secret',
  kty: 'oct',
  bits: bytes * 8,
  isPrivate: true,
  secret: new Uint8Array(bytes),
  ...extra,
});

type Row = [
  string,
  KeyCandidate,
  string,
  KeyOperation,
  string | undefined,
  'fits' | 'key-alg-mismatch' | 'key-wrong-use' | 'alg-unsupported',
  RegExp?,
];

const ROWS: Row[] = [
  // Fitting keys.
  ['RFC 7518 §3.2 HS256 with a secret', secret(32), 'HS256', 'verify', undefined, 'fits'],
  ['RFC 7518 §3.3 RS256 with an RSA public key', rsaPublic, 'RS256', 'verify', undefined, 'fits'],
  [
    'RFC 7518 §3.5 PS512 with an RSA private key (its public half verifies)',
    rsaPrivate,
    'PS512',
    'verify',
    undefined,
    'fits',
  ],
  ['RFC 7518 §3.4 ES384 on P-384', ec('P-384'), 'ES384', 'verify', undefined, 'fits'],
  ['RFC 8037 §3.1 EdDSA with Ed25519', okp('Ed25519'), 'EdDSA', 'verify', undefined, 'fits'],
  ['RFC 9864 §2.2 Ed25519 with Ed25519', okp('Ed25519'), 'Ed25519', 'verify', undefined, 'fits'],
  ['RFC 7518 §4.3 RSA-OAEP-256 with an RSA private key', rsaPrivate, 'RSA-OAEP-256', 'decrypt', 'A256GCM', 'fits'],
  ['RFC 7518 §4.6 ECDH-ES with a P-521 private key', ec('P-521', true), 'ECDH-ES', 'decrypt', 'A128GCM', 'fits'],
  [
    'RFC 8037 §3.2 ECDH-ES+A256KW with an X25519 private key',
    okp('X25519', true),
    'ECDH-ES+A256KW',
    'decrypt',
    undefined,
    'fits',
  ],
  ['RFC 7518 §4.4 A128KW with a 16-byte key', secret(16), 'A128KW', 'decrypt', 'A128GCM', 'fits'],
  ['RFC 7518 §4.7 A256GCMKW with a 32-byte key', secret(32), 'A256GCMKW', 'decrypt', undefined, 'fits'],
  ['RFC 7518 §4.5 dir + A128CBC-HS256 with a 32-byte key', secret(32), 'dir', 'decrypt', 'A128CBC-HS256', 'fits'],
  ['RFC 7518 §4.5 dir without enc: length unchecked', secret(7), 'dir', 'decrypt', undefined, 'fits'],
  ['RFC 7518 §4.8 PBES2 with a password of any length', secret(5), 'PBES2-HS256+A128KW', 'decrypt', 'A128GCM', 'fits'],
  [
    'RFC 7520 §5.6 a dir key whose "alg" names the enc',
    secret(16, { alg: 'A128GCM', use: 'enc' }),
    'dir',
    'decrypt',
    'A128GCM',
    'fits',
  ],
  [
    'RFC 7517 §4.3 key_ops "sign": its public half verifies',
    { ...rsaPrivate, keyOps: ['sign'] },
    'RS256',
    'verify',
    undefined,
    'fits',
  ],

  // key-alg-mismatch.
  [
    'RFC 8725 §2.1 an RSA public key for HS256',
    rsaPublic,
    'HS256',
    'verify',
    undefined,
    'key-alg-mismatch',
    /HS256 \(HMAC\) needs the shared secret, and this is an RSA key: never use public-key bytes as an HMAC secret/,
  ],
  [
    'RFC 8725 §2.1 an EC key for HS512',
    ec('P-256'),
    'HS512',
    'verify',
    undefined,
    'key-alg-mismatch',
    /never use public-key bytes as an HMAC secret/,
  ],
  [
    'RFC 7518 §3.3 a secret for RS256',
    secret(32),
    'RS256',
    'verify',
    undefined,
    'key-alg-mismatch',
    /^RS256 needs an RSA key; this is a symmetric key \(a secret\)$/,
  ],
  [
    'RFC 7518 §3.4 P-384 for ES256',
    ec('P-384'),
    'ES256',
    'verify',
    undefined,
    'key-alg-mismatch',
    /^ES256 needs an EC key on P-256; this is an EC key on P-384$/,
  ],
  [
    'RFC 7518 §3.4 an RSA key for ES512',
    rsaPublic,
    'ES512',
    'verify',
    undefined,
    'key-alg-mismatch',
    /^ES512 needs an EC key on P-521; this is an RSA key$/,
  ],
  [
    'RFC 8037 §3.1 X25519 for EdDSA',
    okp('X25519'),
    'EdDSA',
    'verify',
    undefined,
    'key-alg-mismatch',
    /^EdDSA needs an OKP key on Ed25519; this is an X25519 key$/,
  ],
  [
    'RFC 8037 §3.2 Ed25519 for ECDH-ES',
    okp('Ed25519', true),
    'ECDH-ES',
    'decrypt',
    undefined,
    'key-alg-mismatch',
    /^ECDH-ES needs an EC or OKP key on P-256, P-384, P-521 or X25519; this is an Ed25519 key$/,
  ],
  [
    'RFC 7516 §5.2 a public key only, to decrypt',
    rsaPublic,
    'RSA-OAEP',
    'decrypt',
    undefined,
    'key-alg-mismatch',
    /^decryption needs the private key; this is a public key only$/,
  ],
  [
    'RFC 7518 §4.4 A128KW with a 32-byte key',
    secret(32),
    'A128KW',
    'decrypt',
    undefined,
    'key-alg-mismatch',
    /^A128KW needs a key of exactly 128 bits \(16 bytes\); this one is 256 bits \(32 bytes\)$/,
  ],
  [
    'RFC 7518 §4.7 A256GCMKW with a 16-byte key',
    secret(16),
    'A256GCMKW',
    'decrypt',
    undefined,
    'key-alg-mismatch',
    /^A256GCMKW needs a key of exactly 256 bits/,
  ],
  [
    'RFC 7518 §4.5 dir + A256GCM with a 16-byte key',
    secret(16),
    'dir',
    'decrypt',
    'A256GCM',
    'key-alg-mismatch',
    /^dir with A256GCM needs a key of exactly 256 bits \(32 bytes\); this one is 128 bits \(16 bytes\)$/,
  ],
  [
    'RFC 7518 §4.8 PBES2 with an RSA key',
    rsaPrivate,
    'PBES2-HS512+A256KW',
    'decrypt',
    undefined,
    'key-alg-mismatch',
    /^PBES2-HS512\+A256KW needs a password \(paste it as a secret\); this is an RSA key$/,
  ],
  [
    'RFC 7518 §4.3 a secret for RSA-OAEP',
    secret(32),
    'RSA-OAEP',
    'decrypt',
    undefined,
    'key-alg-mismatch',
    /^RSA-OAEP needs an RSA key/,
  ],

  // key-wrong-use.
  [
    'RFC 7517 §4.2 "use": "enc" to verify',
    { ...rsaPublic, use: 'enc' },
    'RS256',
    'verify',
    undefined,
    'key-wrong-use',
    /^the key’s "use" is "enc", but verification needs "sig"$/,
  ],
  [
    'RFC 7517 §4.2 "use": "sig" to decrypt',
    { ...rsaPrivate, use: 'sig' },
    'RSA-OAEP',
    'decrypt',
    undefined,
    'key-wrong-use',
    /^the key’s "use" is "sig", but decryption needs "enc"$/,
  ],
  [
    'RFC 7517 §4.3 key_ops without verify',
    { ...rsaPublic, keyOps: ['encrypt', 'wrapKey'] },
    'RS256',
    'verify',
    undefined,
    'key-wrong-use',
    /^the key’s "key_ops" \(encrypt, wrapKey\) allow no verification$/,
  ],
  [
    'RFC 7517 §4.3 key_ops without decrypt',
    { ...ec('P-256', true), keyOps: ['sign'] },
    'ECDH-ES',
    'decrypt',
    undefined,
    'key-wrong-use',
    /allow no decryption/,
  ],
  [
    'RFC 7517 §4.4 "alg" names another algorithm',
    { ...rsaPublic, alg: 'RS256' },
    'PS256',
    'verify',
    undefined,
    'key-wrong-use',
    /^the key’s "alg" is "RS256", not "PS256"$/,
  ],
  [
    'RFC 7517 §4.4 "alg" HS256 for HS384',
    secret(48, { alg: 'HS256' }),
    'HS384',
    'verify',
    undefined,
    'key-wrong-use',
    /"alg" is "HS256", not "HS384"/,
  ],

  // alg-unsupported.
  [
    'RFC 8812 §3.2 ES256K',
    ec('P-256'),
    'ES256K',
    'verify',
    undefined,
    'alg-unsupported',
    /^ES256K cannot run here: WebCrypto has no secp256k1 curve\.$/,
  ],
  [
    'RFC 7518 §4.2 RSA1_5',
    rsaPrivate,
    'RSA1_5',
    'decrypt',
    'A128CBC-HS256',
    'alg-unsupported',
    /^RSA1_5 cannot run here: WebCrypto has no RSAES-PKCS1-v1_5/,
  ],
  [
    'RFC 7518 §4.4 A192KW',
    secret(24),
    'A192KW',
    'decrypt',
    undefined,
    'alg-unsupported',
    /^A192KW cannot run here: Chromium’s WebCrypto has no 192-bit AES/,
  ],
  ['RFC 7518 §5.3 enc A192GCM', secret(24), 'dir', 'decrypt', 'A192GCM', 'alg-unsupported', /^A192GCM cannot run here/],
  [
    'RFC 7518 §5.1 an unknown enc',
    secret(32),
    'dir',
    'decrypt',
    'A256CTR',
    'alg-unsupported',
    /^"A256CTR" is not a JWE content encryption algorithm$/,
  ],
  [
    'RFC 7518 §3.6 "none" has no key',
    secret(32),
    'none',
    'verify',
    undefined,
    'alg-unsupported',
    /^"none" is not an algorithm JWT Lens knows$/,
  ],
  [
    'a JWE alg asked to verify',
    rsaPublic,
    'RSA-OAEP',
    'verify',
    undefined,
    'alg-unsupported',
    /^RSA-OAEP is a JWE algorithm, not a signature algorithm$/,
  ],
  [
    'a JWS alg asked to decrypt',
    rsaPrivate,
    'RS256',
    'decrypt',
    undefined,
    'alg-unsupported',
    /^RS256 is a signature algorithm, not a JWE algorithm$/,
  ],
  [
    '"__proto__" is no algorithm',
    rsaPublic,
    '__proto__',
    'verify',
    undefined,
    'alg-unsupported',
    /not an algorithm JWT Lens knows/,
  ],
];

describe('checkKeyFits: a key must fit the algorithm and the operation (RFC 8725 §3.1, RFC 7517 §4.2–4.4)', () => {
  it.each(ROWS)('%s', (_name, candidate, alg, operation, enc, expected, reason) => {
    const fit = checkKeyFits(candidate, alg, operation, enc);
    if (expected === 'fits') {
      expect(fit).toEqual({ fits: true });
      return;
    }
    expect(fit).toMatchObject({ fits: false, code: expected });
    if (!fit.fits && reason !== undefined) expect(fit.reason).toMatch(reason);
  });
});
