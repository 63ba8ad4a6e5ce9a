import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import { makeDisclosure, makeKbJwt, digestOf, signEs256 } from '../../../test-support/sd-jwt-builder';
import { inspect } from '../inspect/inspect';

/*
 * RFC 9901 §7.3: a key-binding JWT signed by a holder key WebCrypto lacks — Ed448 in cnf.jwk, alg EdDSA
 * (RFC 8037 §3.1) — is verified by the noble engine. Both JWTs are made by node:crypto.
 */

const NOW = 1_767_225_600;
const issuer = pairOf('P-256');
const holder = pairOf('ed448');
const given = makeDisclosure('given_name', 'Erika', 'salt-1');
const payload = {
  iss: 'https://issuer.example',
  iat: NOW,
  _sd_alg: 'sha-256',
  _sd: [digestOf(given)],
  cnf: { jwk: holder.publicKey.export({ format: 'jwk' }) },
};
const presented = `${signEs256({ alg: 'ES256', typ: 'example+sd-jwt' }, payload, issuer.privateKey)}~${given}~`;
const check = (token: string) =>
  inspect(token, { verificationKey: pemOf(issuer.publicKey, 'spki'), now: NOW + 5, keyBinding: { required: true } });

describe('RFC 9901 §7.3 key binding with an Ed448 holder key', () => {
  it('is valid when the holder signed it', async () => {
    const kb = makeKbJwt(presented, holder.privateKey, { iat: NOW }, { typ: 'kb+jwt', alg: 'EdDSA' });
    const result = await check(`${presented}${kb}`);
    expect(result.sdJwt?.keyBinding).toBe('valid');
    expect(result.findings.map((f) => f.code)).not.toContain('kb-jwt-invalid');
  });

  it('is invalid when another Ed448 key signed it', async () => {
    const { privateKey } = generateKeyPairSync('ed448');
    const kb = makeKbJwt(presented, privateKey, { iat: NOW }, { typ: 'kb+jwt', alg: 'EdDSA' });
    const result = await check(`${presented}${kb}`);
    expect(result.sdJwt?.keyBinding).toBe('invalid');
    expect(result.findings.find((f) => f.code === 'kb-jwt-invalid')?.message).toMatch(
      /does not verify with the holder key/,
    );
  });
});
