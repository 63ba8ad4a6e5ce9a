import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspect, type Inspection } from '../index';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import { digestOf, makeDisclosure, makeKbJwt, signEs256 } from '../../../test-support/sd-jwt-builder';

const NOW = 1_767_225_600;
const issuer = pairOf('P-256');
const holder = pairOf('P-384');
const holderSigner = pairOf('ed25519');
const holderJwk = holderSigner.publicKey.export({ format: 'jwk' });
const issuerKey = pemOf(issuer.publicKey, 'spki');

const givenName = makeDisclosure('given_name', 'Erika', 'salt-1');
const familyName = makeDisclosure('family_name', 'Mustermann', 'salt-2');
const street = makeDisclosure('street_address', 'Heidestraße 17', 'salt-3');
const nationalityDe = makeDisclosure(null, 'DE', 'salt-4');
const address = makeDisclosure('address', { _sd: [digestOf(street)], locality: 'Köln' }, 'salt-5');

const PAYLOAD = {
  iss: 'https://issuer.example',
  iat: NOW,
  exp: NOW + 3600,
  _sd_alg: 'sha-256',
  _sd: [digestOf(givenName), digestOf(familyName), digestOf(address), 'decoy-digest-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
  nationalities: [{ '...': digestOf(nationalityDe) }, 'FR'],
  cnf: { jwk: holderJwk },
};
const issuerJwt = signEs256({ alg: 'ES256', typ: 'example+sd-jwt' }, PAYLOAD, issuer.privateKey);

function present(
  disclosures: string[],
  kb?: { aud?: string; nonce?: string; iat?: number; key?: typeof holder.privateKey },
) {
  const presented = `${issuerJwt}~${disclosures.map((d) => `${d}~`).join('')}`;
  if (!kb) return presented;
  const { key, ...claims } = kb;
  const signed = makeKbJwt(
    presented,
    key ?? holderSigner.privateKey,
    { iat: NOW, ...claims },
    { typ: 'kb+jwt', alg: 'EdDSA' },
  );
  return `${presented}${signed}`;
}

const check = (
  token: string,
  keyBinding?: { required?: boolean; audience?: string; nonce?: string },
): Promise<Inspection> =>
  inspect(token, { verificationKey: issuerKey, now: NOW + 5, ...(keyBinding ? { keyBinding } : {}) });
const codes = (inspection: Inspection) => inspection.findings.map((f) => f.code);

describe('SD-JWT (RFC 9901)', () => {
  it('§4, §7.1: decodes the issuer JWT, each disclosure with its digest and path; the payload is the processed claims', async () => {
    const result = await check(present([givenName, familyName, address, street, nationalityDe]));
    expect(result.format).toBe('sd-jwt');
    expect(result.signature).toBe('valid');
    expect(result.sdJwt?.sdAlg).toBe('sha-256');
    expect(result.sdJwt?.decoys).toBe(1);
    expect(result.sdJwt?.disclosures.map((d) => [d.name, d.status, d.path, d.digest])).toEqual([
      ['given_name', 'disclosed', '$.given_name', digestOf(givenName)],
      ['family_name', 'disclosed', '$.family_name', digestOf(familyName)],
      ['address', 'disclosed', '$.address', digestOf(address)],
      ['street_address', 'disclosed', '$.address.street_address', digestOf(street)],
      [null, 'disclosed', '$.nationalities[0]', digestOf(nationalityDe)],
    ]);
    expect(result.payload?.json).toEqual({
      iss: 'https://issuer.example',
      iat: NOW,
      exp: NOW + 3600,
      nationalities: ['DE', 'FR'],
      cnf: { jwk: holderJwk },
      given_name: 'Erika',
      family_name: 'Mustermann',
      address: { locality: 'Köln', street_address: 'Heidestraße 17' },
    });
    expect(result.claims).toBe('valid');
    expect(result.sdJwt?.keyBinding).toBe('absent');
  });

  it('§7.1: a withheld disclosure leaves its claim out (and the array element out)', async () => {
    const result = await check(present([givenName]));
    expect(result.payload?.json).toEqual(expect.not.objectContaining({ family_name: expect.anything() }));
    expect(result.payload?.json).toMatchObject({ given_name: 'Erika', nationalities: ['FR'] });
    expect(result.sdJwt?.decoys).toBe(4);
    expect(result.claims).toBe('valid');
  });

  it('§7.1: a disclosure no digest references is sd-disclosure-unreferenced, and the claims are invalid', async () => {
    const result = await check(present([givenName, makeDisclosure('admin', true)]));
    expect(codes(result)).toContain('sd-disclosure-unreferenced');
    expect(result.sdJwt?.disclosures[1]?.status).toBe('unreferenced');
    expect(result.claims).toBe('invalid');
  });

  it('§7.1: the same disclosure twice is sd-digest-duplicate', async () => {
    expect(codes(await check(present([givenName, givenName])))).toContain('sd-digest-duplicate');
  });

  it('§4.2.1: a disclosure named _sd or "..." is sd-claim-name-invalid; a malformed one sd-disclosure-invalid', async () => {
    expect(codes(await check(present([makeDisclosure('_sd', ['x'])])))).toContain('sd-claim-name-invalid');
    expect(codes(await check(present([`${Buffer.from('"just a string"').toString('base64url')}`])))).toContain(
      'sd-disclosure-invalid',
    );
    expect(codes(await check(present(['', givenName])))).toContain('sd-disclosure-invalid');
  });

  it('§7.1: a disclosed claim that collides with a clear one is sd-claim-collision', async () => {
    const iss = makeDisclosure('iss', 'https://evil.example');
    const payload = { ...PAYLOAD, _sd: [...PAYLOAD._sd, digestOf(iss)] };
    const token = `${signEs256({ alg: 'ES256' }, payload, issuer.privateKey)}~${iss}~`;
    const result = await check(token);
    expect(codes(result)).toContain('sd-claim-collision');
    expect(result.payload?.json).toMatchObject({ iss: 'https://issuer.example' });
  });

  it('a disclosure named __proto__ stays an ordinary claim; nothing is polluted', async () => {
    const proto = makeDisclosure('__proto__', { polluted: true });
    const payload = { ...PAYLOAD, _sd: [digestOf(proto)] };
    const result = await check(`${signEs256({ alg: 'ES256' }, payload, issuer.privateKey)}~${proto}~`);
    const claims = result.payload?.json as Record<string, unknown>;
    expect(Object.hasOwn(claims, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(claims)).toBe(Object.prototype);
  });

  it('a tampered disclosure no longer matches its digest', async () => {
    const tampered = makeDisclosure('given_name', 'Mallory', 'salt-1');
    expect(codes(await check(present([tampered])))).toContain('sd-disclosure-unreferenced');
  });

  it('hostile shapes: "~~~~", thousands of disclosures — no crash, a clear finding', async () => {
    const tildes = await check('~~~~');
    expect(tildes.format).toBe('sd-jwt');
    expect(codes(tildes)).toContain('not-a-token');
    const many = Array.from({ length: 3000 }, (_, i) => makeDisclosure(`c${i}`, i, `s${i}`));
    const result = await check(present(many));
    expect(result.sdJwt?.disclosures).toHaveLength(3000);
    expect(result.findings.filter((f) => f.code === 'sd-disclosure-unreferenced').length).toBeLessThanOrEqual(3);
  });

  describe('§7.3 key binding', () => {
    const all = [givenName, familyName];

    it('a KB-JWT by the cnf key, with sd_hash over the presentation, aud and nonce as expected, is valid', async () => {
      const result = await check(present(all, {}), {
        required: true,
        audience: 'https://verifier.example',
        nonce: 'n-123',
      });
      expect(result.sdJwt?.keyBinding).toBe('valid');
      expect(result.headline).toMatch(/key binding verified/i);
    });

    it('required but absent is kb-jwt-missing; absent and not required is no finding', async () => {
      const required = await check(present(all), { required: true });
      expect(codes(required)).toContain('kb-jwt-missing');
      expect((await check(present(all))).findings.some((f) => f.code.startsWith('kb-'))).toBe(false);
    });

    it('another audience, another nonce, an old iat, another key', async () => {
      expect(codes(await check(present(all, {}), { audience: 'https://other.example' }))).toContain('kb-aud-mismatch');
      expect(codes(await check(present(all, {}), { nonce: 'other' }))).toContain('kb-nonce-mismatch');
      expect(codes(await check(present(all, { iat: NOW - 3600 })))).toContain('kb-iat-window');
      const other = await check(present(all, { key: generateKeyPairSync('ed25519').privateKey }));
      expect(codes(other)).toContain('kb-jwt-invalid');
      expect(other.sdJwt?.keyBinding).toBe('invalid');
    });

    it('sd_hash: dropping a disclosure after the KB-JWT was made is kb-sd-hash-mismatch', async () => {
      const full = present(all, {});
      const kb = full.slice(full.lastIndexOf('~') + 1);
      const trimmed = `${issuerJwt}~${givenName}~${kb}`;
      expect(codes(await check(trimmed))).toContain('kb-sd-hash-mismatch');
    });

    it('no cnf.jwk in the issuer JWT: kb-cnf-missing', async () => {
      const { cnf: _cnf, ...payload } = PAYLOAD;
      const jwt = signEs256({ alg: 'ES256' }, payload, issuer.privateKey);
      const presented = `${jwt}~${givenName}~`;
      const token = `${presented}${makeKbJwt(presented, holder.privateKey, { iat: NOW }, { typ: 'kb+jwt', alg: 'ES384' })}`;
      expect(codes(await check(token))).toContain('kb-cnf-missing');
    });
  });
});

describe('SD-JWT VC (draft-ietf-oauth-sd-jwt-vc)', () => {
  const vc = (payload: Record<string, unknown>, disclosures: string[], typ = 'dc+sd-jwt') =>
    `${signEs256({ alg: 'ES256', typ }, payload, issuer.privateKey)}~${disclosures.map((d) => `${d}~`).join('')}`;

  it('§3.2.1: typ dc+sd-jwt (and the legacy vc+sd-jwt) is detected as an SD-JWT VC; vct present passes', async () => {
    for (const typ of ['dc+sd-jwt', 'vc+sd-jwt']) {
      const result = await check(
        vc(
          { iss: 'https://issuer.example', vct: 'https://credentials.example/pid', _sd: [digestOf(givenName)] },
          [givenName],
          typ,
        ),
      );
      expect(result.profile).toMatchObject({ id: 'sd-jwt-vc', by: 'typ' });
      expect(result.profile?.checks.filter((c) => c.status === 'failed')).toEqual([]);
      expect(result.claims).toBe('valid');
    }
  });

  it('§3.2.2.1.1: vct is required', async () => {
    const result = await check(vc({ iss: 'https://issuer.example', _sd: [] }, []));
    expect(codes(result)).toContain('sd-vc-vct-missing');
    expect(result.claims).toBe('invalid');
  });

  it('§3.2.2.2: iss, exp, cnf, vct, status … may not be selectively disclosable', async () => {
    const exp = makeDisclosure('exp', NOW + 60);
    const result = await check(vc({ iss: 'https://issuer.example', vct: 'x', _sd: [digestOf(exp)] }, [exp]));
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'sd-vc-claim-not-disclosable', name: 'exp' }),
    );
  });
});

describe('SD-JWT robustness', () => {
  it('recursive disclosures 100 deep: expanded to the cap, then a finding — no stack overflow', async () => {
    let inner = makeDisclosure('leaf', 'bottom', 'salt-leaf');
    const chain = [inner];
    for (let i = 0; i < 100; i += 1) {
      inner = makeDisclosure(`level${i}`, { _sd: [digestOf(inner)] }, `salt-${i}`);
      chain.push(inner);
    }
    const payload = { iss: 'https://issuer.example', _sd: [digestOf(inner)] };
    const token = `${signEs256({ alg: 'ES256' }, payload, issuer.privateKey)}~${chain.map((d) => `${d}~`).join('')}`;
    const result = await check(token);
    expect(result.format).toBe('sd-jwt');
    expect(codes(result)).toContain('sd-disclosure-invalid');
    expect(result.sdJwt?.disclosures.filter((d) => d.status === 'disclosed').length).toBeGreaterThan(30);
  });
});

describe('SD-JWT JSON serialization (RFC 9901 §8)', () => {
  it('disclosures and kb_jwt in the unprotected header; sd_hash over the compact form of the same parts', async () => {
    const [protectedHeader, payload, signature] = issuerJwt.split('.');
    const presented = `${issuerJwt}~${givenName}~${familyName}~`;
    const kbJwt = makeKbJwt(presented, holderSigner.privateKey, { iat: NOW }, { typ: 'kb+jwt', alg: 'EdDSA' });
    const json = JSON.stringify({
      payload,
      protected: protectedHeader,
      header: { disclosures: [givenName, familyName], kb_jwt: kbJwt },
      signature,
    });
    const result = await check(json, { required: true, audience: 'https://verifier.example', nonce: 'n-123' });
    expect(result.format).toBe('sd-jwt-json');
    expect(result.signature).toBe('valid');
    expect(result.sdJwt?.disclosures.map((d) => d.status)).toEqual(['disclosed', 'disclosed']);
    expect(result.payload?.json).toMatchObject({ given_name: 'Erika', family_name: 'Mustermann' });
    expect(result.sdJwt?.keyBinding).toBe('valid');
  });
});
