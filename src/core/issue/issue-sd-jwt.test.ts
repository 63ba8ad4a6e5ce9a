import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  inspect,
  issueSdJwt,
  presentSdJwt,
  type ClaimPath,
  type Inspection,
  type KeyBindingOptions,
  type SdJwtIssueRequest,
} from '../index';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import { digestOf } from '../../../test-support/sd-jwt-builder';

/*
 * The issuer and holder sides of RFC 9901, checked by the inspector: issue → present → inspect. The
 * digests are recomputed with node:crypto (test-support), independently of the code under test.
 */

const NOW = Math.floor(Date.now() / 1000);
const issuer = pairOf('P-256');
const holder = pairOf('ed25519');
const ISSUER_KEY = pemOf(issuer.privateKey, 'pkcs8');
const ISSUER_PUBLIC = pemOf(issuer.publicKey, 'spki');
const HOLDER_JWK = holder.publicKey.export({ format: 'jwk' });
const HOLDER_PRIVATE = pemOf(holder.privateKey, 'pkcs8');
const AUDIENCE = 'https://verifier.example';
const NONCE = 'n-0S6_WzA2Mj';

const CLAIMS = {
  iss: 'https://issuer.example',
  iat: NOW,
  exp: NOW + 3600,
  sub: 'user-42',
  given_name: 'Erika',
  family_name: 'Mustermann',
  address: { street_address: 'Heidestraße 17', locality: 'Köln' },
  nationalities: ['DE', 'FR'],
};
const DISCLOSABLE: ClaimPath[] = [
  ['given_name'],
  ['family_name'],
  ['address'],
  ['address', 'street_address'],
  ['nationalities', 0],
];

async function issue(extra: Partial<SdJwtIssueRequest> = {}) {
  const issued = await issueSdJwt({
    claims: CLAIMS,
    disclosable: DISCLOSABLE,
    decoys: 3,
    signing: { alg: 'ES256', key: ISSUER_KEY },
    holderKey: HOLDER_JWK,
    ...extra,
  });
  if (!issued.ok) throw new Error(issued.findings.map((f) => f.message).join('; '));
  return issued;
}

const indexOf = (issued: Awaited<ReturnType<typeof issue>>, label: string) =>
  issued.disclosures.findIndex((d) => d.label === label);

async function present(issued: Awaited<ReturnType<typeof issue>>, labels: string[], withKeyBinding = true) {
  const presented = await presentSdJwt({
    sdJwt: issued.sdJwt,
    keep: labels.map((label) => indexOf(issued, label)),
    ...(withKeyBinding
      ? { keyBinding: { holderPrivateKey: HOLDER_PRIVATE, alg: 'EdDSA', audience: AUDIENCE, nonce: NONCE, iat: NOW } }
      : {}),
  });
  if (!presented.ok) throw new Error(presented.findings.map((f) => f.message).join('; '));
  return presented;
}

const check = (
  token: string,
  keyBinding: KeyBindingOptions = { required: true, audience: AUDIENCE, nonce: NONCE },
): Promise<Inspection> => inspect(token, { verificationKey: ISSUER_PUBLIC, now: NOW + 5, keyBinding });
const codes = (inspection: Inspection) => inspection.findings.map((f) => f.code);

describe('issueSdJwt (RFC 9901 §4, §5)', () => {
  it('every disclosure is referenced: the inspector discloses all and sees the original claims, cnf added', async () => {
    const issued = await issue();
    expect(issued.sdJwt.endsWith('~')).toBe(true);
    expect(issued.disclosures.map((d) => d.label)).toEqual([
      'given_name',
      'family_name',
      'address',
      'address.street_address',
      'nationalities[0]',
    ]);
    const result = await check(issued.sdJwt, { required: false, audience: AUDIENCE, nonce: NONCE });
    expect(result.format).toBe('sd-jwt');
    expect(result.signature).toBe('valid');
    expect(result.sdJwt?.disclosures.map((d) => d.status)).toEqual(Array(5).fill('disclosed'));
    expect(result.sdJwt?.disclosures.map((d) => d.digest)).toEqual(issued.disclosures.map((d) => digestOf(d.encoded)));
    expect(result.sdJwt?.decoys).toBe(3);
    expect(result.sdJwt?.keyBinding).toBe('absent');
    expect(result.payload?.json).toEqual({ ...CLAIMS, cnf: { jwk: HOLDER_JWK } });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('§4.2.1: 128-bit salts, all different; §4.2.4.1: each _sd sorted; _sd_alg at the top; typ in the header', async () => {
    const issued = await issue({ decoys: 20 });
    const salts = issued.disclosures.map(
      (d) => (JSON.parse(Buffer.from(d.encoded, 'base64url').toString()) as string[])[0],
    );
    expect(new Set(salts).size).toBe(salts.length);
    for (const salt of salts) expect(Buffer.from(salt ?? '', 'base64url')).toHaveLength(16);
    const [header, payload] = issued.issuerJwt
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>);
    expect(header).toMatchObject({ alg: 'ES256', typ: 'example+sd-jwt' });
    expect(payload?._sd_alg).toBe('sha-256');
    const top = payload?._sd as string[];
    expect(top).toEqual([...top].sort());
    expect(payload).not.toHaveProperty('given_name');
    expect(payload?.nationalities).toEqual([{ '...': digestOf(issued.disclosures[4]?.encoded ?? '') }, 'FR']);
  });

  it.each(['sha-384', 'sha-512'] as const)('_sd_alg %s: the inspector recomputes every digest', async (sdAlg) => {
    const issued = await issue({ sdAlg });
    const result = await check(issued.sdJwt, {});
    expect(result.sdJwt?.sdAlg).toBe(sdAlg);
    expect(result.sdJwt?.disclosures.every((d) => d.status === 'disclosed')).toBe(true);
    expect(result.sdJwt?.disclosures[0]?.digest).toBe(
      digestOf(issued.disclosures[0]?.encoded ?? '', sdAlg.replace('-', '')),
    );
  });

  it('a "__proto__" claim made disclosable stays an ordinary claim', async () => {
    const claims = JSON.parse('{"iss":"https://issuer.example","exp":9999999999,"__proto__":{"admin":true}}') as object;
    const issued = await issue({ claims, disclosable: [['__proto__']], holderKey: undefined });
    const result = await check(issued.sdJwt, {});
    expect(Object.hasOwn(result.payload?.json as object, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  describe('refusals are findings', () => {
    const refused = async (extra: Partial<SdJwtIssueRequest>) => {
      const issued = await issueSdJwt({
        claims: CLAIMS,
        disclosable: [],
        signing: { alg: 'ES256', key: ISSUER_KEY },
        ...extra,
      });
      return issued.ok ? [] : issued.findings.map((f) => f.code);
    };
    it.each([
      ['a path the claims do not have', { disclosable: [['nickname']] }, 'issue-failed'],
      ['an element past the end', { disclosable: [['nationalities', 2]] }, 'issue-failed'],
      ['claims with their own _sd', { claims: { ...CLAIMS, _sd: [] } }, 'issue-failed'],
      ['a private holder key', { holderKey: holder.privateKey.export({ format: 'jwk' }) }, 'issue-failed'],
      ['a negative decoy count', { decoys: -1 }, 'issue-failed'],
      ['no signing key', { signing: { alg: 'ES256', key: '' } }, 'key-missing'],
      ['alg none', { signing: { alg: 'none', key: '' } }, 'alg-none'],
      ['SD-JWT VC without vct', { typ: 'dc+sd-jwt' }, 'sd-vc-vct-missing'],
      [
        'SD-JWT VC with iss disclosable',
        { typ: 'dc+sd-jwt', claims: { ...CLAIMS, vct: 'https://credentials.example/id' }, disclosable: [['iss']] },
        'sd-vc-claim-not-disclosable',
      ],
    ] as const)('%s', async (_title, extra, code) => {
      expect(await refused(extra as Partial<SdJwtIssueRequest>)).toEqual([code]);
    });
  });

  it('SD-JWT VC: typ dc+sd-jwt, vct and cnf in the clear, other claims disclosable', async () => {
    const issued = await issue({ typ: 'dc+sd-jwt', claims: { ...CLAIMS, vct: 'https://credentials.example/id' } });
    const result = await check(issued.sdJwt, {});
    expect(result.layers[0]?.header).toMatchObject({ typ: 'dc+sd-jwt' });
    expect(result.signature).toBe('valid');
    expect(result.payload?.json).toMatchObject({ vct: 'https://credentials.example/id', given_name: 'Erika' });
  });
});

describe('presentSdJwt (RFC 9901 §7.2) and key binding (§4.3)', () => {
  it('one claim disclosed with a KB-JWT: key binding valid, the withheld claims are gone', async () => {
    const issued = await issue({ decoys: 0 });
    const presented = await present(issued, ['given_name', 'nationalities[0]']);
    const result = await check(presented.presentation);
    expect(result.signature).toBe('valid');
    expect(result.sdJwt?.keyBinding).toBe('valid');
    expect(result.sdJwt?.disclosures.map((d) => d.path)).toEqual(['$.given_name', '$.nationalities[0]']);
    const { family_name: _f, address: _a, ...shown } = CLAIMS;
    expect(result.payload?.json).toEqual({ ...shown, cnf: { jwk: HOLDER_JWK } });
    // The withheld family_name and address are digests the verifier cannot tell from decoys.
    expect(result.sdJwt?.decoys).toBe(2);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a nested disclosure brings the disclosure that holds its digest', async () => {
    const issued = await issue();
    const presented = await present(issued, ['address.street_address']);
    expect(presented.kept).toEqual([indexOf(issued, 'address'), indexOf(issued, 'address.street_address')]);
    const result = await check(presented.presentation);
    expect(result.payload?.json).toMatchObject({ address: CLAIMS.address });
    expect(result.payload?.json).not.toHaveProperty('given_name');
    expect(result.sdJwt?.keyBinding).toBe('valid');
  });

  it('nothing disclosed, no key binding: the issuer JWT and a "~"', async () => {
    const issued = await issue();
    const presented = await present(issued, [], false);
    expect(presented.presentation).toBe(`${issued.issuerJwt}~`);
  });

  it('the wrong audience or nonce fails the key binding', async () => {
    const presented = await present(await issue(), ['given_name']);
    expect(
      codes(await check(presented.presentation, { required: true, audience: 'https://other.example', nonce: NONCE })),
    ).toContain('kb-aud-mismatch');
    const wrongNonce = await check(presented.presentation, { required: true, audience: AUDIENCE, nonce: 'other' });
    expect(codes(wrongNonce)).toContain('kb-nonce-mismatch');
    expect(wrongNonce.sdJwt?.keyBinding).toBe('invalid');
  });

  it('tampered: a changed disclosure is sd-disclosure-unreferenced', async () => {
    const issued = await issue();
    const presented = await present(issued, ['given_name'], false);
    const given = issued.disclosures[indexOf(issued, 'given_name')];
    const [salt] = JSON.parse(Buffer.from(given?.encoded ?? '', 'base64url').toString()) as string[];
    const forged = Buffer.from(JSON.stringify([salt, 'given_name', 'Mallory'])).toString('base64url');
    const result = await check(presented.presentation.replace(given?.encoded ?? '', forged), {});
    expect(codes(result)).toContain('sd-disclosure-unreferenced');
    expect(result.payload?.json).not.toHaveProperty('given_name');
  });

  it('tampered: a disclosure removed after the KB-JWT was made is kb-sd-hash-mismatch', async () => {
    const issued = await issue();
    const presented = await present(issued, ['given_name', 'family_name']);
    const family = issued.disclosures[indexOf(issued, 'family_name')]?.encoded ?? '';
    const result = await check(presented.presentation.replace(`${family}~`, ''));
    expect(codes(result)).toContain('kb-sd-hash-mismatch');
    expect(result.sdJwt?.keyBinding).toBe('invalid');
  });

  it('a holder key that is not the cnf key: the KB-JWT signature fails', async () => {
    const issued = await issue();
    const other = pemOf(pairOf('P-256').privateKey, 'pkcs8');
    const presented = await presentSdJwt({
      sdJwt: issued.sdJwt,
      keep: [0],
      keyBinding: { holderPrivateKey: other, alg: 'ES256', audience: AUDIENCE, nonce: NONCE, iat: NOW },
    });
    if (!presented.ok) throw new Error('not presented');
    expect((await check(presented.presentation)).sdJwt?.keyBinding).toBe('invalid');
  });
});

describe('key binding with a holder key WebCrypto lacks (issue 15)', () => {
  it.each([
    ['Ed448', 'ed448', undefined],
    ['ES256K', 'ec', 'secp256k1'],
  ] as const)('%s: the KB-JWT is signed by the noble engine and verifies', async (alg, type, namedCurve) => {
    const pair =
      type === 'ec' ? generateKeyPairSync('ec', { namedCurve: namedCurve ?? '' }) : generateKeyPairSync('ed448');
    const issued = await issue({ holderKey: pair.publicKey.export({ format: 'jwk' }) });
    const presented = await presentSdJwt({
      sdJwt: issued.sdJwt,
      keep: [indexOf(issued, 'given_name')],
      keyBinding: {
        holderPrivateKey: pemOf(pair.privateKey, 'pkcs8'),
        alg,
        audience: AUDIENCE,
        nonce: NONCE,
        iat: NOW,
      },
    });
    if (!presented.ok) throw new Error(presented.findings.map((f) => f.message).join('; '));
    const kbHeader = JSON.parse(
      Buffer.from(presented.presentation.split('~').at(-1)?.split('.')[0] ?? '', 'base64url').toString(),
    );
    expect(kbHeader).toEqual({ typ: 'kb+jwt', alg });
    const result = await check(presented.presentation);
    expect(result.sdJwt?.keyBinding).toBe('valid');
    const other = generateKeyPairSync('ed448');
    const forged = await presentSdJwt({
      sdJwt: (await issue({ holderKey: pair.publicKey.export({ format: 'jwk' }) })).sdJwt,
      keep: [],
      keyBinding: {
        holderPrivateKey: pemOf(
          type === 'ec' ? generateKeyPairSync('ec', { namedCurve: namedCurve ?? '' }).privateKey : other.privateKey,
          'pkcs8',
        ),
        alg,
        audience: AUDIENCE,
        nonce: NONCE,
        iat: NOW,
      },
    });
    if (!forged.ok) throw new Error(forged.findings.map((f) => f.message).join('; '));
    expect((await check(forged.presentation)).sdJwt?.keyBinding).toBe('invalid');
  });
});
