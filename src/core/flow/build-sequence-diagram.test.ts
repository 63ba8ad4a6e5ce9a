import { describe, expect, it } from 'vitest';
import { buildSequenceDiagram, type FlowDiagram } from '../index';
import { findStrayLines } from '../../../test-support/mermaid-source';
import * as sample from '../../../test-support/sample-inspections';

/*
 * The sequence diagram: issuer → receiver, the receiver's key fetch when keys came from a JWKS URL or
 * discovery (RFC 7517 §5, OpenID Connect Discovery §3), then the receiver's checks as coloured notes.
 */
const JWKS_URI = 'https://issuer.example/.well-known/jwks.json';
const steps = (diagram: FlowDiagram) => diagram.steps.map((s) => [s.actor, s.label, s.status]);

describe('participants and messages', () => {
  it('keys from a JWKS URL: the receiver fetches them from the key server', async () => {
    const diagram = buildSequenceDiagram(await sample.validJws(), { keySource: 'jwks-url', jwksUri: JWKS_URI });
    expect(findStrayLines(diagram.source, 'sequence')).toEqual([]);
    expect(diagram.source).toMatch(
      /^sequenceDiagram\n {2}participant I as Issuer\n {2}participant K as Key server \(JWKS\)\n {2}participant R as Receiver\n/,
    );
    expect(diagram.source).toContain('  I->>R: JWS (alg RS256, kid k1);');
    expect(diagram.source).toContain(`  R->>K: GET ${JWKS_URI};`);
    expect(diagram.source).toContain('  K-->>R: ✔ keys (JWKS);');
    expect(diagram.source).not.toContain('key pasted');
    expect(steps(diagram)).toEqual([
      ['issuer', 'Build claims', 'passed'],
      ['issuer', 'Sign', 'passed'],
      ['receiver', 'Read kid', 'passed'],
      ['key-server', 'Fetch JWKS', 'passed'],
      ['receiver', 'Select key', 'passed'],
      ['receiver', 'Verify signature', 'passed'],
      ['receiver', 'Validate claims', 'passed'],
      ['receiver', 'Use claims', 'passed'],
    ]);
    expect(diagram.steps.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']);
  });

  it('discovery: the fetch says where jwks_uri came from', async () => {
    const diagram = buildSequenceDiagram(await sample.validJws(), { keySource: 'discovery', jwksUri: JWKS_URI });
    expect(diagram.steps.find((s) => s.actor === 'key-server')?.detail).toBe(
      `GET ${JWKS_URI} · jwks_uri from the discovery document`,
    );
  });

  it('a pasted key: a note instead of a fetch, and no key-server step', async () => {
    const diagram = buildSequenceDiagram(await sample.unverifiedJws());
    expect(findStrayLines(diagram.source, 'sequence')).toEqual([]);
    expect(diagram.source).toContain('  Note over R: key pasted;');
    expect(diagram.source).not.toContain('R->>K');
    expect(diagram.steps.some((s) => s.actor === 'key-server')).toBe(false);
  });

  it('a JWE: the token message names enc; no key fetch even with a JWKS URL (decryption keys are private)', async () => {
    const diagram = buildSequenceDiagram(await sample.decryptedJwe(), { keySource: 'jwks-url', jwksUri: JWKS_URI });
    expect(diagram.source).toContain('  I->>R: JWE (alg dir, enc A256GCM, kid enc-1);');
    expect(diagram.source).not.toContain('R->>K');
  });
});

describe('status: a marker in the text and a coloured block', () => {
  it.each([
    ['tampered', sample.tamperedJws, 'Verify signature', '✖', 'rgb(254, 226, 226)'],
    ['no key', sample.unverifiedJws, 'Verify signature', '↷', 'rgb(254, 243, 199)'],
    ['unsecured', sample.unsecuredJws, 'Read kid', '–', 'rgb(241, 245, 249)'],
    ['expired', sample.expiredJws, 'Validate claims', '✖', 'rgb(254, 226, 226)'],
  ])('%s: "%s" note', async (_name, make, label, marker, background) => {
    const diagram = buildSequenceDiagram(await make());
    expect(findStrayLines(diagram.source, 'sequence')).toEqual([]);
    expect(diagram.source).toContain(`  rect ${background}\n    Note over R: ${marker} ${label}<br/>`);
  });

  it('dark theme: the same statuses on dark blocks, and the source stays in the grammar', async () => {
    const diagram = buildSequenceDiagram(await sample.tamperedJws(), { theme: 'dark' });
    expect(findStrayLines(diagram.source, 'sequence')).toEqual([]);
    expect(diagram.source).toContain('  rect rgb(69, 10, 10)\n    Note over R: ✖ Verify signature<br/>');
    expect(diagram.source).not.toMatch(/rect rgb\(2[0-9]{2}, /);
  });

  it('general JSON with two signatures: one note per signature', async () => {
    const diagram = buildSequenceDiagram(await sample.twoSignatures());
    expect(diagram.source).toContain('  I->>R: JWS with 2 signatures;');
    expect(diagram.source).toContain('Note over R: ✔ Verify signature (signature 1 of 2)');
    expect(diagram.source).toContain('Note over R: ✖ Verify signature (signature 2 of 2)');
  });
});
