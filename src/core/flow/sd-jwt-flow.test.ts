import { describe, expect, it } from 'vitest';
import type { Inspection } from '../inspect/types';
import { buildFlowDiagram, buildSequenceDiagram } from '../index';
import { findStrayLines, readClassAssignments, readEdges, readNodes } from '../../../test-support/mermaid-source';
import * as samples from '../../../test-support/sample-inspections';

/*
 * An SD-JWT's receiver (RFC 9901 §7.1, §7.3): after the issuer's signature, check the disclosures against
 * the signed digests, then the key binding; only then the processed claims, and their use.
 */
function draw(inspection: Inspection) {
  const diagram = buildFlowDiagram(inspection);
  expect(findStrayLines(diagram.source, 'flowchart')).toEqual([]);
  const nodes = readNodes(diagram.source);
  const classes = readClassAssignments(diagram.source);
  const idOf = (label: string) => {
    const step = diagram.steps.find((s) => s.label === label);
    if (!step) throw new Error(`no step "${label}" in ${diagram.steps.map((s) => s.label).join(', ')}`);
    return step.id;
  };
  /** The node's lines: marker and title, then its facts (still escaped). */
  const linesOf = (label: string) => nodes.get(idOf(label))?.split('<br/>') ?? [];
  const successors = (label: string) =>
    readEdges(diagram.source)
      .filter((edge) => edge.from === idOf(label))
      .map((edge) => linesOf(diagram.steps.find((s) => s.id === edge.to)?.label ?? '')[0]);
  return { diagram, linesOf, successors, classOf: (label: string) => classes.get(idOf(label)) };
}

const receiverTitles = (inspection: Inspection) =>
  buildFlowDiagram(inspection)
    .steps.filter((s) => s.actor === 'receiver')
    .map((s) => s.label);

describe('SD-JWT in the flow diagram (RFC 9901 §7)', () => {
  it('disclosures and key binding are checked after the signature and before the claims', async () => {
    const inspection = await samples.sdJwtWithKeyBinding();
    expect(receiverTitles(inspection)).toEqual([
      'Read kid',
      'Select key',
      'Verify signature',
      'Check disclosures',
      'Check key binding',
      'Validate claims',
      'Use claims',
    ]);
    const { successors } = draw(inspection);
    expect(successors('Verify signature')).toEqual(['✔ Check disclosures']);
    expect(successors('Check disclosures')).toEqual(['✔ Check key binding']);
    expect(successors('Check key binding')).toEqual(['✔ Validate claims']);
  });

  it('every disclosure issued and a valid key-binding JWT: both passed, with counts; the claims are usable', async () => {
    const { linesOf, classOf } = draw(await samples.sdJwtWithKeyBinding());
    expect(linesOf('Check disclosures')).toEqual([
      '✔ Check disclosures',
      '3 disclosed, 1 decoy (or withheld)',
      '_sd_alg sha-256',
    ]);
    expect(classOf('Check disclosures')).toBe('passed');
    expect(linesOf('Check key binding')[0]).toBe('✔ Check key binding');
    expect(classOf('Check key binding')).toBe('passed');
    expect(linesOf('Use claims')).toEqual(['✔ Use claims', 'every check passed']);
  });

  it('a withheld claim counts with the decoys; no key binding, not required: skipped, and the claims still usable', async () => {
    const { linesOf, classOf } = draw(await samples.sdJwtWithheld());
    expect(linesOf('Check disclosures')[1]).toBe('1 disclosed, 3 decoys (or withheld)');
    expect(classOf('Check disclosures')).toBe('passed');
    expect(linesOf('Check key binding')).toEqual(['↷ Check key binding', 'no key-binding JWT (not required)']);
    expect(classOf('Use claims')).toBe('passed');
  });

  it('a disclosure not issued with the SD-JWT: Check disclosures failed (sd-disclosure-unreferenced), do not use', async () => {
    const inspection = await samples.sdJwtUnreferenced();
    expect(inspection.findings.map((f) => f.code)).toContain('sd-disclosure-unreferenced');
    const { linesOf, classOf } = draw(inspection);
    expect(classOf('Check disclosures')).toBe('failed');
    expect(linesOf('Check disclosures').slice(0, 3)).toEqual([
      '✖ Check disclosures',
      '1 disclosed, 3 decoys (or withheld)',
      '1 unreferenced',
    ]);
    expect(classOf('Validate claims')).toBe('failed');
    expect(linesOf('Use claims')[1]).toBe('do not use: disclosures invalid, claims invalid');
  });

  it('a key-binding JWT for another nonce: Check key binding failed (kb-nonce-mismatch)', async () => {
    const inspection = await samples.sdJwtWrongNonce();
    expect(inspection.findings.map((f) => f.code)).toContain('kb-nonce-mismatch');
    const { linesOf, classOf } = draw(inspection);
    expect(classOf('Check key binding')).toBe('failed');
    expect(linesOf('Check key binding')[1]).toContain('n-stale');
    expect(classOf('Check disclosures')).toBe('passed');
    expect(linesOf('Use claims')[1]).toBe('do not use: key binding failed');
  });

  it('key binding required but absent (kb-jwt-missing): failed, not skipped', async () => {
    const { linesOf, classOf } = draw(await samples.sdJwtKeyBindingMissing());
    expect(classOf('Check key binding')).toBe('failed');
    expect(linesOf('Check key binding')[1]).toBe('required, but no key-binding JWT was presented');
    expect(classOf('Use claims')).toBe('failed');
  });

  it('the sequence diagram has the same steps', async () => {
    const diagram = buildSequenceDiagram(await samples.sdJwtWrongNonce());
    expect(findStrayLines(diagram.source, 'sequence')).toEqual([]);
    expect(diagram.steps.map((s) => [s.label, s.status])).toEqual(
      expect.arrayContaining([
        ['Check disclosures', 'passed'],
        ['Check key binding', 'failed'],
      ]),
    );
  });

  it('a plain JWS has neither step', async () => {
    expect(receiverTitles(await samples.validJws())).not.toContain('Check disclosures');
    expect(receiverTitles(await samples.validJws())).not.toContain('Check key binding');
  });
});
