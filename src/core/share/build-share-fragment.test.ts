import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactJws, encodeJson } from '../../../test-support/build-token';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import { decodeBase64Url } from '../encoding/base64url';
import { buildShareFragment, type ShareRequest } from './build-share-fragment';
import { readShareContext } from './read-share-context';
import { removeSignature } from './remove-signature';

const TOKEN = compactJws();
const [HEADER, PAYLOAD] = TOKEN.split('.');
const ec = pairOf('P-256');
const rsa = pairOf('rsa-2048');
const publicJwk = ec.publicKey.export({ format: 'jwk' });

function fragmentOf(request: Partial<ShareRequest>): { fragment: string; params: URLSearchParams } {
  const result = buildShareFragment({ token: TOKEN, withoutSignature: false, ...request });
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return { fragment: result.fragment, params: new URLSearchParams(result.fragment.slice(1)) };
}

/** Everything a reader of the link could recover: the link, each value decoded, the key decoded from base64url. */
function everythingTheLinkSays(fragment: string): string {
  const params = new URLSearchParams(fragment.slice(1));
  const key = decodeBase64Url(params.get('key') ?? '');
  return [fragment, ...params.values(), key.ok ? new TextDecoder().decode(key.bytes) : ''].join('\n');
}

describe('buildShareFragment puts the token in the fragment with only non-secret context', () => {
  it('the token alone: #token=…, nothing else', () => {
    expect(fragmentOf({}).fragment).toBe(`#token=${TOKEN}`);
  });

  it('each kind of context round-trips through readShareContext', () => {
    const key = pemOf(ec.publicKey, 'spki');
    const { params } = fragmentOf({
      issuer: 'https://issuer.example.com/',
      audience: 'api://orders & billing',
      algorithms: 'ES256, RS256',
      profile: 'id-token',
      jwksUrl: 'https://issuer.example.com/.well-known/jwks.json',
      verificationKey: `\n${key}\n`,
    });
    expect(params.get('token')).toBe(TOKEN);
    expect(readShareContext(params)).toEqual({
      issuer: 'https://issuer.example.com/',
      audience: 'api://orders & billing',
      algorithms: 'ES256, RS256',
      profile: 'id-token',
      jwksUrl: 'https://issuer.example.com/.well-known/jwks.json',
      publicKey: key.trim(),
    });
  });

  it('the default JWKS URL, relative to the page, travels as written', () => {
    const { params } = fragmentOf({ jwksUrl: './.well-known/jwks.json' });
    expect(readShareContext(params)).toEqual({ jwksUrl: './.well-known/jwks.json' });
  });

  it('a public JWK travels as its public members', () => {
    const { params } = fragmentOf({ verificationKey: JSON.stringify({ ...publicJwk, kid: 'k1' }) });
    expect(JSON.parse(readShareContext(params).publicKey ?? '')).toEqual({ ...publicJwk, kid: 'k1' });
  });

  it.each([
    { field: 'verificationKey', value: pemOf(rsa.privateKey, 'pkcs8'), reason: 'private-key' },
    { field: 'verificationKey', value: 'hmac-secret-value', reason: 'secret' },
    { field: 'decryptionKey', value: 'pbes2 password', reason: 'never-shared' },
    { field: 'decryptionKey', value: pemOf(rsa.publicKey, 'spki'), reason: 'never-shared' },
    { field: 'issuer', value: pemOf(ec.privateKey, 'sec1'), reason: 'looks-like-a-key' },
    { field: 'audience', value: JSON.stringify(ec.privateKey.export({ format: 'jwk' })), reason: 'looks-like-a-key' },
    { field: 'jwksUrl', value: 'https://admin:hunter2@issuer.example.com/jwks', reason: 'url-has-password' },
    { field: 'jwksUrl', value: 'javascript:alert(1)', reason: 'not-a-url' },
    { field: 'jwksUrl', value: '//admin:pw@evil.example/jwks', reason: 'not-a-url' },
    { field: 'algorithms', value: 'RS256; rm -rf', reason: 'invalid' },
  ] as const)('$field holding $reason is dropped and said so', ({ field, value, reason }) => {
    const result = buildShareFragment({ token: TOKEN, withoutSignature: false, [field]: value });
    expect(result).toEqual({ ok: true, fragment: `#token=${TOKEN}`, dropped: [{ field, reason }] });
  });

  it('an empty field or the Auto profile is left out without a word', () => {
    expect(buildShareFragment({ token: TOKEN, withoutSignature: false, issuer: ' ', profile: 'auto' })).toEqual({
      ok: true,
      fragment: `#token=${TOKEN}`,
      dropped: [],
    });
  });

  it('refuses text that is not a token (a pasted log stays on the page)', () => {
    expect(buildShareFragment({ token: 'Cookie: a=b; password=x', withoutSignature: false })).toEqual({
      ok: false,
      reason: 'not-a-token',
    });
  });
});

describe('Share without signature (RFC 7515 §7.1: an empty signature segment)', () => {
  it('empties the signature and marks the link unsigned', () => {
    const { params } = fragmentOf({ withoutSignature: true });
    expect(params.get('token')).toBe(`${HEADER}.${PAYLOAD}.`);
    expect(readShareContext(params).isUnsigned).toBe(true);
  });

  it.each([
    { name: 'a compact JWS', token: 'a.b.c', expected: 'a.b.' },
    { name: 'an SD-JWT without key binding', token: 'a.b.c~d1~d2~', expected: 'a.b.~d1~d2~' },
    { name: 'an SD-JWT with a KB-JWT', token: 'a.b.c~d1~k.l.m', expected: 'a.b.~d1~k.l.' },
    { name: 'a JWE (nothing to remove)', token: 'a.b.c.d.e', expected: null },
    { name: 'a JSON serialization', token: '{"payload":"e30"}', expected: null },
  ])('$name', ({ token, expected }) => {
    expect(removeSignature(token)).toBe(expected);
  });

  it('a JWE cannot be shared "without signature"', () => {
    const jwe = `${encodeJson({ alg: 'dir', enc: 'A128GCM' })}..aXY.Y3Q.dGFn`;
    expect(buildShareFragment({ token: jwe, withoutSignature: true })).toEqual({
      ok: false,
      reason: 'signature-not-removable',
    });
  });
});

describe('property: whatever secret the user pasted, it never appears in the link', () => {
  const marker = fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/);
  const publicText = fc.oneof(fc.constant(''), fc.webUrl(), fc.string({ maxLength: 30 }));
  const privatePems = [pemOf(rsa.privateKey, 'pkcs8'), pemOf(rsa.privateKey, 'pkcs1'), pemOf(ec.privateKey, 'sec1')];
  const privateJwk = ec.privateKey.export({ format: 'jwk' });

  /** A secret, and a text holding it in one of the shapes users paste. */
  const secretPaste = fc.oneof(
    marker.map((s) => ({ secret: s, text: JSON.stringify({ ...publicJwk, d: s }) })),
    marker.map((s) => ({ secret: s, text: JSON.stringify({ kty: 'RSA', n: 'AQAB', e: 'AQAB', p: s, q: s, dp: s }) })),
    marker.map((s) => ({ secret: s, text: JSON.stringify({ keys: [publicJwk, { ...publicJwk, d: s }] }) })),
    marker.map((s) => ({ secret: s, text: JSON.stringify({ kty: 'oct', k: s }) })),
    fc.constant({ secret: String(privateJwk.d), text: JSON.stringify(privateJwk, null, 2) }),
    marker.map((s) => ({ secret: s, text: `-----BEGIN PRIVATE KEY-----\n${s}\n-----END PRIVATE KEY-----` })),
    fc.constantFrom(...privatePems).map((pem) => ({ secret: pem.split('\n')[3] ?? '', text: pem })),
    fc
      .constantFrom(...privatePems)
      .map((pem) => ({ secret: pem.split('\n')[3] ?? '', text: `${pemOf(ec.publicKey, 'spki')}\n${pem}` })),
    marker.map((s) => ({ secret: s, text: s })),
    marker.map((s) => ({ secret: s, text: `  correct horse ${s} staple  ` })),
  );

  it('in the verification key box, the decryption key box, or key material in any context field', () => {
    fc.assert(
      fc.property(
        secretPaste,
        secretPaste,
        secretPaste,
        fc.constantFrom('issuer', 'audience', 'jwksUrl', 'algorithms'),
        publicText,
        fc.boolean(),
        (inVerificationBox, inDecryptionBox, inField, field, issuer, withoutSignature) => {
          // A secret that is free text (an HMAC secret, a password) is only a secret in a key box.
          const fieldValue =
            inField.text.includes('-----BEGIN') || inField.text.startsWith('{') ? inField.text : undefined;
          const result = buildShareFragment({
            token: TOKEN,
            withoutSignature,
            issuer,
            verificationKey: inVerificationBox.text,
            decryptionKey: inDecryptionBox.text,
            ...(fieldValue === undefined ? {} : { [field]: fieldValue }),
          });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const said = everythingTheLinkSays(result.fragment);
          for (const { secret } of [inVerificationBox, inDecryptionBox, ...(fieldValue ? [inField] : [])])
            expect(said).not.toContain(secret);
          expect(result.dropped.map((d) => d.field)).toEqual(
            expect.arrayContaining(['verificationKey', 'decryptionKey']),
          );
        },
      ),
    );
  });

  it('a JWKS URL never carries its password', () => {
    fc.assert(
      fc.property(marker, (password) => {
        const result = buildShareFragment({
          token: TOKEN,
          withoutSignature: false,
          jwksUrl: `https://svc:${password}@issuer.example.com/jwks`,
        });
        expect(result.ok && everythingTheLinkSays(result.fragment)).not.toContain(password);
      }),
    );
  });
});
