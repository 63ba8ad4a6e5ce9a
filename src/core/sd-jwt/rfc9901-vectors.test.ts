import { createHash } from 'node:crypto';
import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { readSdJwtVectors, type SdJwtVector, type SdJwtVectorDisclosure } from '../../../test-support/sd-jwt-vectors';

/*
 * Checks the RFC 9901 (SD-JWT) examples in test-vectors/sd-jwt on their own, with Node's crypto and jose
 * only: nothing from src/core/sd-jwt is used, so these vectors can be trusted by the tests of that module.
 *
 * For every file: each Disclosure decodes (base64url JSON array) to the given salt, name and value; each
 * digest is base64url(SHA-256(ASCII of the Disclosure)); each digest is referenced from the Issuer-signed
 * payload (an `_sd` array or a `{"...": digest}` array element), directly or through another Disclosure.
 * Where the example is signed: the Issuer-signed JWT verifies with the RFC's issuer key (Appendix A.5),
 * its payload is the printed one, and the KB-JWT (if any) verifies with `cnf.jwk` and has the right
 * `sd_hash`. The processed payload the RFC prints is recomputed with a small reference processor below.
 */

const vectors = readSdJwtVectors();
const titled = vectors.map((v) => [v.file, v] as const);

const sha256 = (ascii: string) => createHash('sha256').update(Buffer.from(ascii, 'ascii')).digest('base64url');
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function decodeBase64urlJson(encoded: string): unknown {
  expect(encoded).toMatch(BASE64URL);
  const bytes = Buffer.from(encoded, 'base64url');
  // Canonical: re-encoding the bytes gives back the same string (no stray bits, no padding).
  expect(bytes.toString('base64url')).toBe(encoded);
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isArrayDigest = (v: unknown): v is { '...': string } =>
  isObject(v) && Object.keys(v).length === 1 && typeof v['...'] === 'string';

/** Every digest referenced in a JSON value: `_sd` members and `{"...": digest}` array elements, at any depth. */
function referencedDigests(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((element) => (isArrayDigest(element) ? [element['...']] : referencedDigests(element)));
  }
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, member]) => {
    if (key !== '_sd') return referencedDigests(member);
    expect(Array.isArray(member)).toBe(true);
    return (member as unknown[]).map((d) => {
      expect(typeof d).toBe('string');
      return d as string;
    });
  });
}

/** Reference processing (RFC 9901 §7.1 step 3), for the given Disclosures only; no validation beyond it. */
function processPayload(payload: Json, disclosures: readonly SdJwtVectorDisclosure[]): Json {
  const byDigest = new Map(disclosures.map((d) => [d.digest, d]));
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      return value.flatMap((element) => {
        if (!isArrayDigest(element)) return [walk(element)];
        const disclosure = byDigest.get(element['...']);
        return disclosure === undefined ? [] : [walk(disclosure.value)];
      });
    }
    if (!isObject(value)) return value;
    const out: Json = {};
    for (const [key, member] of Object.entries(value)) {
      if (key !== '_sd') out[key] = walk(member);
    }
    for (const digest of (value._sd as string[] | undefined) ?? []) {
      const disclosure = byDigest.get(digest);
      if (disclosure?.name != null) out[disclosure.name] = walk(disclosure.value);
    }
    return out;
  };
  const { _sd_alg: _ignored, ...rest } = walk(payload) as Json;
  return rest;
}

/** The Disclosures of a compact SD-JWT or SD-JWT+KB, and its KB-JWT if it does not end with `~`. */
function splitCompact(compact: string) {
  const parts = compact.split('~');
  const last = parts.pop() ?? '';
  return { issuerSignedJwt: parts[0] ?? '', disclosures: parts.slice(1), kbJwt: last === '' ? undefined : last };
}

function disclosuresOf(v: SdJwtVector, encoded: readonly string[]): SdJwtVectorDisclosure[] {
  return encoded.map((e) => {
    const disclosure = v.disclosures.find((d) => d.encoded === e);
    expect(disclosure, `${e} is one of the file's disclosures`).toBeDefined();
    return disclosure as SdJwtVectorDisclosure;
  });
}

describe('RFC 9901 SD-JWT test vectors (test-vectors/sd-jwt)', () => {
  it('reads every vector file', () => {
    expect(vectors.map((v) => v.file)).toEqual([
      '4_2_1.disclosure_for_object_property.json',
      '4_2_2.disclosure_for_array_element.json',
      '4_2_6.recursive_disclosures.json',
      '5.example_sd_jwt.json',
      '6_1.flat_sd_jwt.json',
      '6_2.structured_sd_jwt.json',
      '6_2.structured_sd_jwt_country_in_clear.json',
      '6_3.recursive_disclosures.json',
      'A_1.simple_structured_sd_jwt.json',
      'A_2.complex_structured_sd_jwt.json',
      'A_3.sd_jwt_vc.json',
      'A_4.w3c_vcdm_v2.json',
    ]);
    expect(vectors.reduce((n, v) => n + v.disclosures.length, 0)).toBe(96);
  });

  describe.each(titled)('%s', (_file, v) => {
    it('decodes every Disclosure to the given salt, name and value', () => {
      for (const d of v.disclosures) {
        const array = decodeBase64urlJson(d.encoded);
        expect(array).toEqual(d.name === null ? [d.salt, d.value] : [d.salt, d.name, d.value]);
      }
    });

    it('has digest = base64url(SHA-256(ASCII of the Disclosure)) for every Disclosure', () => {
      for (const d of v.disclosures) expect(sha256(d.encoded), d.encoded).toBe(d.digest);
    });

    it('references every Disclosure from the payload, directly or through another Disclosure', () => {
      const reached = new Set(referencedDigests(v.issuerPayload));
      const inPayload = [...reached];
      // Follow recursive Disclosures: a reached Disclosure's value may reference further digests.
      for (let grew = true; grew;) {
        grew = false;
        for (const d of v.disclosures) {
          if (!reached.has(d.digest)) continue;
          for (const inner of referencedDigests(d.value)) {
            if (reached.has(inner)) continue;
            reached.add(inner);
            grew = true;
          }
        }
      }
      for (const d of v.disclosures) expect(reached.has(d.digest), d.digest).toBe(true);
      // RFC 9901 §4.1: the same digest value does not appear more than once.
      const everywhere = [...inPayload, ...v.disclosures.flatMap((d) => referencedDigests(d.value))];
      expect(new Set(everywhere).size).toBe(everywhere.length);
      // A digest is either a Disclosure's or a decoy, never both.
      const digests = new Set(v.disclosures.map((d) => d.digest));
      for (const decoy of v.decoyDigests) {
        expect(inPayload).toContain(decoy);
        expect(digests.has(decoy)).toBe(false);
      }
      // Every digest in the payload is accounted for: a Disclosure's or a listed decoy.
      for (const digest of inPayload) expect(digests.has(digest) || v.decoyDigests.includes(digest), digest).toBe(true);
    });

    if (v.equivalentEncodings.length > 0) {
      it('decodes each equivalent encoding to the same salt, name and value, with another digest', () => {
        const first = v.disclosures[0] as SdJwtVectorDisclosure;
        for (const { encoded } of v.equivalentEncodings) {
          expect(decodeBase64urlJson(encoded)).toEqual([first.salt, first.name, first.value]);
          expect(sha256(encoded)).not.toBe(first.digest);
          expect(referencedDigests(v.issuerPayload)).not.toContain(sha256(encoded));
        }
      });
    }

    if (v.issuerSignedJwt !== undefined) {
      const jwt = v.issuerSignedJwt;

      it('verifies the Issuer-signed JWT with the issuer key, over the printed payload', async () => {
        expect(v.issuerJwk).toBeDefined();
        const key = await importJWK(v.issuerJwk as JWK, 'ES256');
        const { payload, protectedHeader } = await compactVerify(jwt, key);
        expect(protectedHeader.alg).toBe('ES256');
        expect(JSON.parse(new TextDecoder().decode(payload))).toEqual(v.issuerPayload);
      });

      it('begins the SD-JWT and the presentation with that JWT', () => {
        for (const compact of [v.sdJwt, v.presentation]) {
          if (compact !== undefined) expect(splitCompact(compact).issuerSignedJwt).toBe(jwt);
        }
      });
    }

    if (v.sdJwt !== undefined) {
      const sdJwt = v.sdJwt;
      it('issues every Disclosure of the file in the SD-JWT, which ends with "~"', () => {
        const parts = splitCompact(sdJwt);
        expect(parts.kbJwt).toBeUndefined();
        expect([...parts.disclosures].sort()).toEqual(v.disclosures.map((d) => d.encoded).sort());
      });
    }

    if (v.presentation !== undefined) {
      const presentation = v.presentation;
      const parts = splitCompact(presentation);

      it('presents only Disclosures of the file', () => {
        expect(disclosuresOf(v, parts.disclosures)).toHaveLength(parts.disclosures.length);
      });

      if (parts.kbJwt !== undefined) {
        const kbJwt = parts.kbJwt;
        it('verifies the KB-JWT with cnf.jwk, and its sd_hash covers the presentation up to the last "~"', async () => {
          const cnf = v.issuerPayload.cnf;
          expect(isObject(cnf) && isObject(cnf.jwk)).toBe(true);
          const holderJwk = (cnf as { jwk: JWK }).jwk;
          expect(v.holderJwk).toEqual(holderJwk);
          const { payload, protectedHeader } = await compactVerify(kbJwt, await importJWK(holderJwk, 'ES256'));
          expect(protectedHeader).toEqual({ alg: 'ES256', typ: 'kb+jwt' });
          const claims = JSON.parse(new TextDecoder().decode(payload)) as Json;
          const sdJwtPart = presentation.slice(0, presentation.lastIndexOf('~') + 1);
          expect(claims.sd_hash).toBe(sha256(sdJwtPart));
          expect(v.issuerPayload._sd_alg ?? 'sha-256').toBe('sha-256');
          if (v.kbJwt?.payload !== undefined) expect(claims).toEqual(v.kbJwt.payload);
          if (v.kbJwt?.header !== undefined) expect(decodeProtectedHeader(kbJwt)).toEqual(v.kbJwt.header);
        });
      }
    }

    if (v.processedPayload !== undefined) {
      const expected = v.processedPayload;
      it(`processes to the printed payload (${v.presentation === undefined ? 'every Disclosure' : 'presented Disclosures'})`, () => {
        const used =
          v.presentation === undefined ? v.disclosures : disclosuresOf(v, splitCompact(v.presentation).disclosures);
        expect(processPayload(v.issuerPayload, used)).toEqual(expected);
      });
    }

    if (v.processedPayloadWithoutDisclosures !== undefined) {
      const expected = v.processedPayloadWithoutDisclosures;
      it('processes to the stated payload when no Disclosure is received', () => {
        expect(processPayload(v.issuerPayload, [])).toEqual(expected);
      });
    }
  });

  describe('the checks above can fail', () => {
    const main = vectors.find((v) => v.file === '5.example_sd_jwt.json') as SdJwtVector;
    const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === 'A' ? 'B' : 'A') + s.slice(at + 1);

    it('rejects the Section 5 Issuer-signed JWT with one signature character changed', async () => {
      const jwt = main.issuerSignedJwt as string;
      const key = await importJWK(main.issuerJwk as JWK, 'ES256');
      await expect(compactVerify(flip(jwt, jwt.lastIndexOf('.') + 5), key)).rejects.toThrow();
    });

    it('gives another sd_hash when a presented Disclosure is dropped', () => {
      const presentation = main.presentation as string;
      const { issuerSignedJwt, disclosures } = splitCompact(presentation);
      const fewer = `${issuerSignedJwt}~${disclosures.slice(1).join('~')}~`;
      expect(sha256(fewer)).not.toBe(main.kbJwt?.payload?.sd_hash);
    });
  });
});
