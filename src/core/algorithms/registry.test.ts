import { describe, expect, it } from 'vitest';
import {
  isUnsecuredAlg,
  JWE_ALGORITHMS,
  JWE_ENCRYPTIONS,
  JWS_ALGORITHMS,
  lookUpJweAlgorithm,
  lookUpJweEncryption,
  lookUpJwsAlgorithm,
} from './registry';
import { jweEngineFor } from '../extra/jwe-engine-for';

describe('RFC 7518 §3.1 JWS algorithms', () => {
  it('lists every signature algorithm JWT Lens explains, keyed by its own name', () => {
    expect(Object.keys(JWS_ALGORITHMS)).toEqual([
      'HS256',
      'HS384',
      'HS512',
      'RS256',
      'RS384',
      'RS512',
      'PS256',
      'PS384',
      'PS512',
      'ES256',
      'ES384',
      'ES512',
      'ES256K',
      'EdDSA',
      'Ed25519',
      'Ed448',
      'ML-DSA-44',
      'ML-DSA-65',
      'ML-DSA-87',
    ]);
    for (const [name, entry] of Object.entries(JWS_ALGORITHMS)) expect(entry.alg).toBe(name);
  });

  it.each([
    [
      'HS384',
      { family: 'HMAC', kty: 'oct', hash: 'SHA-384', minKeyBits: 384, support: 'supported', ref: 'RFC 7518 §3.2' },
    ],
    ['RS256', { family: 'RSASSA-PKCS1-v1_5', kty: 'RSA', hash: 'SHA-256', minKeyBits: 2048, ref: 'RFC 7518 §3.3' }],
    [
      'PS512',
      { family: 'RSASSA-PSS', kty: 'RSA', hash: 'SHA-512', webCrypto: 'RSA-PSS with SHA-512, salt length 64 bytes' },
    ],
    ['ES512', { family: 'ECDSA', kty: 'EC', curves: ['P-521'], hash: 'SHA-512', ref: 'RFC 7518 §3.4' }],
    ['ES256K', { curves: ['secp256k1'], hash: 'SHA-256', support: 'supported', engine: 'noble', ref: 'RFC 8812 §3.2' }],
    ['EdDSA', { family: 'EdDSA', kty: 'OKP', curves: ['Ed25519', 'Ed448'], engine: 'jose', ref: 'RFC 8037 §3.1' }],
    ['Ed448', { family: 'EdDSA', kty: 'OKP', curves: ['Ed448'], support: 'supported', engine: 'noble' }],
    ['ML-DSA-65', { family: 'ML-DSA', kty: 'AKP', support: 'supported', engine: 'noble' }],
    ['Ed25519', { family: 'EdDSA', kty: 'OKP', curves: ['Ed25519'], ref: 'RFC 9864 §2.2' }],
  ])('%s', (alg, expected) => {
    expect(lookUpJwsAlgorithm(alg)).toMatchObject(expected);
  });
});

describe('RFC 7518 §4.1 JWE key management algorithms', () => {
  it('are all present and supported, what WebCrypto lacks on the second engine', () => {
    expect(Object.keys(JWE_ALGORITHMS)).toHaveLength(19);
    expect(Object.values(JWE_ALGORITHMS).filter((e) => e.support === 'unsupported')).toEqual([]);
    const elsewhere = Object.values(JWE_ALGORITHMS).filter((e) => e.engine !== 'jose');
    expect(elsewhere.map((e) => [e.alg, e.engine])).toEqual([
      ['RSA1_5', 'forge'],
      ['A192KW', 'noble'],
      ['A192GCMKW', 'noble'],
      ['ECDH-ES+A192KW', 'noble'],
      ['PBES2-HS384+A192KW', 'noble'],
    ]);
  });

  it('RSA1_5 explains that it is deprecated, and why (RFC 8725 §3.2)', () => {
    expect(lookUpJweAlgorithm('RSA1_5')?.explanation).toMatch(/^Deprecated \(RFC 8725 §3.2\).*Bleichenbacher/);
  });

  it.each([
    ['ECDH-ES', 'A128GCM', 'P-256', 'jose'],
    ['ECDH-ES', 'A128GCM', 'X448', 'noble'],
    ['ECDH-ES+A128KW', 'A256GCM', 'X25519', 'jose'],
    ['A128KW', 'A192GCM', null, 'noble'],
    ['RSA1_5', 'A128GCM', null, 'forge'],
  ] as const)('%s + %s on %s runs on %s', (alg, enc, crv, engine) => {
    const algorithm = lookUpJweAlgorithm(alg);
    const encryption = lookUpJweEncryption(enc);
    if (algorithm === undefined || encryption === undefined) throw new Error('not registered');
    expect(jweEngineFor(algorithm, encryption, crv)).toBe(engine);
  });

  it.each([
    [
      'RSA-OAEP',
      { family: 'RSA-OAEP', kty: 'RSA', webCrypto: 'RSA-OAEP with SHA-1 (and MGF1 with SHA-1)', ref: 'RFC 7518 §4.3' },
    ],
    ['RSA-OAEP-512', { family: 'RSA-OAEP', webCrypto: 'RSA-OAEP with SHA-512 (and MGF1 with SHA-512)' }],
    ['A256KW', { family: 'AES-KW', kty: 'oct', keyBits: 256, ref: 'RFC 7518 §4.4' }],
    ['A128GCMKW', { family: 'AES-GCM-KW', keyBits: 128, ref: 'RFC 7518 §4.7' }],
    ['ECDH-ES+A128KW', { family: 'ECDH-ES+KW', curves: ['P-256', 'P-384', 'P-521', 'X25519', 'X448'], keyBits: 128 }],
    ['PBES2-HS512+A256KW', { family: 'PBES2', kty: 'password', keyBits: 256, ref: 'RFC 7518 §4.8' }],
    ['dir', { family: 'dir', kty: 'oct', ref: 'RFC 7518 §4.5' }],
  ])('%s', (alg, expected) => {
    expect(lookUpJweAlgorithm(alg)).toMatchObject(expected);
  });
});

describe('RFC 7518 §5.1 JWE content encryption', () => {
  it.each([
    ['A128GCM', { keyBits: 128, ivBytes: 12, tagBytes: 16, support: 'supported' }],
    ['A192GCM', { keyBits: 192, support: 'supported', engine: 'noble' }],
    ['A256GCM', { keyBits: 256, ivBytes: 12, tagBytes: 16 }],
    ['A128CBC-HS256', { keyBits: 256, ivBytes: 16, tagBytes: 16, ref: 'RFC 7518 §5.2' }],
    ['A192CBC-HS384', { keyBits: 384, tagBytes: 24, support: 'supported', engine: 'noble' }],
    ['A256CBC-HS512', { keyBits: 512, ivBytes: 16, tagBytes: 32 }],
  ])('%s', (enc, expected) => {
    expect(lookUpJweEncryption(enc)).toMatchObject({ enc, ...expected });
  });

  it('has exactly the six registered values', () => {
    expect(Object.keys(JWE_ENCRYPTIONS)).toHaveLength(6);
  });
});

describe('Look-ups read own entries only (RFC 7515 §4.1.1: names are case-sensitive)', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'hs256', 'none', ''])('%j is unknown', (name) => {
    expect(lookUpJwsAlgorithm(name)).toBeUndefined();
    expect(lookUpJweAlgorithm(name)).toBeUndefined();
    expect(lookUpJweEncryption(name)).toBeUndefined();
  });
});

describe('RFC 7518 §3.6 unsecured "none"', () => {
  it.each([
    ['none', true],
    ['None', true],
    ['NONE', true],
    ['nOnE', true],
    ['none ', false],
    ['HS256', false],
    [null, false],
    [undefined, false],
    [0, false],
  ])('%j → %s', (alg, expected) => {
    expect(isUnsecuredAlg(alg)).toBe(expected);
  });
});
