import { describe, expect, it } from 'vitest';
import { compactJws, encodeJson, hs256Jws } from '../../../test-support/build-token';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import * as sample from '../../../test-support/sample-inspections';
import { inspect } from './inspect';
import type { Inspection } from './types';

/*
 * The headline rules, in order (issue 10): input that is no valid token says so and names its first
 * problem, with no word about keys or verification; an unsecured token says so first; otherwise the weakest
 * of decryption, signature and claims leads, so a success never comes first when something failed. Which
 * key did the work is a detail of the findings, never of the headline.
 */
const NOW = sample.NOW;
const SECRET = 'a-string-secret-at-least-256-bits-long';
const RSA_PUBLIC_PEM = pemOf(pairOf('rsa-2048').publicKey, 'spki');
const at = (token: string, options: Parameters<typeof inspect>[1] = {}) => inspect(token, { now: NOW, ...options });
const hs256 = (claims: object, header: object = { alg: 'HS256' }) => hs256Jws(header, JSON.stringify(claims), SECRET);

const SITUATIONS: Array<{ situation: string; make: () => Promise<Inspection>; headline: string | RegExp }> = [
  // Malformed input: "Not a valid token", nothing about keys or signatures.
  { situation: 'not a token at all', make: sample.notAToken, headline: 'Not a valid token: not a JWS or JWE' },
  {
    situation: 'a signature that is not base64url',
    make: () => at(compactJws({ signature: 'abc+def/' }), { verificationKey: SECRET }),
    headline: 'Not a valid token: invalid base64url in the signature',
  },
  {
    situation: 'a token wrapped over lines (a line break inside a segment)',
    make: () => {
      const [header, payload = '', signature] = compactJws().split('.');
      return at(`${header}.${payload.slice(0, 12)}\n${payload.slice(12)}.${signature}`);
    },
    headline: 'Not a valid token: invalid base64url in the payload',
  },
  {
    situation: 'five dotted parts of junk',
    make: () => at('junk.more.stuff.here.yes'),
    headline: 'Not a valid token: not valid UTF-8 in the header',
  },
  {
    situation: 'a kid that is not a string',
    make: () => at(hs256({ sub: 'x' }, { alg: 'HS256', kid: 7 }), { verificationKey: SECRET }),
    headline: 'Not a valid token: header parameter of the wrong type ("kid") in the header',
  },
  {
    situation: 'a header that is not JSON',
    make: () => at(compactJws({ header: Buffer.from('{"alg":').toString('base64url') })),
    headline: 'Not a valid token: invalid JSON in the header',
  },
  { situation: 'nothing pasted', make: () => at(''), headline: 'Nothing to inspect: paste a token' },
  // Unsecured leads.
  {
    situation: 'alg none',
    make: sample.unsecuredJws,
    headline: /^Unsecured: alg "none", nothing is signed · expires in 1 h/,
  },
  {
    situation: 'alg none, expired',
    make: () => at(`${encodeJson({ alg: 'none' })}.${encodeJson({ exp: NOW - 3 * 3600 })}.`),
    headline: /^Unsecured: alg "none", nothing is signed · expired 3 h ago/,
  },
  // The weakest leads.
  { situation: 'valid', make: sample.validJws, headline: /^Signature verified · expires in 1 h \(at / },
  {
    situation: 'expired, signature verified',
    make: sample.expiredJws,
    headline: /^Expired 1 min ago .* · signature verified$/,
  },
  {
    situation: 'not yet valid, signature verified',
    make: sample.futureJws,
    headline: /^Not valid for another 2 min .* · issued 2 min in the future .* · signature verified$/,
  },
  { situation: 'tampered', make: sample.tamperedJws, headline: /^Signature invalid · expires in 1 h/ },
  {
    situation: 'no key given',
    make: sample.unverifiedJws,
    headline: /^Signature not verified: no key for this token \(none given\) · expires in 1 h/,
  },
  {
    situation: 'a key set without the token’s kid',
    make: sample.keyNotFoundJws,
    headline: /^Signature not verified: no key for this token \(none has its kid\)/,
  },
  {
    situation: 'only an RSA public key for an HS256 token',
    make: () => at(hs256({ exp: NOW + 3600 }), { verificationKey: RSA_PUBLIC_PEM }),
    headline: /^Signature not verified: no key for this token \(the keys given cannot serve its algorithm\) · expires/,
  },
  {
    situation: 'expired and no key: the failure leads',
    make: () => at(hs256({ exp: NOW - 3 * 3600 })),
    headline: /^Expired 3 h ago .* · signature not verified: no key for this token/,
  },
  {
    situation: 'an exp in milliseconds never passes',
    make: () => at(hs256({ exp: NOW * 1000 }), { verificationKey: SECRET }),
    headline: /^Looks like milliseconds: as seconds it expires in the year \d+ · signature verified$/,
  },
  { situation: 'a decrypted JWE', make: sample.decryptedJwe, headline: /^Decrypted · expires in 1 h/ },
  { situation: 'nested', make: sample.nestedJwt, headline: /^Decrypted · signature verified · expires in 1 h/ },
  {
    situation: 'nested, no decryption key',
    make: sample.nestedUndecrypted,
    headline: 'Not decrypted: no key for this token (none given)',
  },
];

describe('buildHeadline: one line, readable in one look', () => {
  it.each(SITUATIONS)('$situation', async ({ make, headline }) => {
    const inspection = await make();
    if (typeof headline === 'string') expect(inspection.headline).toBe(headline);
    else expect(inspection.headline).toMatch(headline);
  });

  it('never names the key that did the work (that is in the signature-valid finding)', async () => {
    const inspection = await sample.validJws();
    expect(inspection.headline).not.toMatch(/RSA|bits|kid/);
    expect(inspection.findings.find((f) => f.code === 'signature-valid')?.message).toMatch(/RSA public key, 2048 bits/);
  });

  it('says nothing about keys or verification for input that is no valid token', async () => {
    const malformed = SITUATIONS.filter((s) => typeof s.headline === 'string' && s.headline.startsWith('Not a valid'));
    expect(malformed.length).toBeGreaterThanOrEqual(6);
    for (const { make } of malformed) expect((await make()).headline).not.toMatch(/verif|key|decrypt|expire/i);
  });
});
