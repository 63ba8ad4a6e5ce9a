import { createPublicKey, verify } from 'node:crypto';
import { ml_dsa65 } from '@noble/post-quantum/ml-dsa.js';
import { describe, expect, it } from 'vitest';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import { inspect } from '../inspect/inspect';
import { generateKey } from '../keygen';
import { issueToken } from './issue-token';
import type { IssueSerialization } from './types';

/*
 * Tokens JWT Lens signs with the noble engine verify independently: ES256K (RFC 8812 §3.2, R ‖ S with
 * SHA-256) and Ed448 (RFC 8037 §3.1) with node:crypto (OpenSSL) over the JWS signing input (RFC 7515 §5.1),
 * in every serialization. Node 20 has no ML-DSA: an ML-DSA-65 token is checked with @noble/post-quantum
 * called directly (its own KAT-tested code) and in `inspect`.
 */

const NOW = 1_700_000_000;
const CLAIMS = { iss: 'https://issuer.example', sub: 'user-42', iat: NOW, exp: NOW + 300 };
const SERIALIZATIONS: IssueSerialization[] = ['compact', 'flattened', 'general'];

/** The signing input and signature of a compact, flattened or general JWS with one signature. */
function partsOf(token: string, serialization: IssueSerialization): { input: Buffer; signature: Buffer } {
  if (serialization === 'compact') {
    const [head = '', body = '', signature = ''] = token.split('.');
    return { input: Buffer.from(`${head}.${body}`), signature: Buffer.from(signature, 'base64url') };
  }
  const json = JSON.parse(token) as {
    payload: string;
    protected?: string;
    signature?: string;
    signatures?: { protected: string; signature: string }[];
  };
  const entry =
    serialization === 'general' ? json.signatures?.[0] : { protected: json.protected, signature: json.signature };
  return {
    input: Buffer.from(`${entry?.protected ?? ''}.${json.payload}`),
    signature: Buffer.from(entry?.signature ?? '', 'base64url'),
  };
}

async function issue(alg: string, key: string, serialization: IssueSerialization) {
  const result = await issueToken({
    header: { typ: 'JWT' },
    claims: CLAIMS,
    mode: 'sign',
    serialization,
    signing: { alg, key },
    now: NOW,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result;
}

describe.each(SERIALIZATIONS)('%s serialization', (serialization) => {
  it('RFC 8812 §3.2 ES256K: node:crypto verifies the 64-byte R ‖ S signature', async () => {
    const pair = pairOf('secp256k1');
    const result = await issue('ES256K', pemOf(pair.privateKey, 'sec1'), serialization);
    const { input, signature } = partsOf(result.token, serialization);
    expect(signature).toHaveLength(64);
    expect(verify('sha256', input, { key: pair.publicKey, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true);
    expect((await inspect(result.token, { verificationKey: pemOf(pair.publicKey, 'spki'), now: NOW })).signature).toBe(
      'valid',
    );
  });

  it.each(['Ed448', 'EdDSA'])('%s with an Ed448 key: node:crypto verifies it (RFC 8032 §5.2)', async (alg) => {
    const pair = pairOf('ed448');
    const result = await issue(alg, pemOf(pair.privateKey, 'pkcs8'), serialization);
    const { input, signature } = partsOf(result.token, serialization);
    expect(signature).toHaveLength(114);
    expect(verify(null, input, pair.publicKey, signature)).toBe(true);
    const changed = Buffer.from(input);
    changed[changed.length - 1] = (changed[changed.length - 1] ?? 0) ^ 1;
    expect(verify(null, changed, pair.publicKey, signature)).toBe(false);
  });

  it('ML-DSA-65: @noble/post-quantum verifies it with an empty context, and inspect does', async () => {
    const key = await generateKey('ML-DSA-65');
    const result = await issue('ML-DSA-65', JSON.stringify(key.privateJwk), serialization);
    const { input, signature } = partsOf(result.token, serialization);
    expect(signature).toHaveLength(3309);
    const publicKey = Buffer.from(String(key.publicJwk?.pub), 'base64url');
    expect(ml_dsa65.verify(signature, input, publicKey)).toBe(true);
    expect(ml_dsa65.verify(signature, input, publicKey, { context: Uint8Array.of(1) })).toBe(false);
    const report = await inspect(result.token, { verificationKey: key.spkiPem ?? '', now: NOW });
    expect(report.signature).toBe('valid');
    expect(report.payload?.json).toEqual(CLAIMS);
  });
});

describe('the issuer refuses what the noble engine cannot sign with', () => {
  it('an X448 key cannot sign EdDSA: it only agrees keys (RFC 8037 §3.2)', async () => {
    const result = await issueToken({
      header: {},
      claims: CLAIMS,
      mode: 'sign',
      serialization: 'compact',
      signing: { alg: 'EdDSA', key: pemOf(pairOf('x448').privateKey, 'pkcs8') },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings.map((f) => f.code)).toEqual(['key-alg-mismatch']);
  });

  it('a public secp256k1 key cannot sign ES256K', async () => {
    const result = await issueToken({
      header: {},
      claims: CLAIMS,
      mode: 'sign',
      serialization: 'compact',
      signing: { alg: 'ES256K', key: pemOf(createPublicKey(pemOf(pairOf('secp256k1').privateKey, 'pkcs8')), 'spki') },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]?.message).toMatch(/signing needs the private key/);
  });
});
