import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspect, type Inspection, type ProfileContext } from '../index';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import { fillTemplate, listTemplateDefaults } from './fill-template';
import { issueToken } from './issue-token';
import { TEMPLATE_IDS } from './profile-templates';
import type { TemplateId, TemplateInputName, TemplateParts } from './template-types';

/*
 * Each template makes a token that the inspector, validating it as that profile with the template's
 * context, finds correct: no profile check failed, the claims valid, the signature valid. The linking
 * values (at_hash, c_hash, s_hash, ath, cnf.jkt) are also recomputed here with node:crypto, so the
 * template and the inspector cannot agree on the same mistake.
 */

const NOW = Math.floor(Date.now() / 1000);
const KEYS = {
  RS256: pemOf(pairOf('rsa-2048').privateKey, 'pkcs8'),
  ES256: pemOf(pairOf('P-256').privateKey, 'pkcs8'),
  ES384: pemOf(pairOf('P-384').privateKey, 'pkcs8'),
  EdDSA: pemOf(pairOf('ed25519').privateKey, 'pkcs8'),
  HS256: 'a-long-random-shared-secret-of-at-least-32-bytes!',
} as const;
type Alg = keyof typeof KEYS;

/** The client's DPoP key pair, apart from the authorization server's keys. */
const DPOP_KEY = pemOf(pairOf('P-521').privateKey, 'pkcs8');
const DPOP_PUBLIC = pemOf(pairOf('P-521').publicKey, 'spki');

interface Issued {
  token: string;
  verificationKey: string;
  fill: TemplateParts;
}

async function issueFrom(
  id: TemplateId,
  alg: Alg | 'ES512',
  inputs: Partial<Record<TemplateInputName, string>> = {},
): Promise<Issued> {
  const key = alg === 'ES512' ? DPOP_KEY : KEYS[alg];
  const fill = await fillTemplate(id, {
    inputs: { ...listTemplateDefaults(id), ...inputs },
    alg,
    signingKey: key,
    now: NOW,
  });
  if (!fill.ok) throw new Error(JSON.stringify(fill.findings));
  const issued = await issueToken({
    header: fill.header,
    claims: fill.claims,
    mode: 'sign',
    serialization: 'compact',
    signing: { alg, key },
    now: NOW,
  });
  if (!issued.ok) throw new Error(JSON.stringify(issued.findings));
  return { token: issued.token, verificationKey: issued.verificationKey, fill };
}

/** Inspects as the profile, with the template's context (or another) and the receiver's audience. */
function inspectAs(id: TemplateId, issued: Issued, options: { context?: ProfileContext; withKey?: boolean } = {}) {
  return inspect(issued.token, {
    profile: id,
    context: options.context ?? issued.fill.context,
    expected: { audience: issued.fill.expectedAudience },
    ...(options.withKey === false ? {} : { verificationKey: issued.verificationKey }),
    now: NOW + 1,
  });
}

const statusOf = (inspection: Inspection, name: string) =>
  inspection.profile?.checks.find((check) => check.name === name)?.status;

function expectCorrect(inspection: Inspection, id: TemplateId): void {
  expect(inspection.profile?.id).toBe(id);
  const failed = inspection.profile?.checks.filter((check) => check.status === 'failed') ?? [];
  expect(failed).toEqual([]);
  expect(inspection.signature).toBe('valid');
  expect(inspection.claims).toBe('valid');
  // Not one warning either: a DPoP proof has no exp (RFC 9449 §4.2), and the inspector asks for none.
  const warnings = inspection.findings.filter((f) => f.severity !== 'info');
  expect(warnings).toEqual([]);
}

/** OIDC Core §3.1.3.6 by hand: base64url of the left half of the hash over the ASCII octets. */
function leftHalf(hash: 'sha256' | 'sha384' | 'sha512', text: string): string {
  const digest = createHash(hash).update(text, 'ascii').digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}

const ACCESS_TOKEN = 'SlAV32hkKG.an-opaque-access-token';

describe('every template makes a token the inspector finds correct as its profile', () => {
  it.each(TEMPLATE_IDS.map((id) => ({ id })))('$id with its starting inputs', async ({ id }) => {
    const issued = await issueFrom(id, id === 'dpop-proof' ? 'ES256' : 'RS256');
    const inspection = await inspectAs(id, issued, { withKey: id !== 'dpop-proof' });
    expectCorrect(inspection, id);
    if (id !== 'dpop-proof' && id !== 'id-token') expect(issued.fill.claims.jti).toMatch(/^[\w-]{22}$/);
  });

  it('a client assertion signed with a client secret (client_secret_jwt, HS256)', async () => {
    expectCorrect(
      await inspectAs('client-assertion', await issueFrom('client-assertion', 'HS256')),
      'client-assertion',
    );
  });
});

describe('ID token: at_hash, c_hash, s_hash with the hash the alg names (OIDC Core §3.1.3.6)', () => {
  const ROWS = [
    { alg: 'RS256', hash: 'sha256' },
    { alg: 'ES384', hash: 'sha384' },
    { alg: 'EdDSA', hash: 'sha512' },
  ] as const;
  it.each(ROWS)('$alg → $hash', async ({ alg, hash }) => {
    const inputs = { accessToken: ACCESS_TOKEN, code: 'SplxlOBeZQQYbYS6WxSbIA', state: 'af0ifjsldkj' };
    const issued = await issueFrom('id-token', alg, inputs);
    expect(issued.fill.claims).toMatchObject({
      at_hash: leftHalf(hash, inputs.accessToken),
      c_hash: leftHalf(hash, inputs.code),
      s_hash: leftHalf(hash, inputs.state),
      aud: 's6BhdRkqt3',
      azp: 's6BhdRkqt3',
      nonce: 'n-0S6_WzA2Mj',
    });
    const inspection = await inspectAs('id-token', issued);
    expectCorrect(inspection, 'id-token');
    for (const name of ['at_hash', 'c_hash', 's_hash', 'nonce', 'aud-contains-client-id', 'azp-is-client-id'])
      expect(statusOf(inspection, name), name).toBe('passed');
  });

  it('the OIDC Core example: at_hash of "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y" with RS256', async () => {
    const issued = await issueFrom('id-token', 'RS256', {
      accessToken: 'jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y',
    });
    expect(issued.fill.claims.at_hash).toBe('77QmUPtjPfzWtF2AnpK9RQ');
  });

  it('an empty access token leaves at_hash out', async () => {
    const issued = await issueFrom('id-token', 'RS256', { accessToken: '  ' });
    expect(Object.hasOwn(issued.fill.claims, 'at_hash')).toBe(false);
    expect(issued.fill.context).not.toHaveProperty('accessToken');
  });
});

describe('DPoP proof and the access token bound to its key (RFC 9449 §4.2, §6.1)', () => {
  it('ath is SHA-256 of the access token; cnf.jkt of the access token is the proof key; both directions pass', async () => {
    const accessToken = await issueFrom('access-token', 'RS256', { dpopKey: DPOP_PUBLIC });
    const proof = await issueFrom('dpop-proof', 'ES512', {
      accessToken: accessToken.token,
      httpMethod: 'GET',
      httpUri: 'https://api.jwt-lens.example/items',
      dpopNonce: 'eyJ7S_zG.eyJH0-Z.HX4w-7v',
    });
    expect(proof.fill.claims.ath).toBe(createHash('sha256').update(accessToken.token, 'ascii').digest('base64url'));
    expect(proof.fill.header.jwk).not.toHaveProperty('d');

    const asProof = await inspectAs('dpop-proof', proof, { withKey: false });
    expectCorrect(asProof, 'dpop-proof');
    expect(asProof.layers[0]?.entries[0]?.embeddedKey?.thumbprint).toEqual(expect.any(String));
    for (const name of ['jwk', 'htm', 'htu', 'iat-window', 'dpop-nonce', 'ath', 'cnf-jkt'])
      expect(statusOf(asProof, name), name).toBe('passed');

    const asToken = await inspectAs('access-token', accessToken, { context: { dpopProof: proof.token } });
    expectCorrect(asToken, 'access-token');
    expect(statusOf(asToken, 'dpop-ath')).toBe('passed');
    expect(statusOf(asToken, 'dpop-cnf-jkt')).toBe('passed');
    expect(asToken.profile?.links.proofJwkThumbprint).toEqual({
      value: (accessToken.fill.claims.cnf as { jkt: string }).jkt,
    });
  });

  it('the header jwk is the public half only, whatever form the private key was pasted in', async () => {
    const privateJwk = JSON.stringify({
      ...pairOf('P-256').privateKey.export({ format: 'jwk' }),
      kid: 'client-key',
      use: 'sig',
    });
    const fill = await fillTemplate('dpop-proof', {
      inputs: listTemplateDefaults('dpop-proof'),
      alg: 'ES256',
      signingKey: privateJwk,
      now: NOW,
    });
    if (!fill.ok) throw new Error(JSON.stringify(fill.findings));
    expect(Object.keys(fill.header.jwk as object).sort()).toEqual(['crv', 'kty', 'x', 'y']);
  });

  it('RSA and Ed25519 proofs verify with their own header key too', async () => {
    for (const alg of ['RS256', 'EdDSA'] as const) {
      const inspection = await inspectAs('dpop-proof', await issueFrom('dpop-proof', alg), { withKey: false });
      expectCorrect(inspection, 'dpop-proof');
    }
  });
});
