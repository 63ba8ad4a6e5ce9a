import { sign } from 'node:crypto';
import { CompactEncrypt } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeToken } from '../decode/decode-token';
import { inspect } from '../inspect/inspect';
import type { Inspection } from '../inspect/types';
import { encodeJson, encodeText, hs256Jws } from '../../../test-support/build-token';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import { issueSdJwt } from './sd-jwt';
import { prepareResign } from './resign-draft';

/*
 * What "Edit and re-sign" opens the issuer with (issue 13, item 5): the header and claims of the signed
 * JWT — the token itself, the JWS inside a decrypted JWE (RFC 7519 §7.2 step 8), or an SD-JWT's issuer
 * JWT (RFC 9901 §4) — exactly as decoded, and the key that signed it when the user loaded it.
 */

const SECRET = 'a-long-random-shared-secret-of-64-characters-for-every-HMAC-alg!';
const signer = pairOf('rsa-2048');
const recipient = pairOf('P-256');
const SIGNER_JWK = JSON.stringify(signer.privateKey.export({ format: 'jwk' }));

async function draftOf(token: string, verificationKey: string, inspection: Inspection | null = null) {
  return prepareResign({
    decoded: decodeToken(token),
    inspection,
    verificationKey,
    secretEncoding: 'utf8',
    detachedPayload: '',
  });
}

/** A JWE (ECDH-ES, A256GCM, cty JWT) around an RS256 JWS signed by `signer` (RFC 7519 §5.2). */
async function nestedToken(): Promise<string> {
  const input = `${encodeJson({ alg: 'RS256', typ: 'JWT' })}.${encodeJson({ sub: 'inner', exp: 1 })}`;
  const inner = `${input}.${sign('sha256', Buffer.from(input), signer.privateKey).toString('base64url')}`;
  return new CompactEncrypt(new TextEncoder().encode(inner))
    .setProtectedHeader({ alg: 'ECDH-ES', enc: 'A256GCM', cty: 'JWT' })
    .encrypt(recipient.publicKey);
}

describe('prepareResign: the header and claims to edit, and the key to sign them with', () => {
  it('a JWS: header and claims as decoded — member order, a number past 2^53 — and its HMAC secret', async () => {
    const claims = '{"sub":"user-42","id":12345678901234567890,"2":"two","exp":1}';
    const token = hs256Jws({ typ: 'JWT', alg: 'HS256', kid: 'k1' }, claims, SECRET);
    expect(await draftOf(token, SECRET)).toEqual({
      origin: 'jws',
      headerText: '{\n  "typ": "JWT",\n  "alg": "HS256",\n  "kid": "k1"\n}',
      claimsText: '{\n  "sub": "user-42",\n  "id": 12345678901234567890,\n  "2": "two",\n  "exp": 1\n}',
      alg: 'HS256',
      key: { text: SECRET, label: expect.stringMatching(/secret/i) as unknown },
    });
  });

  it('a JWS with only its public key loaded: the header and claims, and no key', async () => {
    const draft = await draftOf(hs256Jws({ alg: 'HS256' }, '{"sub":"a"}', SECRET), `${SECRET}-other`);
    expect(draft).toMatchObject({ origin: 'jws', alg: 'HS256', key: null });
  });

  it('a decrypted nested JWT: the inner JWS’s header and claims, and its signing key', async () => {
    const token = await nestedToken();
    const inspection = await inspect(token, {
      decryptionKey: pemOf(recipient.privateKey, 'pkcs8'),
      verificationKey: SIGNER_JWK,
    });
    expect(inspection.signature).toBe('valid');
    const draft = await draftOf(token, SIGNER_JWK, inspection);
    expect(draft).toMatchObject({
      origin: 'nested',
      headerText: '{\n  "alg": "RS256",\n  "typ": "JWT"\n}',
      claimsText: '{\n  "sub": "inner",\n  "exp": 1\n}',
      alg: 'RS256',
    });
    expect(JSON.parse(draft?.key?.text ?? '{}')).toMatchObject({ kty: 'RSA', d: expect.any(String) });
  });

  it('a JWE that is not decrypted, or not inspected yet, has nothing to edit', async () => {
    const token = await nestedToken();
    const undecrypted = await inspect(token, { verificationKey: SIGNER_JWK });
    expect(undecrypted.decryption).toBe('not-decrypted');
    expect(await draftOf(token, SIGNER_JWK, undecrypted)).toBeNull();
    expect(await draftOf(token, SIGNER_JWK, null)).toBeNull();
  });

  it('an SD-JWT: its issuer JWT’s header and signed payload (the _sd digests), and the issuer’s key', async () => {
    const issuer = pairOf('P-256');
    const issued = await issueSdJwt({
      claims: { iss: 'https://issuer.example', given_name: 'Erika' },
      disclosable: [['given_name']],
      signing: { alg: 'ES256', key: pemOf(issuer.privateKey, 'pkcs8') },
    });
    if (!issued.ok) throw new Error(issued.findings.map((f) => f.message).join('; '));
    const draft = await draftOf(issued.sdJwt, pemOf(issuer.privateKey, 'pkcs8'));
    expect(draft).toMatchObject({ origin: 'sd-jwt', alg: 'ES256', key: { label: expect.stringMatching(/EC/) } });
    expect(JSON.parse(draft?.claimsText ?? '{}')).toMatchObject({ _sd: [expect.any(String)], _sd_alg: 'sha-256' });
    expect(draft?.claimsText).not.toContain('Erika');
  });

  it('a payload that is not JSON has no claims to edit', async () => {
    const token = `${encodeJson({ alg: 'HS256' })}.${encodeText('plain text')}.c2ln`;
    expect(await draftOf(token, SECRET)).toBeNull();
  });
});
