import { describe, expect, it } from 'vitest';
import { compactDecrypt } from 'jose';
import { readRfc7520Jwk, readRfc7520Vector, verifies } from '../../../test-support/key-fixtures';
import { checkKeyFits } from './check-key-fits';
import { importKeyFor, KeyUnfitError } from './import-key-for';
import { parseKeyInput } from './parse-key-input';
import type { KeyCandidate } from './types';

/** The key an RFC 7520 vector was made with, pasted as the user would: its JWK, or its password. */
async function keyOf(file: string): Promise<KeyCandidate> {
  const input = readRfc7520Vector(file).input;
  const text = typeof input.pwd === 'string' ? input.pwd : JSON.stringify(input.key);
  const [candidate] = (await parseKeyInput(text)).candidates;
  if (candidate === undefined) throw new Error(`${file}: key did not parse`);
  return candidate;
}

const compactOf = (file: string): string => readRfc7520Vector(file).output.compact as string;
const headerOf = (token: string): { alg: string; enc?: string } =>
  JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { alg: string; enc?: string };

describe('importKeyFor: RFC 7520 signatures verify with the parsed key (RFC 7515 §5.2)', () => {
  it.each([
    ['jws/4_1.rsa_v15_signature.json', 'RS256'],
    ['jws/4_2.rsa-pss_signature.json', 'PS384'],
    ['jws/4_3.ecdsa_signature.json', 'ES512'],
    ['jws/4_4.hmac-sha2_integrity_protection.json', 'HS256'],
    ['curve25519/jws.json', 'EdDSA'],
  ])('%s (%s)', async (file, alg) => {
    const token = compactOf(file);
    expect(headerOf(token).alg).toBe(alg);
    const key = await importKeyFor(await keyOf(file), alg, 'verify');
    expect(await verifies(token, key)).toBe(true);
  });

  it('hands HMAC the raw secret bytes, and asymmetric algorithms a public CryptoKey', async () => {
    const hmac = await importKeyFor(await keyOf('jws/4_4.hmac-sha2_integrity_protection.json'), 'HS256', 'verify');
    expect(hmac).toBeInstanceOf(Uint8Array);
    const rsa = await importKeyFor(await keyOf('jws/4_1.rsa_v15_signature.json'), 'RS256', 'verify');
    expect(rsa).toMatchObject({ type: 'public', algorithm: { name: 'RSASSA-PKCS1-v1_5' } });
  });
});

describe('importKeyFor: RFC 7520 JWEs decrypt with the parsed key (RFC 7516 §5.2)', () => {
  it.each([
    'jwe/5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json',
    'jwe/5_3.key_wrap_using_pbes2-aes-keywrap_with-aes-cbc-hmac-sha2.json',
    'jwe/5_4.key_agreement_with_key_wrapping_using_ecdh-es_and_aes-keywrap_with_aes-gcm.json',
    'jwe/5_5.key_agreement_using_ecdh-es_with_aes-cbc-hmac-sha2.json',
    'jwe/5_6.direct_encryption_using_aes-gcm.json',
    'jwe/5_7.key_wrap_using_aes-gcm_keywrap_with_aes-cbc-hmac-sha2.json',
    'jwe/5_8.key_wrap_using_aes-keywrap_with_aes-gcm.json',
    'curve25519/ecdh-es.json',
  ])('%s', async (file) => {
    const token = compactOf(file);
    const { alg, enc } = headerOf(token);
    const key = await importKeyFor(await keyOf(file), alg, 'decrypt', enc);
    // jose leaves PBES2 out of its default allow-list, so name the algorithm as the engine will.
    const { plaintext } = await compactDecrypt(token, key, { keyManagementAlgorithms: [alg] });
    expect(new TextDecoder().decode(plaintext)).toBe(readRfc7520Vector(file).input.plaintext);
  });

  it('RFC 7520 §5.1 RSA1_5 fits its RSA key; jose cannot import it, the second engine reads the JWK', async () => {
    const candidate = await keyOf('jwe/5_1.key_encryption_using_rsa_v15_and_aes-hmac-sha2.json');
    expect(checkKeyFits(candidate, 'RSA1_5', 'decrypt')).toEqual({ fits: true });
    await expect(importKeyFor(candidate, 'RSA1_5', 'decrypt')).rejects.toMatchObject({
      code: 'ERR_JOSE_NOT_SUPPORTED',
    });
  });
});

describe('importKeyFor refuses what checkKeyFits refuses', () => {
  it('throws KeyUnfitError with the finding code', async () => {
    const [publicKey] = (await parseKeyInput(readRfc7520Jwk('3_3.rsa_public_key.json'))).candidates;
    if (publicKey === undefined) throw new Error('no candidate');
    const error: unknown = await importKeyFor(publicKey, 'HS256', 'verify').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeyUnfitError);
    expect(error).toMatchObject({
      code: 'key-alg-mismatch',
      message: expect.stringMatching(/never use public-key bytes/),
    });
    await expect(importKeyFor(publicKey, 'RSA-OAEP', 'decrypt')).rejects.toMatchObject({ code: 'key-alg-mismatch' });
  });

  it('honours the JWK "use" although the imported key no longer carries it (RFC 7517 §4.2)', async () => {
    // RFC 7520 §3.4 says "use": "sig", so it must not decrypt even though it is a fitting RSA private key.
    const [privateKey] = (await parseKeyInput(readRfc7520Jwk('3_4.rsa_private_key.json'))).candidates;
    if (privateKey === undefined) throw new Error('no candidate');
    await expect(importKeyFor(privateKey, 'RSA-OAEP', 'decrypt')).rejects.toMatchObject({ code: 'key-wrong-use' });
    await expect(importKeyFor(privateKey, 'PS256', 'verify')).resolves.toMatchObject({ type: 'public' });
  });

  it('leaves the candidate untouched, so it stays plain data', async () => {
    const [candidate] = (await parseKeyInput(readRfc7520Jwk('3_5.symmetric_key_mac_computation.json'))).candidates;
    if (candidate === undefined) throw new Error('no candidate');
    const before = structuredClone(candidate);
    const bytes = await importKeyFor(candidate, 'HS256', 'verify');
    if (bytes instanceof Uint8Array) bytes.fill(0);
    expect(candidate).toEqual(before);
  });
});
