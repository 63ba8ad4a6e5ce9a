import { describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, generateSecret } from 'jose';
import { readRfc7520Jwk, readRfc7520Vector, verifies } from '../../../test-support/key-fixtures';
import { importKeyFor } from './import-key-for';
import { parseJwks } from './parse-jwks';
import { parseKeyInput } from './parse-key-input';

const JWK_ROWS = [
  {
    file: '3_1.ec_public_key.json',
    expected: {
      origin: 'jwk',
      kty: 'EC',
      crv: 'P-521',
      bits: 521,
      isPrivate: false,
      kid: 'bilbo.baggins@hobbiton.example',
      use: 'sig',
    },
    label: 'EC P-521 public key, from a JWK, kid "bilbo.baggins@hobbiton.example"',
  },
  {
    file: '3_2.ec_private_key.json',
    expected: { kty: 'EC', crv: 'P-521', isPrivate: true, use: 'sig' },
    label: 'EC P-521 private key, from a JWK, kid "bilbo.baggins@hobbiton.example"',
  },
  {
    file: '3_3.rsa_public_key.json',
    expected: { kty: 'RSA', bits: 2048, isPrivate: false, use: 'sig' },
    label: 'RSA public key, 2048 bits, from a JWK, kid "bilbo.baggins@hobbiton.example"',
  },
  {
    file: '3_4.rsa_private_key.json',
    expected: { kty: 'RSA', bits: 2048, isPrivate: true },
    label: 'RSA private key, 2048 bits, from a JWK, kid "bilbo.baggins@hobbiton.example"',
  },
  {
    file: '3_5.symmetric_key_mac_computation.json',
    expected: { kty: 'oct', bits: 256, alg: 'HS256', use: 'sig', kid: '018c0ae5-4d9b-471b-bfd6-eef314bc7037' },
    label: 'Symmetric key (oct), 32 bytes (256 bits), from a JWK, kid "018c0ae5-4d9b-471b-bfd6-eef314bc7037"',
  },
  {
    file: '3_6.symmetric_key_encryption.json',
    expected: { kty: 'oct', bits: 256, alg: 'A256GCM', use: 'enc' },
    label: 'Symmetric key (oct), 32 bytes (256 bits), from a JWK, kid "1e571774-2e08-40da-8308-e8d68773842d"',
  },
] as const;

describe('RFC 7520 §3 JWKs are recognised (RFC 7517 §4)', () => {
  it.each(JWK_ROWS.map((row) => [row.file, row] as const))('%s', async (_file, row) => {
    const { candidates, findings } = await parseKeyInput(readRfc7520Jwk(row.file));
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ ...row.expected, label: row.label });
    expect(findings).toEqual([expect.objectContaining({ code: 'key-recognized', message: row.label })]);
  });

  it('keeps the JWK metadata out of the key members, and private members out of publicJwk', async () => {
    const [candidate] = (await parseKeyInput(readRfc7520Jwk('3_2.ec_private_key.json'))).candidates;
    expect(Object.keys(candidate?.publicJwk ?? {}).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    expect(Object.keys(candidate?.privateJwk ?? {}).sort()).toEqual(['crv', 'd', 'kty', 'x', 'y']);
  });

  it('RFC 7520 §4.1: the RSA public JWK verifies the RS256 example signature', async () => {
    const token = readRfc7520Vector('jws/4_1.rsa_v15_signature.json').output.compact as string;
    const [candidate] = (await parseKeyInput(readRfc7520Jwk('3_3.rsa_public_key.json'))).candidates;
    if (candidate === undefined) throw new Error('no candidate');
    expect(await verifies(token, await importKeyFor(candidate, 'RS256', 'verify'))).toBe(true);
  });
});

describe('Generated JWKs carry kid, use, alg and key_ops over (RFC 7517 §4.2–4.5)', () => {
  it('an ES256 key pair: the private JWK signs, the parsed public JWK verifies', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', use: 'sig', alg: 'ES256', key_ops: ['verify'] };
    const [candidate] = (await parseKeyInput(JSON.stringify(jwk))).candidates;
    expect(candidate).toMatchObject({ kid: 'k1', use: 'sig', alg: 'ES256', keyOps: ['verify'], crv: 'P-256' });
    const { CompactSign } = await import('jose');
    const token = await new CompactSign(new TextEncoder().encode('x'))
      .setProtectedHeader({ alg: 'ES256' })
      .sign(privateKey);
    if (candidate === undefined) throw new Error('no candidate');
    expect(await verifies(token, await importKeyFor(candidate, 'ES256', 'verify'))).toBe(true);
  });
});

describe('JWK Sets (RFC 7517 §5)', () => {
  it('gives one candidate per key, labelled with its index, and each verifies its own signatures', async () => {
    const rsa = await generateKeyPair('PS256', { extractable: true });
    const ed = await generateKeyPair('Ed25519', { extractable: true });
    const secret = await generateSecret('HS256', { extractable: true });
    const jwks = {
      keys: [
        { ...(await exportJWK(rsa.publicKey)), kid: 'rsa' },
        { ...(await exportJWK(ed.publicKey)), kid: 'ed' },
        { ...(await exportJWK(secret)), kid: 'hmac' },
      ],
    };
    const { candidates, findings } = await parseKeyInput(`\n${JSON.stringify(jwks, null, 2)}\n`);
    expect(candidates.map((c) => [c.origin, c.label])).toEqual([
      ['jwks', 'RSA public key, 2048 bits, from a JWKS, keys[0], kid "rsa"'],
      ['jwks', 'Ed25519 public key, from a JWKS, keys[1], kid "ed"'],
      ['jwks', 'Symmetric key (oct), 32 bytes (256 bits), from a JWKS, keys[2], kid "hmac"'],
    ]);
    expect(findings.map((f) => f.code)).toEqual(['key-recognized', 'key-recognized', 'key-recognized']);

    const { CompactSign } = await import('jose');
    const sign = (key: CryptoKey, alg: string) =>
      new CompactSign(new TextEncoder().encode('x')).setProtectedHeader({ alg }).sign(key);
    const [rsaKey, edKey, hmacKey] = candidates;
    if (rsaKey === undefined || edKey === undefined || hmacKey === undefined) throw new Error('missing');
    expect(await verifies(await sign(rsa.privateKey, 'PS256'), await importKeyFor(rsaKey, 'PS256', 'verify'))).toBe(
      true,
    );
    expect(await verifies(await sign(ed.privateKey, 'EdDSA'), await importKeyFor(edKey, 'EdDSA', 'verify'))).toBe(true);
    expect(await verifies(await sign(secret, 'HS256'), await importKeyFor(hmacKey, 'HS256', 'verify'))).toBe(true);
  });

  it('reports an unusable entry by index and kid while the others stay usable', async () => {
    const good = JSON.parse(readRfc7520Jwk('3_1.ec_public_key.json')) as Record<string, unknown>;
    const jwks = {
      keys: [{ kty: 'EC', kid: 'broken', crv: 'P-256', x: 'AAAA', y: 'AAAA' }, good, { kty: 'AKP', alg: 'ML-DSA-44' }],
    };
    const { candidates, findings } = await parseJwks(jwks);
    expect(candidates.map((c) => c.kid)).toEqual(['bilbo.baggins@hobbiton.example']);
    expect(findings.map((f) => [f.code, f.message])).toEqual([
      [
        'key-invalid',
        'JWKS entry keys[0] (kid "broken") is not usable: "x" is 3 bytes, but P-256 needs 32 (RFC 7518 §6.2.1.2).',
      ],
      ['key-recognized', 'EC P-521 public key, from a JWKS, keys[1], kid "bilbo.baggins@hobbiton.example"'],
      ['key-invalid', 'JWKS entry keys[2] is not usable: an AKP key needs "pub" as a string.'],
    ]);
  });

  it.each([
    ['not an object', 'x', 'This is not a JWKS: a JWK Set is a JSON object with a "keys" array.'],
    ['"keys" not an array', { keys: {} }, 'This is not a JWKS: a JWK Set is a JSON object with a "keys" array.'],
    ['no keys', { keys: [] }, 'The JWKS has no keys ("keys" is empty).'],
  ])('a document that is %s is key-invalid', async (_name, doc, message) => {
    expect(await parseJwks(doc)).toEqual({
      candidates: [],
      findings: [expect.objectContaining({ code: 'key-invalid', message })],
    });
  });

  it('reads "keys" as an own member only', async () => {
    const doc = Object.create({ keys: [JSON.parse(readRfc7520Jwk('3_1.ec_public_key.json'))] }) as object;
    expect((await parseJwks(doc)).candidates).toEqual([]);
  });
});

const P256 = { kty: 'EC', crv: 'P-256' };
const P256_X = 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU';
const P256_Y = 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0';

describe('A JWK that cannot be used is key-invalid, saying which member is wrong (RFC 7517 §4, RFC 7518 §6)', () => {
  it.each([
    ['no kty', { n: 'AQAB' }, 'it has no "kty" (key type) member'],
    ['kty not a string', { kty: 1 }, '"kty" must be a string'],
    ['an unknown kty', { kty: 'DSA' }, 'kty "DSA" is not supported (JWT Lens reads RSA, EC, OKP, AKP and oct keys)'],
    ['RSA without e', { kty: 'RSA', n: 'AQAB' }, 'an RSA key needs "e" as a string'],
    [
      'n not base64url',
      { kty: 'RSA', n: 'ab+c', e: 'AQAB' },
      `"n" is not valid base64url: character 2 is '+', which belongs to standard base64; base64url uses '-'`,
    ],
    [
      'multi-prime RSA',
      { kty: 'RSA', n: 'AQAB', e: 'AQAB', oth: [] },
      'it is a multi-prime RSA key ("oth"), which WebCrypto does not support',
    ],
    [
      'EC on secp256k1 with a P-256 point',
      { kty: 'EC', crv: 'secp256k1', x: P256_X, y: P256_Y },
      'its public key is not a point on secp256k1',
    ],
    [
      'OKP on Ed448 with a short x',
      { kty: 'OKP', crv: 'Ed448', x: 'AA' },
      '"x" is 1 bytes, but Ed448 needs 57 (RFC 7518 §6.2.1.2)',
    ],
    [
      'OKP on X448 (RFC 7748 §5) with a short x',
      { kty: 'OKP', crv: 'X448', x: 'AA' },
      '"x" is 1 bytes, but X448 needs 56 (RFC 7518 §6.2.1.2)',
    ],
    [
      'EC with an OKP curve',
      { kty: 'EC', crv: 'Ed25519', x: P256_X, y: P256_Y },
      'curve "Ed25519" belongs to kty "OKP", not "EC"',
    ],
    ['EC with a short y', { ...P256, x: P256_X, y: 'AAAA' }, '"y" is 3 bytes, but P-256 needs 32 (RFC 7518 §6.2.1.2)'],
    ['oct without k', { kty: 'oct' }, 'a symmetric (oct) key needs "k" as a string'],
    ['oct with empty k', { kty: 'oct', k: '' }, '"k" is empty'],
    ['kid not a string', { kty: 'oct', k: 'AAAA', kid: 7 }, '"kid" must be a string'],
    [
      'key_ops repeated',
      { kty: 'oct', k: 'AAAA', key_ops: ['sign', 'sign'] },
      '"key_ops" must be an array of distinct strings',
    ],
  ])('%s', async (_name, jwk, reason) => {
    const { candidates, findings } = await parseKeyInput(JSON.stringify(jwk));
    expect(candidates).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'key-invalid', message: `The JWK is not usable: ${reason}.` }),
    ]);
  });

  it('an EC point that is not on the curve is refused by WebCrypto at parse time', async () => {
    const jwk = { ...P256, x: P256_X, y: P256_X };
    const [finding] = (await parseKeyInput(JSON.stringify(jwk))).findings;
    expect(finding).toMatchObject({ code: 'key-invalid' });
    expect(finding?.message).toMatch(/^The JWK is not usable: WebCrypto could not import it \(/);
  });

  it('"__proto__" in a JWK stays an ordinary member and does not leak into the key', async () => {
    const text = `{"kty":"EC","crv":"P-256","x":"${P256_X}","y":"${P256_Y}","__proto__":{"d":"AAAA","use":"enc"}}`;
    const [candidate] = (await parseKeyInput(text)).candidates;
    expect(candidate).toMatchObject({ isPrivate: false });
    expect(candidate?.use).toBeUndefined();
    expect(candidate?.privateJwk).toBeUndefined();
  });
});
