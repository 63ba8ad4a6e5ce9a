import { describe, expect, it } from 'vitest';
import { buildFlowDiagram, type FlowDiagram, type FlowStep } from '../index';
import type { Inspection } from '../inspect/types';
import { findStrayLines, readClassAssignments } from '../../../test-support/mermaid-source';
import * as sample from '../../../test-support/sample-inspections';

/*
 * The flowchart tells what happened to a token, step by step (RFC 7515 §5, RFC 7516 §5, RFC 7519 §7):
 * statuses come from the report, colour and a text marker both carry them.
 */
const statuses = (diagram: FlowDiagram) => diagram.steps.map((s) => [s.label, s.status]);
const step = (diagram: FlowDiagram, label: string): FlowStep => {
  const found = diagram.steps.find((s) => s.label === label);
  if (!found) throw new Error(`no step "${label}" in ${diagram.steps.map((s) => s.label).join(', ')}`);
  return found;
};
const CLASS_OF = { passed: 'passed', failed: 'failed', skipped: 'skipped', 'not-applicable': 'na' } as const;
const MARKER_OF = { passed: '✔', failed: '✖', skipped: '↷', 'not-applicable': '–' } as const;

function expectWellFormed(diagram: FlowDiagram): void {
  expect(findStrayLines(diagram.source, 'flowchart')).toEqual([]);
  const classes = readClassAssignments(diagram.source);
  for (const s of diagram.steps) {
    expect(classes.get(s.id), s.label).toBe(CLASS_OF[s.status]);
    expect(diagram.source).toContain(`${s.id}["${MARKER_OF[s.status]} `);
  }
}

const diagramOf = async (make: () => Promise<Inspection>) => {
  const diagram = buildFlowDiagram(await make(), { keySource: 'jwks-url', jwksUri: `${sample.ISSUER}/jwks` });
  expectWellFormed(diagram);
  return diagram;
};

describe('JWS compact', () => {
  it('RS256 verified with the JWKS key of its kid: every step passed', async () => {
    const diagram = await diagramOf(sample.validJws);
    expect(statuses(diagram)).toEqual([
      ['Build claims', 'passed'],
      ['Sign', 'passed'],
      ['Read kid', 'passed'],
      ['Select key', 'passed'],
      ['Verify signature', 'passed'],
      ['Validate claims', 'passed'],
      ['Use claims', 'passed'],
    ]);
    expect(step(diagram, 'Sign').detail).toBe('alg RS256 · kid k1');
    expect(step(diagram, 'Select key').detail).toMatch(
      /^JWKS URL https:\/\/issuer\.example\/jwks · key: RSA public key/,
    );
    expect(step(diagram, 'Validate claims').detail).toContain('passed: exp, iat');
    expect(diagram.source).toMatch(/^flowchart LR\n {2}subgraph issuer \[Issuer\]\n/);
    expect(diagram.source).toContain('  issuer -->|token| receiver');
    expect(diagram.steps.map((s) => s.actor)).toEqual(['issuer', 'issuer', ...Array<string>(5).fill('receiver')]);
  });

  it('dark theme: dark status fills with light text; the same statuses, in the grammar', async () => {
    const diagram = buildFlowDiagram(await sample.validJws(), { theme: 'dark' });
    expect(findStrayLines(diagram.source, 'flowchart')).toEqual([]);
    expect(diagram.source).toContain('  classDef passed fill:#052e16,stroke:#4ade80,color:#dcfce7\n');
    expect(diagram.source).not.toContain('fill:#dcfce7');
  });

  it('tampered after signing: verify failed, use failed', async () => {
    const diagram = await diagramOf(sample.tamperedJws);
    expect(step(diagram, 'Verify signature').status).toBe('failed');
    expect(step(diagram, 'Use claims')).toMatchObject({ status: 'failed', detail: 'do not use: signature invalid' });
  });

  it('no key given: select key and verify skipped, use skipped', async () => {
    const diagram = buildFlowDiagram(await sample.unverifiedJws());
    expectWellFormed(diagram);
    expect(step(diagram, 'Select key')).toMatchObject({ status: 'skipped', detail: 'no verification key given' });
    expect(step(diagram, 'Verify signature').status).toBe('skipped');
    expect(step(diagram, 'Use claims').status).toBe('skipped');
  });

  it('kid not in the JWKS (rotation): select key failed, verify skipped', async () => {
    const diagram = await diagramOf(sample.keyNotFoundJws);
    expect(step(diagram, 'Select key')).toMatchObject({ status: 'failed' });
    expect(step(diagram, 'Select key').detail).toContain('no key with kid k1');
    expect(step(diagram, 'Verify signature')).toMatchObject({ status: 'skipped' });
  });

  it('expired: claims failed and say which check failed; use failed', async () => {
    const diagram = await diagramOf(sample.expiredJws);
    expect(step(diagram, 'Verify signature').status).toBe('passed');
    expect(step(diagram, 'Validate claims').status).toBe('failed');
    expect(step(diagram, 'Validate claims').detail).toMatch(/^failed: exp \(expired 1 min ago/);
    expect(step(diagram, 'Use claims').detail).toBe('do not use: claims invalid');
  });

  it('unsecured (alg none): sign and verify failed, key steps not applicable', async () => {
    const diagram = await diagramOf(sample.unsecuredJws);
    expect(step(diagram, 'Sign')).toMatchObject({ status: 'failed', detail: 'alg none — nothing signed' });
    expect(step(diagram, 'Verify signature').status).toBe('failed');
    expect(step(diagram, 'Read kid').status).toBe('not-applicable');
    expect(step(diagram, 'Select key').status).toBe('not-applicable');
    expect(step(diagram, 'Use claims').status).toBe('failed');
  });
});

describe('JWE', () => {
  it('dir, decrypted: no sign or verify steps', async () => {
    const diagram = await diagramOf(sample.decryptedJwe);
    expect(statuses(diagram)).toEqual([
      ['Build claims', 'passed'],
      ['Encrypt', 'passed'],
      ['Decrypt', 'passed'],
      ['Validate claims', 'passed'],
      ['Use claims', 'passed'],
    ]);
    expect(step(diagram, 'Encrypt').detail).toBe('alg dir, enc A256GCM · kid enc-1');
    expect(step(diagram, 'Use claims').detail).toContain('no signature');
  });

  it('nested, sign then encrypt (RFC 7519 §11.2): every step, in order, passed', async () => {
    const diagram = await diagramOf(sample.nestedJwt);
    expect(statuses(diagram)).toEqual(
      [
        'Build claims',
        'Sign',
        'Encrypt',
        'Decrypt',
        'Read kid',
        'Select key',
        'Verify signature',
        'Validate claims',
        'Use claims',
      ].map((label) => [label, 'passed']),
    );
    expect(step(diagram, 'Decrypt').detail).toMatch(/^alg RSA-OAEP-256, enc A256GCM · key: RSA private key/);
  });

  it('nested without the decryption key: the inner signature is shown as hidden, not omitted', async () => {
    const diagram = await diagramOf(sample.nestedUndecrypted);
    expect(statuses(diagram)).toEqual([
      ['Build claims', 'skipped'],
      ['Sign (inside the JWE)', 'skipped'],
      ['Encrypt', 'passed'],
      ['Decrypt', 'skipped'],
      ['Verify signature (inside the JWE)', 'skipped'],
      ['Validate claims', 'skipped'],
      ['Use claims', 'skipped'],
    ]);
  });
});

describe('general JSON serialization: one node per signature', () => {
  it('two signatures, one verifies: each with its own kid, alg and verdict', async () => {
    const diagram = await diagramOf(sample.twoSignatures);
    expect(step(diagram, 'Sign (signature 1 of 2)').detail).toBe('alg RS256 · kid first');
    expect(step(diagram, 'Sign (signature 2 of 2)').detail).toBe('alg PS256 · kid second');
    expect(step(diagram, 'Read kid').detail).toBe('kid first · kid second');
    expect(step(diagram, 'Verify signature (signature 1 of 2)').status).toBe('passed');
    expect(step(diagram, 'Verify signature (signature 2 of 2)').status).toBe('failed');
    expect(step(diagram, 'Use claims').status).toBe('passed');
    const [sign1, sign2] = diagram.steps.filter((s) => s.label.startsWith('Sign')).map((s) => s.id);
    const readKid = step(diagram, 'Read kid').id;
    // Both signature nodes lead on, each in the issuer's subgraph.
    expect(diagram.source).toContain(`${step(diagram, 'Build claims').id} --> ${sign1}`);
    expect(diagram.source).toContain(`${step(diagram, 'Build claims').id} --> ${sign2}`);
    expect(diagram.source).not.toContain(`${sign1} --> ${readKid}`);
  });
});

describe('not a token', () => {
  it('one failed read step, no issuer subgraph', async () => {
    const diagram = buildFlowDiagram(await sample.notAToken());
    expectWellFormed(diagram);
    expect(statuses(diagram)).toEqual([
      ['Read token', 'failed'],
      ['Use claims', 'failed'],
    ]);
    expect(diagram.source).not.toContain('subgraph issuer');
  });
});
