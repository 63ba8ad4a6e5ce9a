import jose from 'node-jose';
import { describe, expect, it } from 'vitest';
import { inspect } from '../index';
import { pairOf } from '../../../test-support/key-fixtures';
import { athOf, leftHalfHash, NOW, publicJwkOf, thumbprintOf } from '../../../test-support/profile-tokens';

/*
 * Profile tokens made by node-jose 2 (an implementation independent of jose, the library under test), with
 * the linking hashes computed by node:crypto: what another stack issues must pass the same rules.
 */

const rsa = pairOf('rsa-2048');
const p256 = pairOf('P-256');

async function signWithNodeJose(privateJwk: object, fields: Record<string, unknown>, claims: object): Promise<string> {
  const key = await jose.JWK.asKey(privateJwk);
  return (await jose.JWS.createSign({ format: 'compact', fields }, key)
    .update(JSON.stringify(claims))
    .final()) as unknown as string;
}

describe('profile tokens from node-jose', () => {
  it('an RS256 ID token with at_hash (OIDC Core §3.1.3.6) passes every rule', async () => {
    const accessToken = 'SlAV32hkKG.a-very-real-access-token';
    const token = await signWithNodeJose(
      rsa.privateKey.export({ format: 'jwk' }),
      { alg: 'RS256', typ: 'JWT' },
      {
        iss: 'https://op.example',
        sub: 'u1',
        aud: 'client',
        exp: NOW + 60,
        iat: NOW,
        nonce: 'n1',
        at_hash: leftHalfHash('RS256', accessToken),
      },
    );
    const result = await inspect(token, {
      verificationKey: JSON.stringify(publicJwkOf(rsa.publicKey)),
      now: NOW,
      context: { clientId: 'client', nonce: 'n1', accessToken },
    });
    expect(result.signature).toBe('valid');
    expect(result.profile?.id).toBe('id-token');
    expect(result.profile?.checks.find((c) => c.name === 'at_hash')?.status).toBe('passed');
    expect(result.claims).toBe('valid');
  });

  it('an ES256 DPoP proof with its jwk and ath (RFC 9449 §4.2) verifies with its own key', async () => {
    const jwk = publicJwkOf(p256.publicKey);
    const accessToken = 'Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU';
    const token = await signWithNodeJose(
      p256.privateKey.export({ format: 'jwk' }),
      { alg: 'ES256', typ: 'dpop+jwt', jwk },
      {
        jti: '-BwC3ESc6acc2lTc',
        htm: 'GET',
        htu: 'https://resource.example.org/protectedresource',
        iat: NOW,
        ath: athOf(accessToken),
      },
    );
    const result = await inspect(token, {
      now: NOW,
      context: { accessToken, httpMethod: 'GET', httpUri: 'https://resource.example.org/protectedresource' },
    });
    expect(result.signature).toBe('valid');
    expect(result.layers[0]?.entries[0]?.embeddedKey?.thumbprint).toBe(thumbprintOf(jwk));
    expect(result.profile?.checks.filter((c) => c.status === 'failed')).toEqual([]);
    expect(result.profile?.checks.find((c) => c.name === 'ath')?.status).toBe('passed');
    // RFC 9449's example access token is opaque (its dots notwithstanding): its binding needs introspection.
    expect(result.profile?.checks.find((c) => c.name === 'cnf-jkt')?.status).toBe('skipped');
  });
});
