import { createHash, createPublicKey, randomBytes, sign, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { SDJwtInstance } from '@sd-jwt/core';
import { describe, expect, it } from 'vitest';
import { inspect, issueSdJwt, presentSdJwt } from '../index';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';

/*
 * Cross-implementation: the OpenWallet Foundation's @sd-jwt/core, given signer, verifier and hasher
 * made with node:crypto, against JWT Lens's issuer, holder and inspector. Each side verifies what the
 * other made, and each rejects the same tampered copies.
 */

const NOW = Math.floor(Date.now() / 1000);
const issuer = pairOf('P-256');
const holder = pairOf('P-384');
const HOLDER_JWK = holder.publicKey.export({ format: 'jwk' });
const AUDIENCE = 'https://verifier.example';
const NONCE = 'owf-nonce-1';

const es = (hash: string, key: KeyObject) => (data: string) =>
  sign(hash, Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url');
const esVerifies = (hash: string, key: KeyObject, data: string, signature: string) =>
  verify(hash, Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));

const owf = new SDJwtInstance({
  hasher: (data, alg) =>
    new Uint8Array(
      createHash(alg.replace('-', ''))
        .update(typeof data === 'string' ? data : Buffer.from(data))
        .digest(),
    ),
  hashAlg: 'sha-256',
  saltGenerator: () => randomBytes(16).toString('base64url'),
  signer: es('sha256', issuer.privateKey),
  signAlg: 'ES256',
  verifier: (data, signature) => esVerifies('sha256', issuer.publicKey, data, signature),
  kbSigner: es('sha384', holder.privateKey),
  kbSignAlg: 'ES384',
  kbVerifier: (data, signature, payload) =>
    esVerifies('sha384', createPublicKey({ key: payload.cnf?.jwk as JsonWebKey, format: 'jwk' }), data, signature),
});

const CLAIMS = {
  iss: 'https://issuer.example',
  iat: NOW,
  exp: NOW + 3600,
  given_name: 'Erika',
  family_name: 'Mustermann',
  address: { street_address: 'Heidestraße 17', locality: 'Köln' },
  nationalities: ['DE', 'FR'],
};

const inspectAsVerifier = (token: string) =>
  inspect(token, {
    verificationKey: pemOf(issuer.publicKey, 'spki'),
    now: NOW + 5,
    keyBinding: { required: true, audience: AUDIENCE, nonce: NONCE },
  });

describe('@sd-jwt/core issues and presents, JWT Lens verifies', () => {
  const issueAndPresent = async () => {
    const issued = await owf.issue(
      { ...CLAIMS, cnf: { jwk: HOLDER_JWK } },
      {
        _sd: ['given_name', 'family_name', 'address'],
        address: { _sd: ['street_address'] },
        nationalities: { _sd: [0] },
        _sd_decoy: 2,
      },
      { header: { typ: 'example+sd-jwt' } },
    );
    return owf.present(
      issued,
      { given_name: true, address: { street_address: true } },
      { kb: { payload: { iat: NOW, aud: AUDIENCE, nonce: NONCE } } },
    );
  };

  it('signature valid, the presented disclosures disclosed, key binding valid', async () => {
    const presentation = await issueAndPresent();
    const result = await inspectAsVerifier(presentation);
    expect(result.format).toBe('sd-jwt');
    expect(result.signature).toBe('valid');
    expect(result.sdJwt?.keyBinding).toBe('valid');
    expect(result.sdJwt?.disclosures.map((d) => [d.path, d.status]).sort()).toEqual([
      ['$.address', 'disclosed'],
      ['$.address.street_address', 'disclosed'],
      ['$.given_name', 'disclosed'],
    ]);
    expect(result.payload?.json).toMatchObject({ given_name: 'Erika', address: CLAIMS.address, nationalities: ['FR'] });
    expect(result.payload?.json).not.toHaveProperty('family_name');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('tampered: a changed disclosure and a dropped one fail in JWT Lens as in @sd-jwt', async () => {
    const presentation = await issueAndPresent();
    const [jwt, ...rest] = presentation.split('~');
    const kb = rest.pop() ?? '';
    const changed = [jwt, forge(rest[0] ?? ''), ...rest.slice(1), kb].join('~');
    expect((await inspectAsVerifier(changed)).findings.map((f) => f.code)).toContain('sd-disclosure-unreferenced');
    await expect(owf.verify(changed, { keyBindingNonce: NONCE })).rejects.toThrow();
    const dropped = [jwt, ...rest.slice(1), kb].join('~');
    expect((await inspectAsVerifier(dropped)).findings.map((f) => f.code)).toContain('kb-sd-hash-mismatch');
    await expect(owf.verify(dropped, { keyBindingNonce: NONCE })).rejects.toThrow();
  });
});

describe('JWT Lens issues and presents, @sd-jwt/core verifies', () => {
  const issueAndPresent = async (keep: string[]) => {
    const issued = await issueSdJwt({
      claims: CLAIMS,
      disclosable: [['given_name'], ['family_name'], ['address'], ['address', 'street_address'], ['nationalities', 0]],
      decoys: 4,
      signing: { alg: 'ES256', key: pemOf(issuer.privateKey, 'pkcs8') },
      holderKey: HOLDER_JWK,
    });
    if (!issued.ok) throw new Error(issued.findings.map((f) => f.message).join('; '));
    const presented = await presentSdJwt({
      sdJwt: issued.sdJwt,
      keep: keep.map((label) => issued.disclosures.findIndex((d) => d.label === label)),
      keyBinding: {
        holderPrivateKey: pemOf(holder.privateKey, 'pkcs8'),
        alg: 'ES384',
        audience: AUDIENCE,
        nonce: NONCE,
        iat: NOW,
      },
    });
    if (!presented.ok) throw new Error(presented.findings.map((f) => f.message).join('; '));
    return { issued, presentation: presented.presentation };
  };

  it('the whole SD-JWT: @sd-jwt reads back the original claims', async () => {
    const { issued } = await issueAndPresent([]);
    expect(await owf.getClaims(issued.sdJwt)).toEqual({ ...CLAIMS, cnf: { jwk: HOLDER_JWK } });
    expect((await owf.presentableKeys(issued.sdJwt)).sort()).toEqual([
      'address',
      'address.street_address',
      'family_name',
      'given_name',
      'nationalities.0',
    ]);
  });

  it('a presentation with a KB-JWT verifies: signature, disclosures, nonce, sd_hash; the audience is ours', async () => {
    const { presentation } = await issueAndPresent(['given_name', 'address.street_address']);
    const verified = await owf.verify(presentation, { keyBindingNonce: NONCE });
    expect(verified.payload).toMatchObject({ given_name: 'Erika', address: CLAIMS.address, nationalities: ['FR'] });
    expect(verified.payload).not.toHaveProperty('family_name');
    expect(verified.kb?.payload).toMatchObject({ aud: AUDIENCE, nonce: NONCE, iat: NOW });
    expect(verified.kb?.header).toEqual({ typ: 'kb+jwt', alg: 'ES384' });
  });

  it('tampered: a changed disclosure and a dropped one fail in @sd-jwt as in JWT Lens', async () => {
    const { presentation } = await issueAndPresent(['given_name', 'family_name']);
    const [jwt, first = '', second = '', kb = ''] = presentation.split('~');
    const changed = [jwt, forge(first), second, kb].join('~');
    await expect(owf.verify(changed, { keyBindingNonce: NONCE })).rejects.toThrow();
    expect((await inspectAsVerifier(changed)).findings.map((f) => f.code)).toContain('sd-disclosure-unreferenced');
    const dropped = [jwt, second, kb].join('~');
    await expect(owf.verify(dropped, { keyBindingNonce: NONCE })).rejects.toThrow(/sd_hash|hash/i);
    expect((await inspectAsVerifier(dropped)).findings.map((f) => f.code)).toContain('kb-sd-hash-mismatch');
  });
});

/** The same disclosure with another value: same salt and name, so only the digest can tell. */
function forge(encoded: string): string {
  const array = JSON.parse(Buffer.from(encoded, 'base64url').toString()) as unknown[];
  array[array.length - 1] = 'Mallory';
  return Buffer.from(JSON.stringify(array)).toString('base64url');
}
