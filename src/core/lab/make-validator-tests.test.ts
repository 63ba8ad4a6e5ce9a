import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeJson, hs256Jws } from '../../../test-support/build-token';
import { pemOf } from '../../../test-support/key-fixtures';
import { inspect } from '../inspect/inspect';
import type { Inspection, InspectOptions } from '../inspect/types';
import { parseKeyInput } from '../keys';
import { makeValidatorTests } from './make-validator-tests';
import type { ValidatorTest, ValidatorTestsInput } from './types';
import { VARIANT_FACTS } from './variant-facts';

const NOW = Math.floor(Date.now() / 1000);
const ISSUER = 'https://issuer.example';
const AUDIENCE = 'api://orders';
const CLAIMS = { iss: ISSUER, aud: AUDIENCE, sub: 'user-42', iat: NOW - 60, nbf: NOW - 60, exp: NOW + 3600 };
const expected = { issuer: ISSUER, audience: AUDIENCE };

// The issuer's and the recipient's keys, and the original token, all made by node:crypto.
const issuer = generateKeyPairSync('rsa', { modulusLength: 2048 });
const recipient = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const publicPem = pemOf(issuer.publicKey, 'spki');
const privatePem = pemOf(issuer.privateKey, 'pkcs8');
const input = `${encodeJson({ alg: 'RS256', typ: 'JWT', kid: 'issuer-1' })}.${encodeJson(CLAIMS)}`;
const RS256_TOKEN = `${input}.${sign('sha256', Buffer.from(input), issuer.privateKey).toString('base64url')}`;
const SECRET = 'a-test-secret-that-is-32-bytes!!';
const HS256_TOKEN = hs256Jws({ alg: 'HS256', typ: 'JWT' }, JSON.stringify(CLAIMS), SECRET);

const candidates = async (text: string) => (await parseKeyInput(text)).candidates;

/** How JWT Lens answers with the original's key and expectations (and the recipient's private key). */
const inspectWith = (token: string, verificationKey: string): Promise<Inspection> => {
  const options: InspectOptions = {
    verificationKey,
    expected,
    decryptionKey: pemOf(recipient.privateKey, 'pkcs8'),
    now: NOW,
  };
  return inspect(token, options);
};

/** A clean pass: verified, claims valid, and no error or warning anywhere. */
const isCleanPass = (report: Inspection) =>
  report.signature === 'valid' &&
  report.claims === 'valid' &&
  report.findings.every((f) => f.severity !== 'error' && f.severity !== 'warning');

async function variantsFor(overrides: Partial<ValidatorTestsInput> & { token: string }): Promise<ValidatorTest[]> {
  return makeValidatorTests({
    keys: await candidates(publicPem),
    expected,
    url: 'https://attacker.example/keys.json',
    recipientKeys: await candidates(pemOf(recipient.publicKey, 'spki')),
    ...overrides,
  });
}

const made = (variants: ValidatorTest[]) => variants.filter((v) => v.token !== null);

describe('makeValidatorTests: JWT Lens rejects every variant with the finding it names', () => {
  it('the originals themselves pass cleanly, so a variant that does not is caught for its change', async () => {
    expect(isCleanPass(await inspectWith(RS256_TOKEN, publicPem))).toBe(true);
    expect(isCleanPass(await inspectWith(HS256_TOKEN, SECRET))).toBe(true);
  });

  const scenarios = [
    { name: 'RS256, public key loaded', token: RS256_TOKEN, keyText: publicPem, verifyWith: publicPem },
    { name: 'RS256, private key loaded', token: RS256_TOKEN, keyText: privatePem, verifyWith: publicPem },
    { name: 'HS256, secret loaded', token: HS256_TOKEN, keyText: SECRET, verifyWith: SECRET },
  ];
  for (const { name, token, keyText, verifyWith } of scenarios) {
    it(`${name}: each variant is not valid and carries its finding`, async () => {
      const variants = made(await variantsFor({ token, keys: await candidates(keyText) }));
      expect(variants.length).toBeGreaterThanOrEqual(14);
      for (const variant of variants) {
        const report = await inspectWith(variant.token ?? '', verifyWith);
        const codes = report.findings.map((f) => f.code);
        expect({ id: variant.id, codes }).toEqual({ id: variant.id, codes: expect.arrayContaining([variant.finding]) });
        expect({ id: variant.id, clean: isCleanPass(report) }).toEqual({ id: variant.id, clean: false });
      }
    });
  }

  it('the psychic signature against a P-256 key: JWT Lens finds it invalid, as it names', async () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const ecPem = pemOf(ec.publicKey, 'spki');
    const variants = await variantsFor({ token: RS256_TOKEN, keys: await candidates(ecPem) });
    const psychic = variants.find((v) => v.id === 'psychic-signature');
    expect(psychic?.finding).toBe('signature-invalid');
    const report = await inspectWith(psychic?.token ?? '', ecPem);
    expect(report.signature).toBe('invalid');
    expect(report.findings.map((f) => f.code)).toContain('signature-invalid');
  });

  it('with the private key, every variant is made; the re-signed ones verify and fail only their check', async () => {
    const variants = await variantsFor({ token: RS256_TOKEN, keys: await candidates(privatePem) });
    expect(variants.filter((v) => v.needs !== null)).toEqual([]);
    for (const id of ['exp-removed', 'exp-far-future', 'aud-iss-swapped'] as const) {
      const report = await inspectWith(variants.find((v) => v.id === id)?.token ?? '', publicPem);
      expect({ id, signature: report.signature }).toEqual({ id, signature: 'valid' });
    }
  });
});

describe('makeValidatorTests: what a variant needs', () => {
  const needsOf = async (overrides: Partial<ValidatorTestsInput> & { token: string }) =>
    Object.fromEntries((await variantsFor(overrides)).filter((v) => v.needs).map((v) => [v.id, v.needs]));

  it('a public key alone cannot re-sign; no URL, no recipient key, no expectations', async () => {
    expect(await needsOf({ token: RS256_TOKEN, url: '  ', recipientKeys: [] })).toEqual({
      jku: 'url',
      x5u: 'url',
      'jwe-unsigned-inner': 'recipient-key',
      'b64-without-crit': 'signing-key',
      'crit-unknown': 'signing-key',
      'exp-removed': 'signing-key',
      'exp-far-future': 'signing-key',
      'aud-iss-swapped': 'signing-key',
      'typ-changed': 'signing-key',
    });
  });

  it('an HMAC secret re-signs but has no public key to confuse; swapping needs both expectations', async () => {
    expect(await needsOf({ token: HS256_TOKEN, keys: await candidates(SECRET), expected: { issuer: ISSUER } })).toEqual(
      {
        'hs256-public-key-pem': 'public-key',
        'hs256-public-key-der': 'public-key',
        'aud-iss-swapped': 'expectations',
      },
    );
  });

  it('a token without exp has no exp to remove', async () => {
    const token = hs256Jws({ alg: 'HS256' }, JSON.stringify({ sub: 'a' }), SECRET);
    expect((await needsOf({ token, keys: await candidates(SECRET) }))['exp-removed']).toBe('exp-claim');
  });

  it('anything but a compact JWS gives no variants', async () => {
    expect(await variantsFor({ token: 'not a token' })).toEqual([]);
    expect(await variantsFor({ token: `${RS256_TOKEN}.x.y` })).toEqual([]);
  });
});

describe('makeValidatorTests: the variants say what they are', () => {
  it('every variant of the table, in order, with a source link and a "reject:" answer', async () => {
    const variants = await variantsFor({ token: RS256_TOKEN });
    expect(variants.map((v) => v.id)).toEqual(Object.keys(VARIANT_FACTS));
    for (const v of variants) {
      expect(v.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(v.expect).toMatch(/^reject: /);
      expect(v.source.url).toMatch(/^https:\/\//);
    }
  });

  const headerOf = (token: string | null) =>
    JSON.parse(Buffer.from((token ?? '').split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  const byId = (variants: ValidatorTest[], id: string) => variants.find((v) => v.id === id)?.token ?? null;

  it('headers carry the attack, the URL is the one typed, the psychic signature is 64 zero bytes', async () => {
    const variants = await variantsFor({ token: RS256_TOKEN, url: 'https://tester.example/jwks' });
    expect(['none', 'None', 'NONE', 'nOnE']).toEqual(
      ['alg-none', 'alg-none-capitalized', 'alg-none-upper', 'alg-none-mixed'].map(
        (id) => headerOf(byId(variants, id)).alg,
      ),
    );
    expect(byId(variants, 'alg-none')).toMatch(/\.$/);
    expect(headerOf(byId(variants, 'jku')).jku).toBe('https://tester.example/jwks');
    expect(headerOf(byId(variants, 'x5u')).x5u).toBe('https://tester.example/jwks');
    expect(headerOf(byId(variants, 'embedded-jwk')).jwk).toMatchObject({ kty: 'RSA' });
    expect(headerOf(byId(variants, 'kid-path-traversal')).kid).toBe('../../../../../../dev/null');
    expect(headerOf(byId(variants, 'hs256-public-key-pem')).alg).toBe('HS256');
    const psychic = byId(variants, 'psychic-signature') ?? '';
    expect(headerOf(psychic).alg).toBe('ES256');
    expect(Buffer.from(psychic.split('.')[2] ?? '', 'base64url')).toEqual(Buffer.alloc(64));
    expect(byId(variants, 'signature-stripped')).toBe(`${RS256_TOKEN.split('.').slice(0, 2).join('.')}.`);
  });
});
