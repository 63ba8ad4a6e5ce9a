import { createHash, sign, type KeyObject } from 'node:crypto';
import { encodeJson } from './build-token';
import { pairOf, pemOf } from './key-fixtures';

/**
 * Test-only tokens for the profile rules, signed with node:crypto (not jose, the library under test) and
 * with the linking hashes computed here from the specs' words, so the engine is never its own oracle.
 */

const HASH_OF_ALG: Record<string, string> = {
  RS256: 'sha256',
  ES256: 'sha256',
  PS256: 'sha256',
  HS256: 'sha256',
  RS384: 'sha384',
  ES384: 'sha384',
  RS512: 'sha512',
  ES512: 'sha512',
  EdDSA: 'sha512',
};

/** OIDC Core §3.1.3.6: base64url of the left-most half of the hash of the ASCII octets. */
export function leftHalfHash(alg: string, value: string): string {
  const hash = HASH_OF_ALG[alg];
  if (!hash) throw new Error(`no hash for ${alg}`);
  const digest = createHash(hash).update(value, 'ascii').digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}

/** RFC 9449 §4.2: base64url(SHA-256(ASCII access token)). */
export const athOf = (accessToken: string): string =>
  createHash('sha256').update(accessToken, 'ascii').digest('base64url');

/** RFC 7638 §3: SHA-256 over the required members in lexicographic order, no whitespace. */
export function thumbprintOf(jwk: Record<string, unknown>): string {
  const required: Record<string, string[]> = {
    EC: ['crv', 'kty', 'x', 'y'],
    RSA: ['e', 'kty', 'n'],
    OKP: ['crv', 'kty', 'x'],
  };
  const members = required[String(jwk.kty)];
  if (!members) throw new Error('unknown kty');
  const canonical = `{${members.map((m) => `"${m}":"${String(jwk[m])}"`).join(',')}}`;
  return createHash('sha256').update(canonical).digest('base64url');
}

/** The public JWK of a node:crypto key pair. */
export const publicJwkOf = (key: KeyObject): Record<string, unknown> =>
  key.export({ format: 'jwk' }) as Record<string, unknown>;

const NODE_ALG: Record<string, { hash: string; dsaEncoding?: 'ieee-p1363' }> = {
  RS256: { hash: 'sha256' },
  ES256: { hash: 'sha256', dsaEncoding: 'ieee-p1363' },
  ES384: { hash: 'sha384', dsaEncoding: 'ieee-p1363' },
};

/** A compact JWS signed by node:crypto (RFC 7515 §5.1; ECDSA as R ‖ S, RFC 7518 §3.4). */
export function signNode(header: Record<string, unknown>, claims: unknown, privateKey: KeyObject): string {
  const input = `${encodeJson(header)}.${encodeJson(claims)}`;
  const alg = String(header.alg);
  if (alg === 'EdDSA') return `${input}.${sign(null, Buffer.from(input), privateKey).toString('base64url')}`;
  const spec = NODE_ALG[alg];
  if (!spec) throw new Error(`signNode: ${alg}`);
  const signature = sign(spec.hash, Buffer.from(input), {
    key: privateKey,
    ...(spec.dsaEncoding ? { dsaEncoding: spec.dsaEncoding } : {}),
  });
  return `${input}.${signature.toString('base64url')}`;
}

/** The issuer's RSA pair for ID and access tokens, with its public key as the user would paste it. */
export function issuerKey(): { privateKey: KeyObject; publicPem: string } {
  const pair = pairOf('rsa-2048');
  return { privateKey: pair.privateKey, publicPem: pemOf(pair.publicKey, 'spki') };
}

/** A fixed instant for the tests (seconds), and claims around it. */
export const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z

/** A DPoP proof by the client's P-256 key (RFC 9449 §4.2), with the public key in its header. */
export function dpopProof(
  claims: Record<string, unknown>,
  options: { header?: Record<string, unknown>; key?: KeyObject; jwk?: Record<string, unknown> } = {},
): { token: string; jwk: Record<string, unknown> } {
  const pair = pairOf('P-256');
  const key = options.key ?? pair.privateKey;
  const jwk = options.jwk ?? publicJwkOf(pair.publicKey);
  const header = { typ: 'dpop+jwt', alg: 'ES256', jwk, ...options.header };
  const body = { jti: 'e1j3V_bKic8-LAEB', htm: 'POST', htu: 'https://server.example.com/token', iat: NOW, ...claims };
  return { token: signNode(header, body, key), jwk };
}
