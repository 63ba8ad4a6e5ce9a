import { createHash, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { b64url } from './tokens';

/*
 * Tokens of the profiles (issue 11), built with node:crypto alone: every hash they carry (at_hash, the
 * Graph header nonce) is computed here, independently of the app's core.
 */

const now = () => Math.floor(Date.now() / 1000);

/** A token and the PEM of the public key that verifies it (empty when it carries its own key). */
export interface SignedToken {
  token: string;
  publicKeyPem: string;
}

const spki = (key: KeyObject) => String(key.export({ type: 'spki', format: 'pem' }));

function signRs256(header: object, claims: object, privateKey: KeyObject): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

/** OIDC Core §3.1.3.6: base64url of the left half of SHA-256 over the ASCII of the access token (RS256). */
export function atHashOf(accessToken: string): string {
  return createHash('sha256').update(accessToken, 'ascii').digest().subarray(0, 16).toString('base64url');
}

/** An RS256 ID token (typ JWT) with a nonce and the at_hash of `accessToken`, and its verification key. */
export function idTokenFor(accessToken: string, nonce = 'n-0S6_WzA2Mj'): SignedToken {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const iat = now();
  const claims = {
    iss: 'https://login.example.com',
    sub: 'user-248289761001',
    aud: 's6BhdRkqt3',
    exp: iat + 3600,
    iat,
    nonce,
    at_hash: atHashOf(accessToken),
  };
  return {
    token: signRs256({ alg: 'RS256', typ: 'JWT', kid: 'rp-test-1' }, claims, privateKey),
    publicKeyPem: spki(publicKey),
  };
}

export const DPOP_HTU = 'https://api.example.com/resource';

/**
 * An RFC 9449 §4.2 DPoP proof: typ dpop+jwt, ES256, the public JWK in its header, htm POST, the htu above,
 * a fresh iat and a jti. It carries its own key, so `publicKeyPem` is empty.
 */
export function dpopProof(): SignedToken {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { kty, crv, x, y } = publicKey.export({ format: 'jwk' });
  const header = { typ: 'dpop+jwt', alg: 'ES256', jwk: { kty, crv, x, y } };
  const claims = { jti: randomUUID(), htm: 'POST', htu: DPOP_HTU, iat: now() };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const signature = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return { token: `${input}.${signature.toString('base64url')}`, publicKeyPem: '' };
}

export const GRAPH_AUDIENCE = '00000003-0000-0000-c000-000000000000';

/**
 * A Microsoft-Graph-style access token: the signature covers a header whose nonce is base64url(SHA-256 of
 * the nonce), while the header shown carries the nonce itself, so even the right key finds it invalid.
 */
export function graphAccessToken(): SignedToken {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const nonce = 'o8q2sV_5HRWkJN1bcnNbTd7Dp0dM1gbAnFRJPd3NMZI';
  const header = { typ: 'JWT', nonce, alg: 'RS256', kid: 'graph-test-1' };
  const iat = now();
  const claims = {
    aud: GRAPH_AUDIENCE,
    iss: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
    sub: 'graph-user',
    iat,
    exp: iat + 3600,
    scp: 'User.Read',
  };
  const hashedNonce = createHash('sha256').update(nonce, 'utf8').digest('base64url');
  const signed = signRs256({ ...header, nonce: hashedNonce }, claims, privateKey);
  const [, payload, signature] = signed.split('.');
  return { token: `${b64url(JSON.stringify(header))}.${payload}.${signature}`, publicKeyPem: spki(publicKey) };
}
