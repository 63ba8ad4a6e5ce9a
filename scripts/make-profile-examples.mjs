// Adds the "Token profiles" group to the example gallery (src/panels/gallery/examples.json): tokens that
// teach what a token is for, each with the "Validate as" choice and the relying-party context it needs.
// Run `node scripts/make-profile-examples.mjs` after make-examples.mjs and commit the output; demo keys.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { SignJWT, calculateJwkThumbprint, exportJWK, exportSPKI, generateKeyPair } from 'jose';

const FILE = 'src/panels/gallery/examples.json';
const GROUP = 'Token profiles';
const NOW = Date.UTC(2026, 10, 22, 9, 30) / 1000;
const FAR = Date.UTC(2036, 0, 1) / 1000;
const ISS = 'https://issuer.jwt-lens.example';
const CLIENT = 'jwt-lens-demo';

const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
const kid = await calculateJwkThumbprint(await exportJWK(publicKey));
const spki = await exportSPKI(publicKey);
const b64url = (bytes) => Buffer.from(bytes).toString('base64url');
const leftHalf = (text) => b64url(createHash('sha256').update(text, 'ascii').digest().subarray(0, 16));
const sign = (payload, header = {}) =>
  new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid, ...header }).sign(privateKey);

const accessToken = await sign(
  {
    iss: ISS,
    sub: '248289761001',
    aud: 'https://api.jwt-lens.example',
    client_id: CLIENT,
    scope: 'openid orders:read',
    iat: NOW,
    exp: FAR,
    jti: 'at-7f3c',
  },
  { typ: 'at+jwt' },
);
const idClaims = {
  iss: ISS,
  sub: '248289761001',
  aud: CLIENT,
  iat: NOW,
  exp: FAR,
  nonce: 'n-0S6_WzA2Mj',
  at_hash: leftHalf(accessToken),
};
const idToken = await sign(idClaims, { typ: 'JWT' });

// Microsoft Graph signs over SHA-256 of the header nonce, then sends the nonce itself: only Graph can verify.
const graphNonce = 'AQABAAAAAAD--DLA3VO7QrddgJg7WevrzxYCVbRnf';
const graphSigned = await sign(
  {
    aud: '00000003-0000-0000-c000-000000000000',
    iss: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
    iat: NOW,
    exp: FAR,
    scp: 'User.Read',
  },
  { typ: 'JWT', nonce: b64url(createHash('sha256').update(graphNonce).digest()) },
);
const graphToken = [
  b64url(JSON.stringify({ typ: 'JWT', nonce: graphNonce, alg: 'RS256', kid })),
  ...graphSigned.split('.').slice(1),
].join('.');

const examples = [
  {
    id: 'profile-id-token-at-hash',
    group: GROUP,
    title: 'ID token with its access token (at_hash)',
    token: idToken,
    verificationKey: spki,
    profile: 'auto',
    context: { clientId: CLIENT, nonce: idClaims.nonce, accessToken },
  },
  {
    id: 'profile-id-token-as-access-token',
    group: GROUP,
    title: 'ID token sent to an API as an access token',
    token: idToken,
    verificationKey: spki,
    profile: 'access-token',
    context: { clientId: CLIENT },
  },
  {
    id: 'profile-access-token',
    group: GROUP,
    title: 'Access token (RFC 9068, at+jwt)',
    token: accessToken,
    verificationKey: spki,
    profile: 'auto',
    context: { clientId: CLIENT },
  },
  {
    id: 'profile-logout-nonce',
    group: GROUP,
    title: 'Logout token carrying a nonce',
    token: await sign(
      {
        iss: ISS,
        aud: CLIENT,
        iat: NOW,
        exp: FAR,
        jti: 'lt-1',
        sid: '08a5019c',
        nonce: 'n-0S6_WzA2Mj',
        events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
      },
      { typ: 'logout+jwt' },
    ),
    verificationKey: spki,
    profile: 'auto',
    context: { clientId: CLIENT },
  },
  {
    id: 'profile-graph-token',
    group: GROUP,
    title: 'Microsoft Graph token (only Graph can verify it)',
    token: graphToken,
    verificationKey: spki,
    profile: 'auto',
  },
];

const kept = JSON.parse(readFileSync(FILE, 'utf8')).filter((example) => example.group !== GROUP);
writeFileSync(FILE, JSON.stringify([...kept, ...examples], null, 2) + '\n');
console.log(`${examples.length} profile examples written`);
