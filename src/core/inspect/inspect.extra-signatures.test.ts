import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { describe, expect, it } from 'vitest';
import { pemOf } from '../../../test-support/key-fixtures';
import { tamperCompact } from '../../../test-support/tamper';
import { inspect } from './inspect';

/*
 * Signatures WebCrypto lacks, made independently of JWT Lens: ES256K (RFC 8812 §3.2) and Ed448 (RFC 8037
 * §3.1, RFC 9864 §2.2) by node:crypto (OpenSSL); the JWS framing (RFC 7515 §5.1) is assembled here by hand.
 * ML-DSA (draft-ietf-cose-dilithium): Node 20 has no ML-DSA, so the only independent check is
 * @noble/post-quantum's own KAT-tested implementation, called directly here, with the framing by hand.
 * Each token verifies in `inspect` with the key as a JWK and as a PEM; a tampered copy is invalid.
 */

const NOW = 1_700_000_000;
const CLAIMS = { iss: 'https://issuer.example', sub: 'user-42', iat: NOW, exp: NOW + 300 };
const b64url = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64url');

function signingInput(header: object): string {
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(CLAIMS))}`;
}

/** An ASN.1 DER ECDSA-Sig-Value (RFC 3279 §2.2.3) as the fixed-width R ‖ S of RFC 7518 §3.4. */
function derToRaw(der: Uint8Array, size: number): Uint8Array {
  const readInteger = (offset: number): [Uint8Array, number] => {
    if (der[offset] !== 0x02) throw new Error('not an INTEGER');
    const length = der[offset + 1] ?? 0;
    let value = der.subarray(offset + 2, offset + 2 + length);
    while (value.length > size && value[0] === 0) value = value.subarray(1);
    return [value, offset + 2 + length];
  };
  const [r, next] = readInteger(2);
  const [s] = readInteger(next);
  const raw = new Uint8Array(2 * size);
  raw.set(r, size - r.length);
  raw.set(s, 2 * size - s.length);
  return raw;
}

interface Made {
  token: string;
  jwk: string;
  pem: string;
}

function es256k(privateKey: KeyObject, publicKey: KeyObject): Made {
  const input = signingInput({ alg: 'ES256K', typ: 'JWT' });
  const signature = derToRaw(sign('sha256', Buffer.from(input), privateKey), 32);
  return {
    token: `${input}.${b64url(signature)}`,
    jwk: JSON.stringify(publicKey.export({ format: 'jwk' })),
    pem: pemOf(publicKey, 'spki'),
  };
}

function ed448(alg: 'Ed448' | 'EdDSA', privateKey: KeyObject, publicKey: KeyObject): Made {
  const input = signingInput({ alg, typ: 'JWT' });
  return {
    token: `${input}.${b64url(sign(null, Buffer.from(input), privateKey))}`,
    jwk: JSON.stringify(publicKey.export({ format: 'jwk' })),
    pem: pemOf(publicKey, 'spki'),
  };
}

const ML_DSA = { 'ML-DSA-44': ml_dsa44, 'ML-DSA-65': ml_dsa65, 'ML-DSA-87': ml_dsa87 };
const ML_DSA_OIDS = { 'ML-DSA-44': '11', 'ML-DSA-65': '12', 'ML-DSA-87': '13' };

/** SubjectPublicKeyInfo for ML-DSA (RFC 9881 §4): AlgorithmIdentifier with no parameters, raw key bits. */
function mlDsaSpkiPem(alg: keyof typeof ML_DSA, publicKey: Uint8Array): string {
  const length = (n: number) => (n < 128 ? [n] : n < 256 ? [0x81, n] : [0x82, n >> 8, n & 0xff]);
  const algorithm = [0x30, 0x0b, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03];
  algorithm.push(Number.parseInt(ML_DSA_OIDS[alg], 16));
  const bitString = [0x03, ...length(publicKey.length + 1), 0x00, ...publicKey];
  const der = Buffer.from([0x30, ...length(algorithm.length + bitString.length), ...algorithm, ...bitString]);
  return `-----BEGIN PUBLIC KEY-----\n${der.toString('base64')}\n-----END PUBLIC KEY-----`;
}

function mlDsa(alg: keyof typeof ML_DSA): Made {
  const { publicKey, secretKey } = ML_DSA[alg].keygen(new Uint8Array(32).fill(7));
  const input = signingInput({ alg, typ: 'JWT' });
  // Empty context (draft-ietf-cose-dilithium): the JWS signing input is the message as it is.
  const signature = ML_DSA[alg].sign(new TextEncoder().encode(input), secretKey);
  return {
    token: `${input}.${b64url(signature)}`,
    jwk: JSON.stringify({ kty: 'AKP', alg, pub: b64url(publicKey) }),
    pem: mlDsaSpkiPem(alg, publicKey),
  };
}

const secp256k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
const ed448Pair = generateKeyPairSync('ed448');

const ROWS: Array<[name: string, make: () => Made]> = [
  ['RFC 8812 §3.2 ES256K (node:crypto)', () => es256k(secp256k1.privateKey, secp256k1.publicKey)],
  ['RFC 9864 §2.2 Ed448 (node:crypto)', () => ed448('Ed448', ed448Pair.privateKey, ed448Pair.publicKey)],
  [
    'RFC 8037 §3.1 EdDSA with an Ed448 key (node:crypto)',
    () => ed448('EdDSA', ed448Pair.privateKey, ed448Pair.publicKey),
  ],
  ['ML-DSA-44 (@noble/post-quantum)', () => mlDsa('ML-DSA-44')],
  ['ML-DSA-65 (@noble/post-quantum)', () => mlDsa('ML-DSA-65')],
  ['ML-DSA-87 (@noble/post-quantum)', () => mlDsa('ML-DSA-87')],
];

describe.each(ROWS)('%s', (_, make) => {
  const made = make();

  it.each([
    ['JWK', made.jwk],
    ['PEM', made.pem],
  ])('verifies with the public key as %s', async (_form, verificationKey) => {
    const result = await inspect(made.token, { verificationKey, now: NOW });
    expect(result.signature).toBe('valid');
    expect(result.findings.map((f) => f.code)).toContain('signature-valid');
  });

  it.each([
    ['header', 0],
    ['payload', 1],
    ['signature', 2],
  ] as const)('a copy with its %s changed is invalid', async (_part, index) => {
    const result = await inspect(tamperCompact(made.token, index), { verificationKey: made.jwk, now: NOW });
    expect(result.signature).toBe('invalid');
    const codes = result.findings.map((f) => f.code);
    expect(
      codes.some((code) => ['signature-invalid', 'json-invalid', 'utf8-invalid', 'alg-invalid'].includes(code)),
    ).toBe(true);
    expect(codes).not.toContain('signature-valid');
  });
});

describe('RFC 8812 §3.2 ES256K signatures', () => {
  it('a high-S signature verifies too: RFC 8812 does not require low S', async () => {
    const made = es256k(secp256k1.privateKey, secp256k1.publicKey);
    const [head, body, signature = ''] = made.token.split('.');
    const raw = Buffer.from(signature, 'base64url');
    const n = BigInt('0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141');
    const s = BigInt(`0x${raw.subarray(32).toString('hex')}`);
    const flipped = Buffer.from((n - s).toString(16).padStart(64, '0'), 'hex');
    const other = `${head}.${body}.${Buffer.concat([raw.subarray(0, 32), flipped]).toString('base64url')}`;
    for (const token of [made.token, other]) {
      expect((await inspect(token, { verificationKey: made.jwk, now: NOW })).signature).toBe('valid');
    }
  });

  it('a DER signature (not R ‖ S) is signature-invalid', async () => {
    const input = signingInput({ alg: 'ES256K' });
    const der = sign('sha256', Buffer.from(input), secp256k1.privateKey);
    const result = await inspect(`${input}.${b64url(der)}`, {
      verificationKey: pemOf(secp256k1.publicKey, 'spki'),
      now: NOW,
    });
    expect(result.signature).toBe('invalid');
    expect(result.findings.map((f) => f.code)).toContain('signature-invalid');
  });

  it('another secp256k1 key does not verify it', async () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey;
    const made = es256k(secp256k1.privateKey, secp256k1.publicKey);
    const result = await inspect(made.token, { verificationKey: pemOf(other, 'spki'), now: NOW });
    expect(result.signature).toBe('invalid');
    expect(result.findings.find((f) => f.code === 'signature-invalid')?.message).toMatch(
      /does not match the header and payload under this key/,
    );
  });

  it('a P-256 key for an ES256K token is a key-alg-mismatch, as on the jose path', async () => {
    const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
    const made = es256k(secp256k1.privateKey, secp256k1.publicKey);
    const result = await inspect(made.token, { verificationKey: pemOf(p256, 'spki'), now: NOW });
    expect(result.signature).toBe('not-verified');
    expect(result.findings.map((f) => f.code)).toContain('key-alg-mismatch');
  });
});

describe('ML-DSA keys name their parameter set (draft-ietf-cose-dilithium)', () => {
  it('an ML-DSA-44 key for an ML-DSA-65 token is a key-alg-mismatch', async () => {
    const made = mlDsa('ML-DSA-65');
    const result = await inspect(made.token, { verificationKey: mlDsa('ML-DSA-44').jwk, now: NOW });
    expect(result.findings.map((f) => f.code)).toContain('key-alg-mismatch');
    expect(result.signature).not.toBe('valid');
  });
});
