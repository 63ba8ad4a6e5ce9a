import { describe, expect, it } from 'vitest';
import { lookUpJwsAlgorithm } from '../algorithms/registry';
import { inspect } from '../inspect/inspect';
import { generateKey } from '../keygen';
import { issueToken } from './issue-token';
import { listIssueAlgorithms } from './list-issue-algorithms';
import type { IssueSerialization } from './types';

/*
 * Every JWS alg the issuer offers signs in each serialization (RFC 7515 §7.1, §7.2.1, §7.2.2), and the
 * token verifies in the decoder with nothing but the result's `verificationKey`: the round trip behind
 * "Inspect this token". Private keys are pasted as a user has them: PKCS#8 PEM or a private JWK.
 */

const NOW = 1_700_000_000;
const CLAIMS = { iss: 'https://issuer.example', sub: 'user-42', aud: 'api', iat: NOW, exp: NOW + 300 };
const SECRET = 'a-long-random-shared-secret-of-64-characters-for-every-HMAC-alg!';
const SERIALIZATIONS: IssueSerialization[] = ['compact', 'flattened', 'general'];

const rsa = await generateKey('RSA-2048');
const ec = {
  'P-256': await generateKey('EC-P-256'),
  'P-384': await generateKey('EC-P-384'),
  'P-521': await generateKey('EC-P-521'),
  secp256k1: await generateKey('EC-secp256k1'),
};
const ed25519 = await generateKey('Ed25519');
const ed448 = await generateKey('Ed448');
const mlDsa: Record<string, Awaited<ReturnType<typeof generateKey>>> = {
  'ML-DSA-44': await generateKey('ML-DSA-44'),
  'ML-DSA-65': await generateKey('ML-DSA-65'),
  'ML-DSA-87': await generateKey('ML-DSA-87'),
};

/** The signing key text for an alg, alternating PEM and JWK so both are read. */
function signingKeyFor(alg: string): { text: string; form: string } {
  const entry = lookUpJwsAlgorithm(alg);
  switch (entry?.kty) {
    case 'oct':
      return { text: SECRET, form: 'a UTF-8 secret' };
    case 'RSA':
      return alg.startsWith('PS')
        ? { text: JSON.stringify(rsa.privateJwk), form: 'a private JWK' }
        : { text: rsa.pkcs8Pem ?? '', form: 'a PKCS#8 PEM' };
    case 'EC': {
      const key = ec[(entry.curves?.[0] ?? 'P-256') as keyof typeof ec];
      return { text: key.pkcs8Pem ?? '', form: 'a PKCS#8 PEM' };
    }
    case 'AKP': {
      const key = mlDsa[alg];
      return alg === 'ML-DSA-65'
        ? { text: key?.pkcs8Pem ?? '', form: 'a PKCS#8 PEM' }
        : { text: JSON.stringify(key?.privateJwk), form: 'a private JWK' };
    }
    default:
      return alg === 'Ed448'
        ? { text: ed448.pkcs8Pem ?? '', form: 'a PKCS#8 PEM' }
        : { text: JSON.stringify(ed25519.privateJwk), form: 'a private JWK' };
  }
}

const ROWS = listIssueAlgorithms().sign.flatMap((alg) =>
  SERIALIZATIONS.map((serialization) => ({ alg, serialization, ...signingKeyFor(alg) })),
);

describe('issueToken signs with every offered alg and the decoder verifies it (RFC 7515 §5.1, §5.2)', () => {
  it('offers every registered JWS alg (RFC 7518 §3.1, RFC 8812 §3.2, RFC 8037 §3.1, RFC 9864 §2.2, ML-DSA)', () => {
    expect(listIssueAlgorithms().sign).toEqual([
      'HS256',
      'HS384',
      'HS512',
      'RS256',
      'RS384',
      'RS512',
      'PS256',
      'PS384',
      'PS512',
      'ES256',
      'ES384',
      'ES512',
      'ES256K',
      'EdDSA',
      'Ed25519',
      'Ed448',
      'ML-DSA-44',
      'ML-DSA-65',
      'ML-DSA-87',
    ]);
  });

  it.each(ROWS)('$alg, $serialization, key as $form', async ({ alg, serialization, text }) => {
    const result = await issueToken({
      header: { typ: 'JWT' },
      claims: CLAIMS,
      mode: 'sign',
      serialization,
      signing: { alg, key: text },
      now: NOW,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    expect(result.format).toBe(serialization === 'compact' ? 'jws-compact' : 'jws-json');
    expect(result.warnings).toEqual([]);
    expect(result.decryptionKey).toBeNull();
    const report = await inspect(result.token, { verificationKey: result.verificationKey, now: NOW });
    expect(report.signature).toBe('valid');
    expect(report.payload?.json).toEqual(CLAIMS);
    expect(report.layers[0]?.header).toMatchObject({ alg, typ: 'JWT' });
  });
});

describe('issueToken fills "kid" (RFC 7515 §4.1.4, RFC 7638)', () => {
  const sign = (header: object, key: string, alg = 'ES256') =>
    issueToken({ header, claims: CLAIMS, mode: 'sign', serialization: 'compact', signing: { alg, key }, now: NOW });
  const headerOf = async (token: string) => (await inspect(token)).layers[0]?.header;

  it('from the RFC 7638 thumbprint of a key without its own kid', async () => {
    const result = await sign({}, ec['P-256'].pkcs8Pem ?? '');
    if (!result.ok) throw new Error('not issued');
    expect(await headerOf(result.token)).toEqual({ alg: 'ES256', kid: ec['P-256'].kid });
    expect(JSON.parse(result.verificationKey)).toEqual({ ...ec['P-256'].publicJwk, use: 'sig', alg: 'ES256' });
  });

  it('keeps the kid the user set, and the verification key carries it so the decoder picks it', async () => {
    const result = await sign({ kid: 'my-key-2024', typ: 'JWT' }, ec['P-256'].pkcs8Pem ?? '');
    if (!result.ok) throw new Error('not issued');
    expect(await headerOf(result.token)).toEqual({ alg: 'ES256', kid: 'my-key-2024', typ: 'JWT' });
    expect(JSON.parse(result.verificationKey)).toMatchObject({ kid: 'my-key-2024' });
    expect((await inspect(result.token, { verificationKey: result.verificationKey })).signature).toBe('valid');
  });

  it('uses the key’s own kid, and picks the key the header names from a JWKS', async () => {
    const own = { ...ed25519.privateJwk, kid: 'ed-1' };
    const other = { ...ec['P-256'].privateJwk, kid: 'ec-1' };
    const jwks = JSON.stringify({ keys: [other, own] });
    const byOwnKid = await sign({}, JSON.stringify(own), 'EdDSA');
    const byHeaderKid = await sign({ kid: 'ed-1' }, jwks, 'Ed25519');
    if (!byOwnKid.ok || !byHeaderKid.ok) throw new Error('not issued');
    expect(await headerOf(byOwnKid.token)).toMatchObject({ kid: 'ed-1' });
    expect((await inspect(byHeaderKid.token, { verificationKey: byHeaderKid.verificationKey })).signature).toBe(
      'valid',
    );
  });

  it('never from an HMAC secret: its hash would let anyone test guesses (RFC 7518 §3.2)', async () => {
    const result = await sign({}, SECRET, 'HS256');
    if (!result.ok) throw new Error('not issued');
    expect(await headerOf(result.token)).toEqual({ alg: 'HS256' });
    expect(result.verificationKey).toBe(SECRET);
  });

  it('keeps a "__proto__" header member an ordinary member (RFC 7515 §4)', async () => {
    const header: unknown = JSON.parse('{"__proto__": {"x": 1}, "typ": "JWT"}');
    const result = await issueToken({
      header,
      claims: CLAIMS,
      mode: 'sign',
      serialization: 'compact',
      signing: { alg: 'HS256', key: SECRET },
    });
    if (!result.ok) throw new Error('not issued');
    const decoded = JSON.parse(Buffer.from(result.token.split('.')[0] ?? '', 'base64url').toString()) as object;
    expect(Object.keys(decoded)).toEqual(['alg', '__proto__', 'typ']);
  });
});

describe('issueToken reads the secret in the chosen encoding and hands the decoder a key it reads (RFC 7518 §3.2)', () => {
  it.each(['hex', 'base64', 'base64url'] as const)('%s', async (secretEncoding) => {
    const bytes = Buffer.from(SECRET);
    const text = secretEncoding === 'hex' ? bytes.toString('hex') : bytes.toString(secretEncoding);
    const result = await issueToken({
      header: {},
      claims: CLAIMS,
      mode: 'sign',
      serialization: 'compact',
      signing: { alg: 'HS512', key: text, secretEncoding },
    });
    if (!result.ok) throw new Error('not issued');
    expect(JSON.parse(result.verificationKey)).toEqual({ kty: 'oct', k: bytes.toString('base64url') });
    expect((await inspect(result.token, { verificationKey: result.verificationKey })).signature).toBe('valid');
  });
});
