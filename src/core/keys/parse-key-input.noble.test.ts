import { describe, expect, it } from 'vitest';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import { encodeBase64Url } from '../encoding/base64url';
import { checkKeyFits } from './check-key-fits';
import { parseKeyInput } from './parse-key-input';

/** Keys WebCrypto (in Chromium) refuses, read through the noble engine; every key made by node:crypto. */
const jwkOf = (key: KeyObject): Record<string, unknown> => key.export({ format: 'jwk' }) as Record<string, unknown>;
const codesOf = (findings: { code: string }[]) => findings.map((f) => f.code);

async function readOne(text: string) {
  const parsed = await parseKeyInput(text);
  expect(codesOf(parsed.findings), JSON.stringify(parsed.findings)).toEqual(['key-recognized']);
  const [candidate] = parsed.candidates;
  if (candidate === undefined) throw new Error('no candidate');
  return candidate;
}

async function refusal(text: string): Promise<string> {
  const parsed = await parseKeyInput(text);
  expect(parsed.candidates).toEqual([]);
  expect(codesOf(parsed.findings)).toEqual(['key-invalid']);
  return parsed.findings[0]?.message ?? '';
}

describe.each([
  ['RFC 7748 / RFC 8037 X448', 'x448', 'X448', 448],
  ['RFC 8032 / RFC 8037 Ed448', 'ed448', 'Ed448', 448],
] as const)('%s keys', (_, type, crv, bits) => {
  const pair = () => pairOf(type);

  it('a public JWK is an OKP candidate with its x', async () => {
    const jwk = jwkOf(pair().publicKey);
    const candidate = await readOne(JSON.stringify(jwk));
    expect(candidate).toMatchObject({
      kty: 'OKP',
      crv,
      bits,
      isPrivate: false,
      publicJwk: { kty: 'OKP', crv, x: jwk.x },
    });
    expect(candidate.label).toBe(`${crv} public key, from a JWK`);
  });

  it('a private JWK keeps d and its public half', async () => {
    const jwk = jwkOf(pair().privateKey);
    const candidate = await readOne(JSON.stringify(jwk));
    expect(candidate.privateJwk).toEqual({ kty: 'OKP', crv, x: jwk.x, d: jwk.d });
    expect(candidate.publicJwk).toEqual({ kty: 'OKP', crv, x: jwk.x });
  });

  it('SPKI (RFC 8410 §4) and PKCS#8 (RFC 8410 §7) PEM give the same key as the JWK', async () => {
    const publicJwk = jwkOf(pair().publicKey);
    const privateJwk = jwkOf(pair().privateKey);
    const fromSpki = await readOne(pemOf(pair().publicKey, 'spki'));
    expect(fromSpki).toMatchObject({ origin: 'spki', kty: 'OKP', crv, isPrivate: false });
    expect(fromSpki.publicJwk).toEqual({ kty: 'OKP', crv, x: publicJwk.x });
    const fromPkcs8 = await readOne(pemOf(pair().privateKey, 'pkcs8'));
    expect(fromPkcs8.label).toBe(`${crv} private key, from a PEM private key (PKCS#8)`);
    // The public key is derived from d by @noble/curves and must equal node:crypto's.
    expect(fromPkcs8.privateJwk).toEqual({ kty: 'OKP', crv, x: privateJwk.x, d: privateJwk.d });
  });

  it('signs Ed448 and EdDSA only when it is an Ed448 key (an X448 key only agrees keys)', async () => {
    const candidate = await readOne(JSON.stringify(jwkOf(pair().privateKey)));
    const expected = crv === 'Ed448' ? { fits: true } : { fits: false, code: 'key-alg-mismatch' };
    expect(checkKeyFits(candidate, 'Ed448', 'sign')).toMatchObject(expected);
    expect(checkKeyFits(candidate, 'EdDSA', 'sign')).toMatchObject(expected);
    expect(checkKeyFits(candidate, 'Ed25519', 'sign')).toMatchObject({ fits: false, code: 'key-alg-mismatch' });
  });

  it('refuses an x of the wrong length, naming the length', async () => {
    const jwk = { ...jwkOf(pair().publicKey), x: encodeBase64Url(new Uint8Array(32)) };
    expect(await refusal(JSON.stringify(jwk))).toMatch(new RegExp(`"x" is 32 bytes, but ${crv} needs`));
  });

  it('refuses a d that is not the private key of x', async () => {
    const other = jwkOf(generateKeyPairSync(type as 'x448').privateKey);
    const jwk = { ...jwkOf(pair().privateKey), d: other.d };
    expect(await refusal(JSON.stringify(jwk))).toMatch(/private key does not belong to the public key/);
  });
});

describe('X448 low-order points (RFC 7748 §6.2)', () => {
  it('refuses u = 0, whose shared secret anyone knows', async () => {
    const jwk = { kty: 'OKP', crv: 'X448', x: encodeBase64Url(new Uint8Array(56)) };
    expect(await refusal(JSON.stringify(jwk))).toMatch(/low-order X448 point/);
  });
});

describe('Ed448 points (RFC 8032 §5.2.3)', () => {
  it('refuses an x that decodes to no point', async () => {
    const x = new Uint8Array(57).fill(0xff);
    x[56] = 0x00;
    const jwk = { kty: 'OKP', crv: 'Ed448', x: encodeBase64Url(x) };
    expect(await refusal(JSON.stringify(jwk))).toMatch(/public key is not a point on Ed448/);
  });
});

describe('SEC 2 secp256k1 keys (RFC 8812 §3.1)', () => {
  const pair = () => pairOf('secp256k1');

  it('a public JWK is an EC candidate that fits ES256K', async () => {
    const jwk = jwkOf(pair().publicKey);
    const candidate = await readOne(JSON.stringify(jwk));
    expect(candidate).toMatchObject({ kty: 'EC', crv: 'secp256k1', bits: 256, isPrivate: false });
    expect(candidate.publicJwk).toEqual({ kty: 'EC', crv: 'secp256k1', x: jwk.x, y: jwk.y });
    expect(checkKeyFits(candidate, 'ES256K', 'verify')).toEqual({ fits: true });
    expect(checkKeyFits(candidate, 'ES256', 'verify')).toMatchObject({ fits: false, code: 'key-alg-mismatch' });
  });

  it.each([
    ['SPKI', 'spki', 'from a PEM public key (SPKI)', false],
    ['PKCS#8', 'pkcs8', 'from a PEM private key (PKCS#8)', true],
    ['SEC1 "EC PRIVATE KEY"', 'sec1', 'from a PEM EC private key (SEC1)', true],
  ] as const)('%s PEM gives the JWK node:crypto exports', async (_, format, phrase, isPrivate) => {
    const key = isPrivate ? pair().privateKey : pair().publicKey;
    const candidate = await readOne(pemOf(key, format));
    expect(candidate.label).toBe(`EC secp256k1 ${isPrivate ? 'private' : 'public'} key, ${phrase}`);
    const jwk = jwkOf(key);
    expect(isPrivate ? candidate.privateJwk : candidate.publicJwk).toEqual({
      kty: 'EC',
      crv: 'secp256k1',
      x: jwk.x,
      y: jwk.y,
      ...(isPrivate ? { d: jwk.d } : {}),
    });
  });

  it('refuses a point that is not on the curve', async () => {
    const jwk = jwkOf(pair().publicKey);
    const y = Buffer.from(String(jwk.y), 'base64url');
    y[31] = (y[31] ?? 0) ^ 1;
    const text = JSON.stringify({ ...jwk, y: y.toString('base64url') });
    expect(await refusal(text)).toMatch(/The JWK is not usable: its public key is not a point on secp256k1/);
  });

  it('refuses a d of zero', async () => {
    const jwk = { ...jwkOf(pair().privateKey), d: encodeBase64Url(new Uint8Array(32)) };
    expect(await refusal(JSON.stringify(jwk))).toMatch(/"d" is not a valid secp256k1 private key/);
  });

  it('refuses a compressed SPKI point, naming the form JOSE needs', async () => {
    const der = pair().publicKey.export({ type: 'spki', format: 'der' });
    const point = Buffer.from(der.subarray(der.length - 65));
    const compressed = Buffer.concat([Buffer.from([0x02 + ((point[64] ?? 0) & 1)]), point.subarray(1, 33)]);
    const prefix = Buffer.from(der.subarray(0, der.length - 65));
    // SPKI length 0x56 -> 0x36, BIT STRING length 0x42 -> 0x22.
    prefix[1] = (prefix[1] ?? 0) - 32;
    prefix[prefix.length - 2] = (prefix[prefix.length - 2] ?? 0) - 32;
    const body = Buffer.concat([prefix, compressed]).toString('base64');
    const text = `-----BEGIN PUBLIC KEY-----\n${body}\n-----END PUBLIC KEY-----`;
    expect(await refusal(text)).toMatch(/not in the uncompressed form/);
  });
});
