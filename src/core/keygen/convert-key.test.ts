import { describe, expect, it } from 'vitest';
import { convertKey } from './convert-key';
import { generateKey } from './generate-key';

/*
 * Pasted keys come out in every form, and a round trip through another form keeps the RFC 7638
 * thumbprint: PEM (RFC 7468) → JWK (RFC 7517) → PEM.
 */

const KINDS = ['RSA-2048', 'EC-P-384', 'Ed25519', 'X25519'] as const;
const keys = await Promise.all(KINDS.map((kind) => generateKey(kind)));

describe('convertKey: PEM → JWK → PEM keeps the thumbprint (RFC 7638 §3)', () => {
  it.each(keys.map((key) => [key.kind, key] as const))('%s private key', async (_kind, key) => {
    const fromPem = await convertKey(key.pkcs8Pem ?? '');
    const [first] = fromPem.keys;
    expect(first?.thumbprint).toBe(key.kid);
    expect(first?.privateJwk).toEqual({ ...key.privateJwk, use: undefined, alg: undefined, kid: key.kid });
    const fromJwk = await convertKey(JSON.stringify(first?.privateJwk));
    expect(fromJwk.keys[0]).toMatchObject({ thumbprint: key.kid, pkcs8Pem: key.pkcs8Pem, spkiPem: key.spkiPem });
  });

  it.each(keys.map((key) => [key.kind, key] as const))('%s public key: no private forms', async (_kind, key) => {
    const {
      keys: [converted],
    } = await convertKey(key.spkiPem ?? '');
    expect(converted).toMatchObject({ thumbprint: key.kid, privateJwk: null, pkcs8Pem: null, spkiPem: key.spkiPem });
    expect(converted?.publicJwk).toEqual(
      key.publicJwk === null ? null : { ...key.publicJwk, use: undefined, alg: undefined },
    );
  });
});

describe('convertKey: JWK metadata, secrets and bad input', () => {
  it('RFC 7517 §4.2–4.5 keeps a JWK’s own kid, use and alg', async () => {
    const key = await generateKey('EC-P-256');
    const {
      keys: [converted],
    } = await convertKey(JSON.stringify({ ...key.publicJwk, kid: 'mine' }));
    expect(converted?.publicJwk).toMatchObject({ kid: 'mine', use: 'sig', alg: 'ES256' });
    expect(converted?.thumbprint).toBe(key.kid);
  });

  it('RFC 7518 §6.4 a secret becomes an oct JWK, no PEM', async () => {
    const {
      keys: [converted],
    } = await convertKey('00ff', { secretEncoding: 'hex' });
    expect(converted).toMatchObject({ kty: 'oct', bits: 16, publicJwk: null, spkiPem: null, pkcs8Pem: null });
    expect(converted?.privateJwk).toMatchObject({ kty: 'oct', k: 'AP8' });
  });

  it('RFC 7517 §5 every key of a JWKS', async () => {
    const [a, b] = await Promise.all([generateKey('EC-P-256'), generateKey('Ed25519')]);
    const { keys: converted } = await convertKey(JSON.stringify({ keys: [a.publicJwk, b.publicJwk] }));
    expect(converted.map((key) => key.thumbprint)).toEqual([a.kid, b.kid]);
  });

  it('says why a paste is not a key, without throwing', async () => {
    const result = await convertKey('{"kty": "RSA"}');
    expect(result.keys).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(['key-invalid']);
  });
});
