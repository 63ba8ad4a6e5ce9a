import { describe, expect, it } from 'vitest';
import { compactDecrypt, CompactEncrypt } from 'jose';
import { pairOf, pemOf, readTestKey, signWith, verifies, type GeneratedPair } from '../../../test-support/key-fixtures';
import { importKeyFor } from './import-key-for';
import { parseKeyInput } from './parse-key-input';
import type { KeyCandidate } from './types';

interface PemRow {
  name: string;
  pem: () => string;
  expected: Partial<KeyCandidate>;
  label: string;
  /** Sign with this pair's private key, verify with the parsed candidate. */
  roundTrip?: { pair: () => GeneratedPair; alg: string };
}

const rsa = () => pairOf('rsa-2048');
const RSA_PUBLIC = { kty: 'RSA', bits: 2048, isPrivate: false } as const;
const RSA_PRIVATE = { kty: 'RSA', bits: 2048, isPrivate: true } as const;

const ROWS: PemRow[] = [
  {
    name: 'RFC 5280 §4.1.2.7 SubjectPublicKeyInfo, RSA',
    pem: () => pemOf(rsa().publicKey, 'spki'),
    expected: { origin: 'spki', ...RSA_PUBLIC },
    label: 'RSA public key, 2048 bits, from a PEM public key (SPKI)',
    roundTrip: { pair: rsa, alg: 'RS256' },
  },
  {
    name: 'RFC 8017 A.1.1 PKCS#1 RSAPublicKey',
    pem: () => pemOf(rsa().publicKey, 'pkcs1'),
    expected: { origin: 'pkcs1-public', ...RSA_PUBLIC },
    label: 'RSA public key, 2048 bits, from a PEM RSA public key (PKCS#1)',
    roundTrip: { pair: rsa, alg: 'PS256' },
  },
  {
    name: 'RFC 8017 A.1.2 PKCS#1 RSAPrivateKey',
    pem: () => pemOf(rsa().privateKey, 'pkcs1'),
    expected: { origin: 'pkcs1-private', ...RSA_PRIVATE },
    label: 'RSA private key, 2048 bits, from a PEM RSA private key (PKCS#1)',
    roundTrip: { pair: rsa, alg: 'RS512' },
  },
  {
    name: 'RFC 5208 §5 PKCS#8 PrivateKeyInfo, RSA',
    pem: () => pemOf(rsa().privateKey, 'pkcs8'),
    expected: { origin: 'pkcs8', ...RSA_PRIVATE },
    label: 'RSA private key, 2048 bits, from a PEM private key (PKCS#8)',
    roundTrip: { pair: rsa, alg: 'RS384' },
  },
  {
    name: 'RFC 4055 §1.2 id-RSASSA-PSS SubjectPublicKeyInfo',
    pem: () => pemOf(pairOf('rsa-pss').publicKey, 'spki'),
    expected: { origin: 'spki', ...RSA_PUBLIC },
    label: 'RSA public key, 2048 bits, from a PEM public key (SPKI) restricted to RSASSA-PSS',
    roundTrip: { pair: () => pairOf('rsa-pss'), alg: 'PS256' },
  },
  {
    name: 'RFC 4055 §1.2 id-RSASSA-PSS PKCS#8',
    pem: () => pemOf(pairOf('rsa-pss').privateKey, 'pkcs8'),
    expected: { origin: 'pkcs8', ...RSA_PRIVATE },
    label: 'RSA private key, 2048 bits, from a PEM private key (PKCS#8) restricted to RSASSA-PSS',
    roundTrip: { pair: () => pairOf('rsa-pss'), alg: 'PS256' },
  },
  ...(['P-256', 'P-384', 'P-521'] as const).flatMap((crv): PemRow[] => {
    const pair = () => pairOf(crv);
    const alg = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' }[crv];
    const bits = { 'P-256': 256, 'P-384': 384, 'P-521': 521 }[crv];
    return [
      {
        name: `RFC 5480 §2 SubjectPublicKeyInfo, EC ${crv}`,
        pem: () => pemOf(pair().publicKey, 'spki'),
        expected: { origin: 'spki', kty: 'EC', crv, bits, isPrivate: false },
        label: `EC ${crv} public key, from a PEM public key (SPKI)`,
        roundTrip: { pair, alg },
      },
      {
        name: `RFC 5915 §3 SEC1 ECPrivateKey, ${crv}`,
        pem: () => pemOf(pair().privateKey, 'sec1'),
        expected: { origin: 'sec1', kty: 'EC', crv, bits, isPrivate: true },
        label: `EC ${crv} private key, from a PEM EC private key (SEC1)`,
        roundTrip: { pair, alg },
      },
      {
        name: `RFC 5915 §1 PKCS#8, EC ${crv}`,
        pem: () => pemOf(pair().privateKey, 'pkcs8'),
        expected: { origin: 'pkcs8', kty: 'EC', crv, bits, isPrivate: true },
        label: `EC ${crv} private key, from a PEM private key (PKCS#8)`,
        roundTrip: { pair, alg },
      },
    ];
  }),
  {
    name: 'RFC 8410 §4 SubjectPublicKeyInfo, Ed25519',
    pem: () => pemOf(pairOf('ed25519').publicKey, 'spki'),
    expected: { origin: 'spki', kty: 'OKP', crv: 'Ed25519', bits: 256, isPrivate: false },
    label: 'Ed25519 public key, from a PEM public key (SPKI)',
    roundTrip: { pair: () => pairOf('ed25519'), alg: 'EdDSA' },
  },
  {
    name: 'RFC 8410 §7 PKCS#8, Ed25519',
    pem: () => pemOf(pairOf('ed25519').privateKey, 'pkcs8'),
    expected: { origin: 'pkcs8', kty: 'OKP', crv: 'Ed25519', bits: 256, isPrivate: true },
    label: 'Ed25519 private key, from a PEM private key (PKCS#8)',
    roundTrip: { pair: () => pairOf('ed25519'), alg: 'Ed25519' },
  },
  {
    name: 'RFC 8410 §4 SubjectPublicKeyInfo, X25519',
    pem: () => pemOf(pairOf('x25519').publicKey, 'spki'),
    expected: { origin: 'spki', kty: 'OKP', crv: 'X25519', bits: 256, isPrivate: false },
    label: 'X25519 public key, from a PEM public key (SPKI)',
  },
  {
    name: 'RFC 5280 §4.1 X.509 certificate, RSA 2048',
    pem: () => readTestKey('rsa-2048.cert.pem'),
    expected: { origin: 'x509', ...RSA_PUBLIC },
    label: 'RSA public key, 2048 bits, from an X.509 certificate, CN=jwt-lens.test',
  },
  {
    name: 'RFC 5280 §4.1 X.509 certificate, EC P-256',
    pem: () => readTestKey('ec-p256.cert.pem'),
    expected: { origin: 'x509', kty: 'EC', crv: 'P-256', bits: 256, isPrivate: false },
    label: 'EC P-256 public key, from an X.509 certificate, CN=jwt-lens.test',
  },
  {
    name: 'RFC 5280 §4.1 X.509 certificate, Ed25519, subject without CN',
    pem: () => readTestKey('ed25519-no-cn.cert.pem'),
    expected: { origin: 'x509', kty: 'OKP', crv: 'Ed25519', isPrivate: false },
    label: 'Ed25519 public key, from an X.509 certificate, no CN in its subject',
  },
];

describe('RFC 7468 PEM key forms are recognised', () => {
  describe.each(ROWS.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    it('gives one candidate with its type, size and label, and a key-recognized finding', async () => {
      const text = row.pem();
      const { candidates, findings } = await parseKeyInput(text);
      expect(candidates).toHaveLength(1);
      expect(candidates[0]).toMatchObject({ ...row.expected, label: row.label });
      expect(findings).toEqual([
        expect.objectContaining({ code: 'key-recognized', severity: 'info', message: row.label }),
      ]);
      expect(text.slice(findings[0]?.at?.start, findings[0]?.at?.end)).toBe(text.trim());
    });

    it('keeps the public members apart from the private ones', async () => {
      const [candidate] = (await parseKeyInput(row.pem())).candidates;
      expect(candidate?.publicJwk).toBeDefined();
      expect(
        Object.keys(candidate?.publicJwk ?? {}).filter((k) => ['d', 'p', 'q', 'dp', 'dq', 'qi'].includes(k)),
      ).toEqual([]);
      expect(candidate?.privateJwk?.d !== undefined).toBe(row.expected.isPrivate);
    });

    const roundTrip = row.roundTrip;
    if (roundTrip !== undefined) {
      it(`verifies a ${roundTrip.alg} signature made with the matching private key (RFC 7515 §5.2)`, async () => {
        const token = await signWith(roundTrip.pair().privateKey, roundTrip.alg);
        const [candidate] = (await parseKeyInput(row.pem())).candidates;
        if (candidate === undefined) throw new Error('no candidate');
        expect(await verifies(token, await importKeyFor(candidate, roundTrip.alg, 'verify'))).toBe(true);
      });
    }
  });

  it('RFC 5280 §4.1: the X.509 certificates verify signatures made with their committed private keys', async () => {
    for (const [cert, key, alg] of [
      ['rsa-2048.cert.pem', 'rsa-2048.key.pem', 'RS256'],
      ['ec-p256.cert.pem', 'ec-p256.key.pem', 'ES256'],
      ['ed25519-no-cn.cert.pem', 'ed25519.key.pem', 'EdDSA'],
    ] as const) {
      const [signer] = (await parseKeyInput(readTestKey(key))).candidates;
      const [verifier] = (await parseKeyInput(readTestKey(cert))).candidates;
      if (signer?.privateJwk === undefined || verifier === undefined) throw new Error(`${key} did not parse`);
      const { createPrivateKey } = await import('node:crypto');
      const token = await signWith(createPrivateKey(readTestKey(key)), alg);
      expect(await verifies(token, await importKeyFor(verifier, alg, 'verify'))).toBe(true);
      expect(verifier.publicJwk).toEqual(signer.publicJwk);
    }
  });

  it('RFC 8037 §3.2: an X25519 PKCS#8 key decrypts an ECDH-ES JWE made for its public half', async () => {
    const pair = pairOf('x25519');
    const jwe = await new CompactEncrypt(new TextEncoder().encode('to X25519'))
      .setProtectedHeader({ alg: 'ECDH-ES', enc: 'A256GCM' })
      .encrypt(pair.publicKey);
    const [candidate] = (await parseKeyInput(pemOf(pair.privateKey, 'pkcs8'))).candidates;
    if (candidate === undefined) throw new Error('no candidate');
    expect(candidate.label).toBe('X25519 private key, from a PEM private key (PKCS#8)');
    const { plaintext } = await compactDecrypt(jwe, await importKeyFor(candidate, 'ECDH-ES', 'decrypt'));
    expect(new TextDecoder().decode(plaintext)).toBe('to X25519');
  });
});

describe('RFC 7468 §2 PEM layout', () => {
  it('reads one candidate per block, each located in the paste, tolerating CRLF and surrounding whitespace', async () => {
    const cert = readTestKey('ec-p256.cert.pem').trim().replace(/\n/g, '\r\n');
    const key = pemOf(rsa().publicKey, 'pkcs1').trim().replace(/\n/g, '\r\n');
    const text = `\r\n  ${cert}\r\n\r\nsome notes between blocks\r\n${key}\r\n\t`;
    const { candidates, findings } = await parseKeyInput(text);
    expect(candidates.map((c) => c.label)).toEqual([
      'EC P-256 public key, from an X.509 certificate, CN=jwt-lens.test, PEM block 1 of 2',
      'RSA public key, 2048 bits, from a PEM RSA public key (PKCS#1), PEM block 2 of 2',
    ]);
    expect(findings.map((f) => text.slice(f.at?.start, f.at?.end))).toEqual([cert, key]);
  });

  it('keeps the good blocks when one is not usable', async () => {
    const text = `-----BEGIN PUBLIC KEY-----\nMAA=\n-----END PUBLIC KEY-----\n${pemOf(rsa().publicKey, 'spki')}`;
    const { candidates, findings } = await parseKeyInput(text);
    expect(candidates.map((c) => c.kty)).toEqual(['RSA']);
    expect(findings.map((f) => f.code)).toEqual(['key-invalid', 'key-recognized']);
  });

  it('ignores the EC PARAMETERS block that "openssl ecparam -genkey" writes before the key', async () => {
    const params = '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n';
    const { candidates, findings } = await parseKeyInput(params + pemOf(pairOf('P-256').privateKey, 'sec1'));
    expect(candidates.map((c) => c.origin)).toEqual(['sec1']);
    expect(findings.map((f) => f.code)).toEqual(['key-recognized']);
  });
});
