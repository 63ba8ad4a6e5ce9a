import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { CompactSign } from 'jose';
import { describe, expect, it } from 'vitest';
import { inspect } from '../inspect/inspect';
import type { Inspection, InspectOptions } from '../inspect/types';
import { buildFlowDiagram, buildSequenceDiagram, type FlowDiagram } from '../index';
import { pemOf } from '../../../test-support/key-fixtures';
import {
  findStrayLines,
  readClassAssignments,
  readEdges,
  readLinkStyles,
  readNodes,
} from '../../../test-support/mermaid-source';
import { planFlow } from './plan-flow';

/*
 * The receiver's flow gains the token profile: which profile and why, one step per rule its table draws
 * (OIDC Core §3.1.3.6–7, RFC 9449 §4.3, RFC 9068), and the other tokens those checks tie it to — an access
 * token by at_hash or ath, a code by c_hash, a state by s_hash, a DPoP proof by ath and cnf.jkt.
 */
const NOW = 1_700_000_000;
const CLIENT = 'client-1';
const RESOURCE = 'https://rs.example/orders';
const issuerKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const proofKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const otherProofKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });

// Oracles by node:crypto, never by the code under test.
const sha256 = (text: string) => createHash('sha256').update(text, 'ascii').digest();
const leftHalf = (text: string) => sha256(text).subarray(0, 16).toString('base64url');
const athOf = (token: string) => sha256(token).toString('base64url');
const publicJwk = (keys: { publicKey: KeyObject }) => keys.publicKey.export({ format: 'jwk' });
/** RFC 7638 §3: SHA-256 over the required members of an EC key, in lexicographic order. */
function thumbprintOf(keys: { publicKey: KeyObject }): string {
  const { crv, kty, x, y } = publicJwk(keys);
  return createHash('sha256').update(JSON.stringify({ crv, kty, x, y })).digest('base64url');
}

const sign = (claims: object, header: Record<string, unknown>, key: KeyObject) =>
  new CompactSign(new TextEncoder().encode(JSON.stringify(claims))).setProtectedHeader(header as never).sign(key);
const signByIssuer = (claims: object, typ: string) =>
  sign(
    { iss: 'https://issuer.example', sub: 'alice', iat: NOW - 60, exp: NOW + 3600, ...claims },
    { alg: 'RS256', typ, kid: 'k1' },
    issuerKeys.privateKey,
  );
const idToken = (claims: object) => signByIssuer({ aud: CLIENT, nonce: 'n-0S6', ...claims }, 'JWT');
const accessToken = (jkt: string) =>
  signByIssuer({ aud: 'https://rs.example', client_id: CLIENT, jti: 'at-1', cnf: { jkt } }, 'at+jwt');
const dpopProof = (claims: object = {}, keys = proofKeys) =>
  sign(
    { jti: 'proof-1', htm: 'POST', htu: RESOURCE, iat: NOW, ...claims },
    { alg: 'ES256', typ: 'dpop+jwt', jwk: publicJwk(keys) },
    keys.privateKey,
  );

const run = (token: string, options: InspectOptions = {}) =>
  inspect(token, { now: NOW, verificationKey: pemOf(issuerKeys.publicKey, 'spki'), ...options });

/** The diagram, checked against the line grammar, read back as nodes, edges and classes. */
function draw(inspection: Inspection, theme: 'light' | 'dark' = 'light') {
  const diagram = buildFlowDiagram(inspection, { theme });
  expect(findStrayLines(diagram.source, 'flowchart')).toEqual([]);
  const nodes = readNodes(diagram.source);
  const classes = readClassAssignments(diagram.source);
  const styles = readLinkStyles(diagram.source);
  const titleOf = (id: string) => nodes.get(id)?.split('<br/>')[0] ?? `(no node ${id})`;
  const idOf = (label: string) => stepOf(diagram, label).id;
  const links = readEdges(diagram.source)
    .filter((edge) => edge.from.startsWith('g'))
    .map((edge) => ({
      from: titleOf(edge.from),
      fromClass: classes.get(edge.from),
      label: edge.label,
      to: titleOf(edge.to),
      style: styles.get(edge.index),
    }));
  const successors = (label: string) =>
    readEdges(diagram.source)
      .filter((edge) => edge.from === idOf(label))
      .map((edge) => titleOf(edge.to));
  return { diagram, nodes, classes, styles, links, titleOf, successors, classOf: (l: string) => classes.get(idOf(l)) };
}

function stepOf(diagram: FlowDiagram, label: string) {
  const found = diagram.steps.find((s) => s.label === label);
  if (!found) throw new Error(`no step "${label}" in ${diagram.steps.map((s) => s.label).join(', ')}`);
  return found;
}

const profileSteps = (diagram: FlowDiagram) =>
  diagram.steps.filter((s) => s.label.startsWith('Check ')).map((s) => [s.label, s.status]);

const PASSED_LINK = 'stroke:#15803d,stroke-width:2px,color:#14532d';
const FAILED_LINK = 'stroke:#b91c1c,stroke-width:2px,color:#7f1d1d';

describe('ID token (OIDC Core §3.1.3.6–7): at_hash ties it to the access token', () => {
  const opaque = 'SlAV32hkKG-access-token';
  const context = { clientId: CLIENT, nonce: 'n-0S6', accessToken: opaque };

  it('matching access token: the at_hash step passed, the access token drawn and linked in green', async () => {
    const { diagram, links, successors, classOf } = draw(
      await run(await idToken({ at_hash: leftHalf(opaque) }), { context }),
    );
    expect(stepOf(diagram, 'Validated as ID token')).toMatchObject({ status: 'passed' });
    expect(stepOf(diagram, 'Validated as ID token').detail).toMatch(/^has nonce and at_hash · \d+ rules: /);
    expect(profileSteps(diagram)).toEqual([
      ['Check nonce', 'passed'],
      ['Check at_hash', 'passed'],
      ['Check c_hash', 'skipped'],
      ['Check s_hash', 'skipped'],
    ]);
    expect(classOf('Check at_hash')).toBe('passed');
    expect(classOf('Check c_hash')).toBe('skipped');
    expect(successors('Validate claims')).toEqual(['✔ Validated as ID token']);
    expect(successors('Check at_hash')).toEqual(['✔ Use claims']);
    expect(links).toEqual([
      {
        from: 'Access token (given)',
        fromClass: 'input',
        label: '✔ at_hash',
        to: '✔ Check at_hash',
        style: PASSED_LINK,
      },
    ]);
    expect(diagram.links).toEqual([
      {
        from: 'g1',
        label: 'Access token (given)',
        via: 'at_hash',
        status: 'passed',
        to: stepOf(diagram, 'Check at_hash').id,
      },
    ]);
    expect(stepOf(diagram, 'Use claims').status).toBe('passed');
  });

  it('another access token: the at_hash step and its link failed, the claims and their use too', async () => {
    const { diagram, links, classOf } = draw(
      await run(await idToken({ at_hash: leftHalf('the token it was issued with') }), { context }),
    );
    expect(stepOf(diagram, 'Check at_hash').status).toBe('failed');
    expect(classOf('Check at_hash')).toBe('failed');
    expect(links).toEqual([
      {
        from: 'Access token (given)',
        fromClass: 'input',
        label: '✖ at_hash',
        to: '✖ Check at_hash',
        style: FAILED_LINK,
      },
    ]);
    expect(stepOf(diagram, 'Validated as ID token').status).toBe('failed');
    expect(stepOf(diagram, 'Validate claims')).toMatchObject({ status: 'failed' });
    expect(stepOf(diagram, 'Validate claims').detail).toContain('failed: ID token rules at_hash');
    expect(stepOf(diagram, 'Use claims')).toMatchObject({ status: 'failed', detail: 'do not use: claims invalid' });
  });

  it('code and state (hybrid flow, FAPI): one node each, linked via c_hash and s_hash', async () => {
    const token = await idToken({ c_hash: leftHalf('code-1'), s_hash: leftHalf('another state') });
    const { links } = draw(await run(token, { context: { code: 'code-1', state: 'state-1' } }));
    expect(links.map(({ from, label, to }) => [from, label, to])).toEqual([
      ['Authorization code (given)', '✔ c_hash', '✔ Check c_hash'],
      ['State (given)', '✖ s_hash', '✖ Check s_hash'],
    ]);
  });

  it('nothing given with it: the steps are skipped and no other token is drawn', async () => {
    const { diagram, links } = draw(await run(await idToken({ at_hash: leftHalf(opaque) })));
    expect(profileSteps(diagram).map(([, status]) => status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    expect(links).toEqual([]);
    expect(diagram.source).not.toContain('linkStyle');
  });
});

describe('DPoP proof (RFC 9449 §4.3): verified with its own header key', () => {
  const request = { httpMethod: 'POST', httpUri: `${RESOURCE}?page=2` };

  it('method and URI of the request: the htm and htu steps passed; the key is the header jwk', async () => {
    const inspection = await run(await dpopProof(), { context: request });
    const { diagram, nodes, links } = draw(inspection);
    expect(stepOf(diagram, 'Validated as DPoP proof').detail).toMatch(/^typ is "dpop\+jwt" · /);
    expect(profileSteps(diagram)).toEqual([
      ['Check htm', 'passed'],
      ['Check htu', 'passed'],
      ['Check iat window', 'passed'],
      ['Check ath', 'skipped'],
      ['Check cnf.jkt', 'skipped'],
    ]);
    const select = stepOf(diagram, 'Select key');
    expect(select).toMatchObject({ status: 'passed' });
    expect(select.detail).toBe(
      `from the proof's own header (jwk), not your keys · thumbprint ${thumbprintOf(proofKeys)}`,
    );
    expect(select.detail).not.toContain('pasted');
    expect(nodes.get(select.id)).toContain(`thumbprint ${thumbprintOf(proofKeys)}`);
    expect(stepOf(diagram, 'Read kid').status).toBe('not-applicable');
    expect(stepOf(diagram, 'Verify signature').status).toBe('passed');
    expect(links).toEqual([]);
  });

  it('a symmetric header jwk: no usable key, so selecting and verifying failed', async () => {
    const header = { alg: 'ES256', typ: 'dpop+jwt', jwk: { kty: 'oct', k: 'c2VjcmV0' } };
    const proof = await sign({ jti: 'p', htm: 'POST', htu: RESOURCE, iat: NOW }, header, proofKeys.privateKey);
    const { diagram, classOf } = draw(await run(proof, { context: request }));
    expect(stepOf(diagram, 'Select key')).toMatchObject({
      status: 'failed',
      detail: "from the proof's own header (jwk), not your keys · the header jwk is not a usable public key",
    });
    expect(classOf('Select key')).toBe('failed');
    expect(stepOf(diagram, 'Verify signature')).toMatchObject({
      status: 'failed',
      detail: 'alg ES256 · the header jwk is not a usable public key',
    });
  });

  it('another URI: the htu step failed', async () => {
    const { diagram, classOf } = draw(
      await run(await dpopProof(), { context: { ...request, httpUri: 'https://rs.example/admin' } }),
    );
    expect(stepOf(diagram, 'Check htu')).toMatchObject({ status: 'failed' });
    expect(stepOf(diagram, 'Check htm').status).toBe('passed');
    expect(classOf('Check htu')).toBe('failed');
    expect(stepOf(diagram, 'Use claims').status).toBe('failed');
  });

  it('with its access token: one access token node, linked via ath and cnf.jkt', async () => {
    const token = await accessToken(thumbprintOf(proofKeys));
    const inspection = await run(await dpopProof({ ath: athOf(token) }), {
      context: { ...request, accessToken: token },
    });
    const { links } = draw(inspection, 'dark');
    expect(links).toEqual([
      {
        from: 'Access token (given)',
        fromClass: 'input',
        label: '✔ ath',
        to: '✔ Check ath',
        style: 'stroke:#4ade80,stroke-width:2px,color:#dcfce7',
      },
      {
        from: 'Access token (given)',
        fromClass: 'input',
        label: '✔ cnf.jkt',
        to: '✔ Check cnf.jkt',
        style: 'stroke:#4ade80,stroke-width:2px,color:#dcfce7',
      },
    ]);
  });

  it('sequence: the key comes from the token header, never fetched from a JWKS URL', async () => {
    const diagram = buildSequenceDiagram(await run(await dpopProof(), { context: request }), {
      keySource: 'jwks-url',
      jwksUri: 'https://issuer.example/jwks',
    });
    expect(findStrayLines(diagram.source, 'sequence')).toEqual([]);
    expect(diagram.source).toContain('  Note over R: key from the token header;');
    expect(diagram.source).not.toContain('R->>K');
    expect(diagram.source).not.toContain('key pasted');
    expect(diagram.steps.map((s) => s.label)).toContain('Check htu');
  });
});

describe('Access token (RFC 9068) with the DPoP proof sent beside it (RFC 9449 §6.1, §7.1)', () => {
  it('its proof: a DPoP proof node linked via ath and cnf.jkt, both passed', async () => {
    const token = await accessToken(thumbprintOf(proofKeys));
    const inspection = await run(token, {
      context: { clientId: CLIENT, dpopProof: await dpopProof({ ath: athOf(token) }) },
    });
    const { diagram, links, nodes } = draw(inspection);
    expect(stepOf(diagram, 'Validated as Access token (RFC 9068)').detail).toMatch(/^typ is "at\+jwt" · /);
    expect(profileSteps(diagram)).toEqual([
      ['Check ath', 'passed'],
      ['Check cnf.jkt', 'passed'],
    ]);
    expect(links.map(({ from, label, to, style }) => [from, label, to, style])).toEqual([
      ['DPoP proof (given)', '✔ ath', '✔ Check ath', PASSED_LINK],
      ['DPoP proof (given)', '✔ cnf.jkt', '✔ Check cnf.jkt', PASSED_LINK],
    ]);
    expect([...nodes.keys()].filter((id) => id.startsWith('g'))).toEqual(['g1']);
    // Verified with the issuer's key from the inputs, not a header key.
    expect(stepOf(diagram, 'Select key').detail).toMatch(/^pasted key · /);
  });

  it('a proof signed with another key, for another token: both links failed', async () => {
    const token = await accessToken(thumbprintOf(proofKeys));
    const stranger = await dpopProof({ ath: athOf('another token') }, otherProofKeys);
    const { links } = draw(await run(token, { context: { dpopProof: stranger } }));
    expect(links.map(({ label, style }) => [label, style])).toEqual([
      ['✖ ath', FAILED_LINK],
      ['✖ cnf.jkt', FAILED_LINK],
    ]);
  });
});

describe('what the token is not', () => {
  it('a plain JWT: no profile step, no other token, no link', async () => {
    const token = await signByIssuer({ aud: 'api' }, 'JWT');
    const { diagram, links, classes } = draw(await run(token, { context: { accessToken: 'ignored' } }));
    expect(diagram.steps.map((s) => s.label)).toEqual([
      'Build claims',
      'Sign',
      'Read kid',
      'Select key',
      'Verify signature',
      'Validate claims',
      'Use claims',
    ]);
    expect(links).toEqual([]);
    expect(diagram.links).toEqual([]);
    expect([...classes.values()]).not.toContain('input');
    expect(diagram.source).not.toContain('linkStyle');
  });

  it('an ID token chosen as an access token: the profile step says what the token says it is', async () => {
    const token = await idToken({});
    const { diagram } = draw(await run(token, { profile: 'access-token' }));
    const step = stepOf(diagram, 'Validated as Access token (RFC 9068)');
    expect(step.status).toBe('failed');
    expect(step.detail).toMatch(/^chosen by you · the token says ID token \(has nonce\)/);
  });
});

describe('token text is hostile', () => {
  it('a proof whose htu and jti try to break out of the label stays in the grammar', async () => {
    const evil = '"]; click s1 call alert(1) %%{init: {}}%% <img src=x>\nflowchart';
    const proof = await dpopProof({ htu: `https://rs.example/${evil}`, jti: evil });
    const { diagram } = draw(
      await run(proof, { context: { httpMethod: 'POST', httpUri: RESOURCE, accessToken: evil } }),
    );
    expect(stepOf(diagram, 'Check htu').status).toBe('failed');
    expect(diagram.source).not.toMatch(/click|%%|<img/i);
  });
});

describe('the plan decides on fields, not on message text', () => {
  it('rewording every finding changes no step, status or link', async () => {
    const token = await accessToken(thumbprintOf(proofKeys));
    const inspection = await run(await dpopProof({ ath: athOf('x') }), {
      context: { httpMethod: 'GET', httpUri: RESOURCE, accessToken: token },
    });
    const reworded = { ...inspection, findings: inspection.findings.map((f) => ({ ...f, message: 'reworded' })) };
    const shape = (report: Inspection) => {
      const { receiver, links } = planFlow(report, {});
      return { steps: receiver.map((stage) => stage.map((s) => `${s.kind}:${s.label}:${s.status}`)), links };
    };
    expect(shape(inspection).links.map((l) => `${l.via}:${l.status}`)).toEqual(['ath:failed', 'cnf.jkt:passed']);
    expect(shape(reworded)).toEqual(shape(inspection));
  });
});
