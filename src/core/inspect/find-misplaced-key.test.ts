import { CompactEncrypt } from 'jose';
import { describe, expect, it } from 'vitest';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import { parseKeyInput } from '../keys';
import type { JsonObject } from '../types';
import { findMisplacedKey, type TokenKind } from './find-misplaced-key';
import { inspect } from './inspect';

/*
 * A key in the other box is recognised from what the keys are (private or public, key type) and what the
 * token is, never from what was written about them: a JWE is opened with the recipient's private key
 * (RFC 7516 §5.2), a signature is checked with the signer's public key (RFC 7515 §5.2).
 */
const rsa = pairOf('rsa-2048');
const ec = pairOf('P-256');
const RSA_PRIVATE = pemOf(rsa.privateKey, 'pkcs8');
const RSA_PUBLIC = pemOf(rsa.publicKey, 'spki');
const RSA_PRIVATE_JWK = JSON.stringify(rsa.privateKey.export({ format: 'jwk' }));
const EC_PRIVATE = pemOf(ec.privateKey, 'pkcs8');
const SECRET = 'a-string-secret-at-least-256-bits-long';

const jwe = (...headers: JsonObject[]): TokenKind => ({ kind: 'jwe', headers });
const RSA_OAEP = jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM' });
const keys = async (text: string | null) => (text === null ? null : (await parseKeyInput(text)).candidates);

const ROWS: Array<{
  title: string;
  token: TokenKind;
  verification: string | null;
  decryption: string | null;
  offer: 'verification-key' | 'decryption-key' | null;
}> = [
  {
    title: 'RSA private PEM under Verification key, for an RSA-OAEP JWE',
    token: RSA_OAEP,
    verification: RSA_PRIVATE,
    decryption: null,
    offer: 'verification-key',
  },
  {
    title: 'RSA private JWK under Verification key',
    token: RSA_OAEP,
    verification: RSA_PRIVATE_JWK,
    decryption: null,
    offer: 'verification-key',
  },
  {
    title: 'EC private key for an ECDH-ES JWE',
    token: jwe({ alg: 'ECDH-ES', enc: 'A256GCM' }),
    verification: EC_PRIVATE,
    decryption: null,
    offer: 'verification-key',
  },
  {
    title: 'one of two recipients can use it',
    token: jwe({ alg: 'dir', enc: 'A256GCM' }, { alg: 'RSA-OAEP', enc: 'A256GCM' }),
    verification: RSA_PRIVATE,
    decryption: null,
    offer: 'verification-key',
  },
  {
    title: 'the decryption box already holds something',
    token: RSA_OAEP,
    verification: RSA_PRIVATE,
    decryption: SECRET,
    offer: null,
  },
  {
    title: 'a private key that cannot open this JWE (EC for RSA-OAEP)',
    token: RSA_OAEP,
    verification: EC_PRIVATE,
    decryption: null,
    offer: null,
  },
  {
    title: 'a public key under Verification key',
    token: RSA_OAEP,
    verification: RSA_PUBLIC,
    decryption: null,
    offer: null,
  },
  {
    title: 'a secret under Verification key is left alone',
    token: jwe({ alg: 'dir', enc: 'A256GCM' }),
    verification: SECRET,
    decryption: null,
    offer: null,
  },
  {
    title: 'a JWS: a private key verifies too',
    token: { kind: 'jws', headers: [{ alg: 'RS256' }] },
    verification: RSA_PRIVATE,
    decryption: null,
    offer: null,
  },
  {
    title: 'a public key under Decryption key, Verification key empty',
    token: RSA_OAEP,
    verification: null,
    decryption: RSA_PUBLIC,
    offer: 'decryption-key',
  },
  {
    title: 'a public key under Decryption key, Verification key in use',
    token: RSA_OAEP,
    verification: RSA_PUBLIC,
    decryption: RSA_PUBLIC,
    offer: null,
  },
  {
    title: 'a private key under Decryption key is where it belongs',
    token: RSA_OAEP,
    verification: null,
    decryption: RSA_PRIVATE,
    offer: null,
  },
  { title: 'a secret under Decryption key', token: RSA_OAEP, verification: null, decryption: SECRET, offer: null },
  { title: 'nothing pasted', token: RSA_OAEP, verification: null, decryption: null, offer: null },
];

describe('findMisplacedKey: a key in the other box, from facts', () => {
  it.each(ROWS)('$title', async ({ token, verification, decryption, offer }) => {
    const finding = findMisplacedKey(token, {
      verification: await keys(verification),
      decryption: await keys(decryption),
    });
    if (offer === null) expect(finding).toBeNull();
    else expect(finding).toMatchObject({ code: 'key-in-wrong-box', source: offer, stage: 'key', severity: 'info' });
  });

  it('asks the user in one line', async () => {
    const finding = findMisplacedKey(RSA_OAEP, { verification: await keys(RSA_PRIVATE), decryption: null });
    expect(finding?.message).toBe('This is a private key for decryption — use it as the decryption key?');
  });
});

describe('inspect: the offer is in the report, and taking it decrypts', () => {
  const claims = JSON.stringify({ sub: 'alice', exp: 4_102_444_800 });

  it('a JWE private key pasted as the verification key', async () => {
    const token = await new CompactEncrypt(new TextEncoder().encode(claims))
      .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })
      .encrypt(rsa.publicKey);
    const misplaced = await inspect(token, { verificationKey: RSA_PRIVATE_JWK });
    expect(misplaced.decryption).toBe('not-decrypted');
    expect(misplaced.findings.filter((f) => f.code === 'key-in-wrong-box')).toEqual([
      expect.objectContaining({ source: 'verification-key', stage: 'key', severity: 'info' }),
    ]);
    // What the user pasted is also described beside its box.
    expect(misplaced.findings).toContainEqual(
      expect.objectContaining({ code: 'key-recognized', source: 'verification-key' }),
    );
    const moved = await inspect(token, { decryptionKey: RSA_PRIVATE_JWK });
    expect(moved.decryption).toBe('decrypted');
    expect(moved.findings.map((f) => f.code)).not.toContain('key-in-wrong-box');
  });
});
