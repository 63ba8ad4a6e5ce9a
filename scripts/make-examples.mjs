// Generates the example gallery (src/panels/gallery/examples.json): real tokens with their keys, made
// with jose. Run once (`node scripts/make-examples.mjs`) and commit the output; the keys are demo keys.
import { writeFileSync } from 'node:fs';
import {
  CompactEncrypt,
  SignJWT,
  UnsecuredJWT,
  calculateJwkThumbprint,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  generateSecret,
} from 'jose';

const NOW = Date.UTC(2026, 10, 22, 9, 30) / 1000;
const FAR = Date.UTC(2036, 0, 1) / 1000;
const ISS = 'https://issuer.jwt-lens.example';
const claims = (extra = {}) => ({ sub: '248289761001', name: 'Ada Lovelace', aud: 'jwt-lens-demo', ...extra });

async function pair(alg, options = {}) {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true, ...options });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    publicKey,
    privateKey,
    kid,
    publicJwk: { ...publicJwk, kid },
    privateJwk: { ...(await exportJWK(privateKey)), kid },
    spki: await exportSPKI(publicKey),
  };
}
const sign = (alg, key, kid, payload = claims(), header = {}) =>
  new SignJWT(payload)
    .setProtectedHeader({ alg, typ: 'JWT', kid, ...header })
    .setIssuer(ISS)
    .setIssuedAt(NOW)
    .setExpirationTime(FAR)
    .sign(key);
const json = (value) => JSON.stringify(value, null, 2);

const rsa = await pair('RS256');
const ec = await pair('ES256');
const ps = await pair('PS256');
const ed = await pair('EdDSA');
const oaep = await pair('RSA-OAEP-256');
const ecdh = await pair('ECDH-ES+A256KW', { crv: 'P-256' });
const hmacSecret = 'a-demo-secret-that-is-at-least-32-bytes-long';
const dirKey = await generateSecret('A256GCM', { extractable: true });
const dirJwk = { ...(await exportJWK(dirKey)), kid: 'demo-dir-key' };
const password = 'correct horse battery staple';

const nestedInner = await sign('RS256', rsa.privateKey, rsa.kid);
const examples = [
  {
    id: 'jws-rs256',
    group: 'Signed (JWS)',
    title: 'RS256 — RSA PKCS#1 v1.5',
    token: await sign('RS256', rsa.privateKey, rsa.kid),
    verificationKey: rsa.spki,
  },
  {
    id: 'jws-es256',
    group: 'Signed (JWS)',
    title: 'ES256 — ECDSA P-256',
    token: await sign('ES256', ec.privateKey, ec.kid),
    verificationKey: json(ec.publicJwk),
  },
  {
    id: 'jws-ps256',
    group: 'Signed (JWS)',
    title: 'PS256 — RSA-PSS',
    token: await sign('PS256', ps.privateKey, ps.kid),
    verificationKey: json({ keys: [ps.publicJwk] }),
  },
  {
    id: 'jws-hs256',
    group: 'Signed (JWS)',
    title: 'HS256 — HMAC shared secret',
    token: await sign('HS256', new TextEncoder().encode(hmacSecret), undefined),
    verificationKey: hmacSecret,
  },
  {
    id: 'jws-eddsa',
    group: 'Signed (JWS)',
    title: 'EdDSA — Ed25519',
    token: await sign('EdDSA', ed.privateKey, ed.kid),
    verificationKey: ed.spki,
  },
  {
    id: 'jwe-rsa-oaep-256',
    group: 'Encrypted (JWE)',
    title: 'RSA-OAEP-256 + A256GCM',
    token: await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(claims({ iss: ISS, exp: FAR }))))
      .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: oaep.kid })
      .encrypt(oaep.publicKey),
    decryptionKey: json(oaep.privateJwk),
  },
  {
    id: 'jwe-ecdh-es-a256kw',
    group: 'Encrypted (JWE)',
    title: 'ECDH-ES+A256KW + A256GCM (P-256)',
    token: await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(claims({ iss: ISS, exp: FAR }))))
      .setProtectedHeader({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', kid: ecdh.kid })
      .encrypt(ecdh.publicKey),
    decryptionKey: json(ecdh.privateJwk),
  },
  {
    id: 'jwe-pbes2',
    group: 'Encrypted (JWE)',
    title: 'PBES2-HS256+A128KW + A128CBC-HS256 (password)',
    token: await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(claims({ iss: ISS, exp: FAR }))))
      .setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128CBC-HS256', p2c: 10000 })
      .encrypt(new TextEncoder().encode(password)),
    decryptionKey: password,
  },
  {
    id: 'jwe-dir',
    group: 'Encrypted (JWE)',
    title: 'dir + A256GCM (shared key)',
    token: await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(claims({ iss: ISS, exp: FAR }))))
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid: dirJwk.kid })
      .encrypt(dirKey),
    decryptionKey: json(dirJwk),
  },
  {
    id: 'nested',
    group: 'Nested',
    title: 'Signed (RS256), then encrypted (RSA-OAEP-256)',
    token: await new CompactEncrypt(new TextEncoder().encode(nestedInner))
      .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT', kid: oaep.kid })
      .encrypt(oaep.publicKey),
    verificationKey: rsa.spki,
    decryptionKey: json(oaep.privateJwk),
  },
  {
    id: 'broken-expired',
    group: 'Broken',
    title: 'Expired',
    token: await new SignJWT(claims())
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: rsa.kid })
      .setIssuer(ISS)
      .setIssuedAt(NOW - 7200)
      .setExpirationTime(NOW - 3600)
      .sign(rsa.privateKey),
    verificationKey: rsa.spki,
  },
  {
    id: 'broken-audience',
    group: 'Broken',
    title: 'Wrong audience',
    token: await sign('RS256', rsa.privateKey, rsa.kid, claims({ aud: 'https://payments.example' })),
    verificationKey: rsa.spki,
    expectedAudience: 'jwt-lens-demo',
  },
  {
    id: 'broken-alg-none',
    group: 'Broken',
    title: 'alg: none (unsecured)',
    token: new UnsecuredJWT(claims({ role: 'admin' })).setIssuer(ISS).setIssuedAt(NOW).setExpirationTime(FAR).encode(),
    verificationKey: rsa.spki,
  },
];
const original = await sign('RS256', rsa.privateKey, rsa.kid);
const [h, , s] = original.split('.');
const tamperedPayload = Buffer.from(
  JSON.stringify({ ...claims({ role: 'admin' }), iss: ISS, iat: NOW, exp: FAR }),
).toString('base64url');
examples.push({
  id: 'broken-tampered',
  group: 'Broken',
  title: 'Tampered payload',
  token: `${h}.${tamperedPayload}.${s}`,
  verificationKey: rsa.spki,
});
const other = await pair('RS256');
examples.push({
  id: 'broken-kid',
  group: 'Broken',
  title: 'kid not in the JWKS',
  token: await sign('RS256', rsa.privateKey, 'rotated-away-2025'),
  verificationKey: json({
    keys: [
      { ...other.publicJwk, use: 'sig', alg: 'RS256' },
      { ...ec.publicJwk, use: 'sig', alg: 'ES256' },
    ],
  }),
});

writeFileSync('src/panels/gallery/examples.json', JSON.stringify(examples, null, 2) + '\n');
console.log(`${examples.length} examples written`);
