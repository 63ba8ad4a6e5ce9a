import { describe, expect, it } from 'vitest';
import type { Finding } from '../types';
import { makeFinding } from './make-finding';
import { groupFindings } from './group-findings';

const duplicate = (i: number, extra: Partial<Finding> = {}): Finding =>
  makeFinding('json-duplicate-member', `Header: member "a" appears more than once (${i}).`, {
    part: 'header',
    layer: 0,
    ...extra,
  });

const messages = (findings: Finding[]): string[] => findings.map((f) => f.message);

describe('groupFindings folds long runs of one kind of finding (issue 9)', () => {
  it('keeps the first three of a group and counts the rest on the third', () => {
    const findings = Array.from({ length: 10 }, (_, i) => duplicate(i));
    const grouped = groupFindings(findings);
    expect(messages(grouped)).toEqual(messages(findings.slice(0, 3)));
    expect(grouped.map((f) => f.repeats)).toEqual([undefined, undefined, 7]);
  });

  it('returns a group of `keep` or fewer untouched', () => {
    const findings = [duplicate(0), duplicate(1), duplicate(2)];
    const grouped = groupFindings(findings);
    expect(grouped).toEqual(findings);
    expect(grouped.every((f, i) => f === findings[i])).toBe(true);
  });

  it('keeps the order of everything it keeps, across interleaved groups', () => {
    const findings = [
      makeFinding('input-normalized', 'Removed "Bearer".'),
      duplicate(0),
      makeFinding('alg-none', 'Unsecured.', { part: 'header', layer: 0 }),
      duplicate(1),
      duplicate(2),
      duplicate(3),
      makeFinding('header-param-invalid', 'kid is not a string.', { part: 'header', layer: 0, name: 'kid' }),
      duplicate(4),
    ];
    const grouped = groupFindings(findings, 2);
    expect(grouped.map((f) => [f.code, f.repeats])).toEqual([
      ['input-normalized', undefined],
      ['json-duplicate-member', undefined],
      ['alg-none', undefined],
      ['json-duplicate-member', 3],
      ['header-param-invalid', undefined],
    ]);
  });

  it.each([
    { field: 'part', other: { part: 'payload' } },
    { field: 'layer', other: { layer: 1 } },
    { field: 'entry', other: { entry: 1 } },
    { field: 'source', other: { source: 'jwks' } },
  ] satisfies { field: string; other: Partial<Finding> }[])('keeps groups apart that differ in $field', ({ other }) => {
    const findings = [
      ...Array.from({ length: 4 }, (_, i) => duplicate(i)),
      ...Array.from({ length: 4 }, (_, i) => duplicate(i, other)),
    ];
    const grouped = groupFindings(findings, 1);
    expect(grouped).toHaveLength(2);
    expect(grouped.map((f) => f.repeats)).toEqual([3, 3]);
  });

  it('groups findings whose messages differ (the name in the message is not part of the kind)', () => {
    const findings = ['a', 'b', 'c', 'd'].map((name) =>
      makeFinding('json-duplicate-member', `member "${name}" appears more than once`, { part: 'header' }),
    );
    expect(groupFindings(findings, 1)).toMatchObject([{ message: 'member "a" appears more than once', repeats: 3 }]);
  });

  it('does not modify its input', () => {
    const findings = Array.from({ length: 5 }, (_, i) => duplicate(i));
    const copy = structuredClone(findings);
    groupFindings(findings);
    expect(findings).toEqual(copy);
  });

  it('changes nothing when applied twice, and carries counts already folded', () => {
    const once = groupFindings(Array.from({ length: 10 }, (_, i) => duplicate(i)));
    expect(groupFindings(once)).toEqual(once);
    const merged = groupFindings([...once, ...once], 3);
    expect(merged.map((f) => f.repeats)).toEqual([undefined, undefined, 7 + 3 + 7]);
  });

  it('treats a `keep` below 1 as 1', () => {
    expect(groupFindings([duplicate(0), duplicate(1)], 0)).toMatchObject([{ repeats: 1 }]);
  });

  it('folds 100,000 findings of one kind into three', () => {
    const findings = Array.from({ length: 100_000 }, (_, i) => duplicate(i));
    findings.splice(50_000, 0, makeFinding('alg-none', 'Unsecured.', { part: 'header', layer: 0 }));
    const grouped = groupFindings(findings);
    expect(grouped.map((f) => [f.code, f.repeats])).toEqual([
      ['json-duplicate-member', undefined],
      ['json-duplicate-member', undefined],
      ['json-duplicate-member', 99_997],
      ['alg-none', undefined],
    ]);
  });

  it('keeps 100,000 findings of distinct kinds', () => {
    const findings = Array.from({ length: 100_000 }, (_, i) => duplicate(i, { entry: i }));
    const grouped = groupFindings(findings);
    expect(grouped).toHaveLength(100_000);
    expect(grouped.some((f) => f.repeats !== undefined)).toBe(false);
  });
});
