import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { CompactEncrypt, CompactSign, GeneralSign } from 'jose';
import { inspect } from '../src/core/inspect/inspect';
import type { Inspection, InspectOptions } from '../src/core/inspect/types';
import { encodeJson, encodeText } from './build-token';
import { pemOf } from './key-fixtures';

/**
 * Test-only: real Inspections of tokens made with jose, one per situation the explanations and the flow
 * diagram must tell apart. Imported by `*.test.ts` files only.
 */

export const NOW = 1_700_000_000;
export const ISSUER = 'https://issuer.example';
const SECRET = 'a-string-secret-at-least-256-bits-long';
const DIR_KEY = new Uint8Array(32).fill(7);
const DIR_KEY_TEXT = Buffer.from(DIR_KEY).toString('base64url');
const encoder = new TextEncoder();

const signer = generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
const recipient = generateKeyPairSync('rsa', { modulusLength: 2048 });

export const claimsAt = (overrides: Record<string, unknown> = {}) => ({
  iss: ISSUER,
  sub: 'alice',
  aud: 'api',
  iat: NOW - 60,
  exp: NOW + 3600,
  ...overrides,
});

function jwksOf(publicKey: KeyObject, kid: string): unknown {
  return { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] };
}

const run = (token: string, options: InspectOptions = {}): Promise<Inspection> =>
  inspect(token, { now: NOW, ...options });

export async function signRs256(claims: unknown = claimsAt(), header: Record<string, unknown> = {}): Promise<string> {
  return new CompactSign(encoder.encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'k1', ...header })
    .sign(signer.privateKey);
}

/** RS256, verified with a JWKS whose key has the token's kid. */
export const validJws = async () => run(await signRs256(), { jwks: jwksOf(signer.publicKey, 'k1') });

/** A claim changed after signing. */
export async function tamperedJws(): Promise<Inspection> {
  const [header = '', , signature = ''] = (await signRs256()).split('.');
  const forged = `${header}.${encodeJson(claimsAt({ sub: 'mallory' }))}.${signature}`;
  return run(forged, { jwks: jwksOf(signer.publicKey, 'k1') });
}

export const unverifiedJws = async () => run(await signRs256());

export const keyNotFoundJws = async () => run(await signRs256(), { jwks: jwksOf(signer.publicKey, 'rotated') });

export const expiredJws = async () =>
  run(await signRs256(claimsAt({ iat: NOW - 7200, exp: NOW - 90 })), { jwks: jwksOf(signer.publicKey, 'k1') });

export const futureJws = async () =>
  run(await signRs256(claimsAt({ iat: NOW + 120, nbf: NOW + 120 })), { jwks: jwksOf(signer.publicKey, 'k1') });

export const unsecuredJws = async () =>
  run(`${encodeJson({ alg: 'none', typ: 'JWT' })}.${encodeJson(claimsAt())}.`, { verificationKey: SECRET });

async function encryptDir(plaintext: string, header: Record<string, unknown> = {}): Promise<string> {
  return new CompactEncrypt(encoder.encode(plaintext))
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid: 'enc-1', ...header })
    .encrypt(DIR_KEY);
}

export const decryptedJwe = async () =>
  run(await encryptDir(JSON.stringify(claimsAt())), { decryptionKey: DIR_KEY_TEXT, secretEncoding: 'base64url' });

async function nestedToken(): Promise<string> {
  return new CompactEncrypt(encoder.encode(await signRs256()))
    .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT', kid: 'enc-rsa' })
    .encrypt(recipient.publicKey);
}

/** Signed, then encrypted (RFC 7519 §11.2); both keys given. */
export const nestedJwt = async () =>
  run(await nestedToken(), {
    decryptionKey: pemOf(recipient.privateKey, 'pkcs8'),
    verificationKey: pemOf(signer.publicKey, 'spki'),
  });

/** Signed, then encrypted, without the decryption key: the signature stays hidden. */
export const nestedUndecrypted = async () =>
  run(await nestedToken(), { verificationKey: pemOf(signer.publicKey, 'spki') });

/** General JSON serialization, two signatures; only the first signer's key is given. */
export async function twoSignatures(): Promise<Inspection> {
  const jws = await new GeneralSign(encoder.encode(JSON.stringify(claimsAt())))
    .addSignature(signer.privateKey)
    .setProtectedHeader({ alg: 'RS256', kid: 'first' })
    .addSignature(other.privateKey)
    .setProtectedHeader({ alg: 'PS256', kid: 'second' })
    .sign();
  return run(JSON.stringify(jws), { verificationKey: pemOf(signer.publicKey, 'spki') });
}

export const HOSTILE_KID =
  '"]); click s1 call alert(1) %%{init: {"securityLevel":"loose"}}%% <img src=x onerror=alert(1)> javascript:alert(1)\nflowchart';

/** A kid, an issuer and claim names built to break out of a Mermaid label. */
export async function hostileJws(): Promise<Inspection> {
  const claims = {
    iss: '"]:::passed\n%%{init:{}}%%<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>': 'x',
    'a"b': '`markdown` | pipe [x] {y} #35; &amp; ;',
    'style x:y#z': 1,
    exp: NOW + 60,
  };
  return run(await signRs256(claims, { kid: HOSTILE_KID }), { jwks: jwksOf(signer.publicKey, HOSTILE_KID) });
}

export const notAToken = () => run('hello world');

/** A token the decoder reads but whose payload is text, not claims. */
export const textPayload = async () => run(`${encodeJson({ alg: 'none' })}.${encodeText('just text')}.`);

/** A DPoP proof (RFC 9449) with its access token and request: verified with its own header key. */
export async function dpopProofWithLinks(): Promise<Inspection> {
  const { athOf, dpopProof } = await import('./profile-tokens');
  const accessToken = await signRs256(claimsAt(), { typ: 'at+jwt' });
  const { token } = dpopProof({ iat: NOW, ath: athOf(accessToken) });
  return run(token, {
    context: { accessToken, httpMethod: 'POST', httpUri: 'https://server.example.com/other' },
  });
}

/** An ID token (it has a nonce) validated as an RFC 9068 access token: token confusion. */
export const idTokenAsAccessToken = async () =>
  run(await signRs256(claimsAt({ nonce: 'n-1' })), { jwks: jwksOf(signer.publicKey, 'k1'), profile: 'access-token' });

/** A Microsoft Graph-style token: signed over the hash of its header nonce, so the right key says invalid. */
export async function graphToken(): Promise<Inspection> {
  const { createHash } = await import('node:crypto');
  const nonce = 'graph-nonce';
  const claims = claimsAt({ aud: '00000003-0000-0000-c000-000000000000' });
  const signed = await signRs256(claims, { nonce: createHash('sha256').update(nonce).digest('base64url') });
  const presented = [encodeJson({ alg: 'RS256', typ: 'JWT', kid: 'k1', nonce }), ...signed.split('.').slice(1)].join(
    '.',
  );
  return run(presented, { jwks: jwksOf(signer.publicKey, 'k1') });
}

const sdIssuer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const sdHolder = generateKeyPairSync('ec', { namedCurve: 'P-256' });

/**
 * An SD-JWT presentation (RFC 9901): the issuer signs two disclosable claims, an array element and a
 * decoy digest; the holder presents `presented` disclosures (any of the issued ones, or others) and a
 * key-binding JWT for `kb` unless it is null. The verifier expects aud https://verifier.example and nonce
 * n-123 unless `keyBinding` says otherwise.
 */
async function sdJwt(
  choose: (issued: { givenName: string; familyName: string; nationality: string }) => string[],
  kb: { nonce?: string } | null,
  keyBinding: NonNullable<InspectOptions['keyBinding']> = { audience: 'https://verifier.example', nonce: 'n-123' },
): Promise<Inspection> {
  const { digestOf, makeDisclosure, makeKbJwt, signEs256 } = await import('./sd-jwt-builder');
  const issued = {
    givenName: makeDisclosure('given_name', 'Erika', 'salt-1'),
    familyName: makeDisclosure('family_name', 'Mustermann', 'salt-2'),
    nationality: makeDisclosure(null, 'DE', 'salt-3'),
  };
  const payload = {
    iss: ISSUER,
    iat: NOW - 60,
    exp: NOW + 3600,
    _sd_alg: 'sha-256',
    _sd: [digestOf(issued.givenName), digestOf(issued.familyName), 'decoy-digest-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
    nationalities: [{ '...': digestOf(issued.nationality) }],
    cnf: { jwk: sdHolder.publicKey.export({ format: 'jwk' }) },
  };
  const issuerJwt = signEs256({ alg: 'ES256', typ: 'example+sd-jwt' }, payload, sdIssuer.privateKey);
  const presented = `${issuerJwt}~${choose(issued)
    .map((d) => `${d}~`)
    .join('')}`;
  const token = kb
    ? `${presented}${makeKbJwt(presented, sdHolder.privateKey, { iat: NOW, ...kb }, { typ: 'kb+jwt', alg: 'ES256' })}`
    : presented;
  return run(token, { verificationKey: pemOf(sdIssuer.publicKey, 'spki'), keyBinding });
}

/** Every issued disclosure, a key-binding JWT by the cnf key with the verifier's aud and nonce. */
export const sdJwtWithKeyBinding = () => sdJwt((d) => [d.givenName, d.familyName, d.nationality], {});

/** One claim withheld, key binding neither presented nor required. */
export const sdJwtWithheld = () => sdJwt((d) => [d.givenName], null, {});

/** A disclosure the issuer never signed a digest of, added by the holder. */
export const sdJwtUnreferenced = async () => {
  const { makeDisclosure } = await import('./sd-jwt-builder');
  return sdJwt((d) => [d.givenName, makeDisclosure('admin', true, 'salt-9')], {});
};

/** A key-binding JWT made for another nonce than the verifier sent. */
export const sdJwtWrongNonce = () => sdJwt((d) => [d.givenName], { nonce: 'n-stale' });

/** Key binding required, but the holder presented none. */
export const sdJwtKeyBindingMissing = () => sdJwt((d) => [d.givenName], null, { required: true });
