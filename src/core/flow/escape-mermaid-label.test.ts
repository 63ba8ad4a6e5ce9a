import { describe, expect, it } from 'vitest';
import { buildFlowDiagram, buildSequenceDiagram, escapeMermaidLabel, type FlowDiagram } from '../index';
import { applyMermaidPreprocessing, findStrayLines } from '../../../test-support/mermaid-source';
import * as sample from '../../../test-support/sample-inspections';

/*
 * Token text is hostile. In a Mermaid label it must stay text: no quote closes the label, no newline
 * starts a statement, no %%{init}%% reconfigures Mermaid, no click handler or HTML appears.
 */
describe('escapeMermaidLabel', () => {
  it.each([
    [
      'plain words stay as they are',
      'alg RS256, kid k-1_2 (a@b.c) /x:y=z+?!',
      'alg RS256, kid k-1_2 (a@b.c) /x:y=z+?!',
    ],
    ['quotes and brackets', `"]`, '#34;#93;'],
    ['HTML', '<img src=x>', '#60;img src=x#62;'],
    ['a directive', '%%{init: {}}%%', '#37;#37;#123;init: #123;#125;#125;#37;#37;'],
    ['entity syntax itself', '#35; & ;', '#35;35#59; #38; #59;'],
    ['pipes, backticks and braces', '|`{}`|', '#124;#96;#123;#125;#96;#124;'],
    ['newlines and controls become U+FFFD', 'a\nb\r\u0000\u009f', 'a#65533;b#65533;#65533;#65533;'],
    ['an astral character is one entity', '😀', '#128512;'],
    ['a lone surrogate becomes U+FFFD', '\ud800x', '#65533;x'],
    ['"click" never survives, in any casing', 'click CLICK Click', '#99;lick #67;LICK #67;lick'],
    ['javascript: stays inert text', 'javascript:alert(1)', 'javascript:alert(1)'],
  ])('%s', (_name, input, expected) => {
    expect(escapeMermaidLabel(input)).toBe(expected);
  });

  it('cuts to 60 code points (59 and an ellipsis) before escaping, so no entity is split', () => {
    const escaped = escapeMermaidLabel(`${'a'.repeat(58)}"""`);
    expect(escaped).toBe(`${'a'.repeat(58)}#34;#8230;`);
    expect(escapeMermaidLabel('😀'.repeat(61))).toBe(`${'#128512;'.repeat(59)}#8230;`);
    expect(escapeMermaidLabel('a'.repeat(60))).toBe('a'.repeat(60));
  });

  it('only safe characters and entities come out, for every code point of the BMP', () => {
    const all = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).join('');
    const escaped = escapeMermaidLabel(all, Infinity);
    expect(escaped).toMatch(/^(?:[A-Za-z0-9 .,:/_\-+=@()?!]|#\d+;)*$/);
  });
});

describe('a hostile token cannot change the diagram', () => {
  const forbidden = ['<img', '<script', '%%', 'click', '"]:::', 'javascript:alert(1)\n'];
  const check = (diagram: FlowDiagram, kind: 'flowchart' | 'sequence') => {
    expect(findStrayLines(diagram.source, kind)).toEqual([]);
    for (const text of forbidden) expect(diagram.source.toLowerCase()).not.toContain(text);
    // Mermaid's pre-parse fix-up for "style …#…;" lines must not eat an entity's ";".
    const entities = (source: string) => source.match(/#\d+;/g) ?? [];
    expect(entities(applyMermaidPreprocessing(diagram.source))).toEqual(entities(diagram.source));
  };

  it('flowchart: every label is ["…"] with balanced quotes, one node per line', async () => {
    const inspection = await sample.hostileJws();
    const diagram = buildFlowDiagram(inspection, { keySource: 'jwks-url', jwksUri: 'https://x.example/"]; click' });
    check(diagram, 'flowchart');
    const nodeLines = diagram.source.split('\n').filter((line) => /^ {4}s\d+\[/.test(line));
    expect(nodeLines).toHaveLength(diagram.steps.length);
    expect(diagram.source.split('"]').length - 1).toBe(nodeLines.length);
    for (const line of nodeLines) expect(line.split('"').length - 1).toBe(2);
    expect(diagram.source).toContain('kid #34;#93;)#59; #99;lick s1 call alert(1) #37;#37;#123;init');
    // The steps keep the plain text; the UI renders it as text, never as HTML.
    expect(diagram.steps.find((s) => s.label === 'Read kid')?.detail).toBe(`kid ${sample.HOSTILE_KID}`);
  });

  it('sequence diagram: messages and notes stay on one line each', async () => {
    const inspection = await sample.hostileJws();
    check(
      buildSequenceDiagram(inspection, { keySource: 'discovery', jwksUri: 'https://x.example/#;\n%%{init}%%' }),
      'sequence',
    );
    check(buildSequenceDiagram(inspection), 'sequence');
  });
});
