import { describe, expect, it } from 'vitest';
import { derOf, pairOf, pemOf, readTestKey } from '../../../test-support/key-fixtures';
import { encodeBase64 } from '../encoding/base64';
import { readPublicKey } from './read-public-key';

const rsa = pairOf('rsa-2048');
const ec = pairOf('P-256');
const ed = pairOf('ed25519');
const jwkOf = (key: typeof rsa.publicKey) => key.export({ format: 'jwk' });
const pem = (label: string, der: Uint8Array) =>
  `-----BEGIN ${label}-----\n${encodeBase64(der).replace(/.{64}/g, '$&\n')}\n-----END ${label}-----`;

describe('readPublicKey shares a public key, rebuilt, and refuses anything private (RFC 7517 §4, RFC 7468)', () => {
  it.each([
    { name: 'an SPKI PEM (RSA)', text: pemOf(rsa.publicKey, 'spki') },
    { name: 'an SPKI PEM (P-256)', text: pemOf(ec.publicKey, 'spki') },
    { name: 'a PKCS#1 RSA public key', text: pemOf(rsa.publicKey, 'pkcs1') },
    { name: 'a certificate', text: readTestKey('rsa-2048.cert.pem') },
  ])('$name: the same DER, re-encoded', ({ text }) => {
    const result = readPublicKey(`\n  ${text}\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('a public JWK keeps its public members and kid, and drops any other member', () => {
    const jwk = { ...jwkOf(ec.publicKey), kid: 'k1', alg: 'ES256', note: 'internal host db01' };
    const result = readPublicKey(JSON.stringify(jwk));
    expect(result).toEqual({
      ok: true,
      text: JSON.stringify({ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, kid: 'k1', alg: 'ES256' }),
    });
  });

  it('an ML-DSA (AKP) public JWK travels with its "pub"; its private "priv" seed never does', () => {
    const pub = 'cHVibGljLWtleS1ieXRlcw';
    const akp = { kty: 'AKP', alg: 'ML-DSA-44', pub, kid: 'pq' };
    const shared = readPublicKey(JSON.stringify(akp));
    expect(shared.ok && JSON.parse(shared.text)).toEqual(akp);
    const privateAkp = { ...akp, priv: 'c2VlZC1zZWVkLXNlZWQtc2VlZC1zZWVkLXNlZWQtMzI' };
    expect(readPublicKey(JSON.stringify(privateAkp))).toEqual({ ok: false, reason: 'private-key' });
  });

  it('a JWK Set of public keys is shared; one private key in it refuses the whole set', () => {
    const publicSet = { keys: [jwkOf(rsa.publicKey), jwkOf(ed.publicKey)] };
    const shared = readPublicKey(JSON.stringify(publicSet));
    expect(shared.ok && JSON.parse(shared.text)).toEqual(publicSet);
    const mixed = { keys: [jwkOf(rsa.publicKey), jwkOf(ed.privateKey)] };
    expect(readPublicKey(JSON.stringify(mixed))).toEqual({ ok: false, reason: 'private-key' });
  });

  it.each([
    { name: 'a private RSA JWK', text: JSON.stringify(jwkOf(rsa.privateKey)), reason: 'private-key' },
    { name: 'a private EC JWK', text: JSON.stringify(jwkOf(ec.privateKey)), reason: 'private-key' },
    {
      name: 'an oct JWK',
      text: JSON.stringify({ kty: 'oct', k: 'c2VjcmV0LXNlY3JldC1zZWNyZXQ' }),
      reason: 'private-key',
    },
    { name: 'an oct JWK without k', text: JSON.stringify({ kty: 'oct', kid: 'x' }), reason: 'secret' },
    { name: 'a PKCS#8 PEM', text: pemOf(rsa.privateKey, 'pkcs8'), reason: 'private-key' },
    { name: 'an RSA PRIVATE KEY PEM', text: pemOf(rsa.privateKey, 'pkcs1'), reason: 'private-key' },
    { name: 'an EC PRIVATE KEY PEM', text: pemOf(ec.privateKey, 'sec1'), reason: 'private-key' },
    { name: 'the committed private key', text: readTestKey('ec-p256.key.pem'), reason: 'private-key' },
    { name: 'an HMAC secret', text: 'my-hmac-secret-of-32-characters!', reason: 'secret' },
    { name: 'a PBES2 password', text: 'correct horse battery staple', reason: 'secret' },
    { name: 'an empty box', text: '  \n', reason: 'empty' },
  ])('$name is refused ($reason)', ({ text, reason }) => {
    expect(readPublicKey(text)).toEqual({ ok: false, reason });
  });

  it.each([
    { name: 'a PKCS#8 key labelled PUBLIC KEY', text: pem('PUBLIC KEY', derOf(rsa.privateKey, 'pkcs8')) },
    {
      name: 'a PKCS#1 private key labelled RSA PUBLIC KEY',
      text: pem('RSA PUBLIC KEY', derOf(rsa.privateKey, 'pkcs1')),
    },
    { name: 'a SEC1 key labelled CERTIFICATE', text: pem('CERTIFICATE', derOf(ec.privateKey, 'sec1')) },
    { name: 'a public key with a secret written under it', text: `${pemOf(ec.publicKey, 'spki')}\nhmac: hunter2` },
    {
      name: 'a public key and a private key',
      text: `${pemOf(ec.publicKey, 'spki')}\n${pemOf(ec.privateKey, 'pkcs8')}`,
    },
    { name: 'a JWK whose kid is an object', text: JSON.stringify({ ...jwkOf(ec.publicKey), kid: { d: 'x' } }) },
  ])('$name is refused whole', ({ text }) => {
    expect(readPublicKey(text).ok).toBe(false);
  });
});
