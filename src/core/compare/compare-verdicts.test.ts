import { describe, expect, it } from 'vitest';
import { expiredJws, tamperedJws, validJws } from '../../../test-support/sample-inspections';
import { compareVerdicts } from './compare-verdicts';

describe('compareVerdicts: which token fails what', () => {
  it('an expired token against a valid one: the verdicts side by side and exp-expired on one side only', async () => {
    const comparison = compareVerdicts(await expiredJws(), await validJws());
    expect(comparison.this).toEqual({ signature: 'valid', decryption: 'not-applicable', claims: 'invalid' });
    expect(comparison.other).toEqual({ signature: 'valid', decryption: 'not-applicable', claims: 'valid' });
    expect(comparison.onlyThis.map((d) => d.code)).toEqual(['exp-expired']);
    expect(comparison.onlyThis[0]?.findings.map((f) => f.name)).toEqual(['exp']);
    expect(comparison.onlyOther).toEqual([]);
  });

  it('is symmetric: swapping the tokens swaps the sides', async () => {
    const [expired, valid] = [await expiredJws(), await validJws()];
    const forward = compareVerdicts(expired, valid);
    const backward = compareVerdicts(valid, expired);
    expect(backward).toEqual({
      this: forward.other,
      other: forward.this,
      onlyThis: forward.onlyOther,
      onlyOther: forward.onlyThis,
    });
  });

  it('a tampered signature: invalid on one side, each side with its own signature code', async () => {
    const comparison = compareVerdicts(await validJws(), await tamperedJws());
    expect(comparison.other.signature).toBe('invalid');
    expect(comparison.onlyOther.map((d) => d.code)).toContain('signature-invalid');
    expect(comparison.onlyThis.map((d) => d.code)).toEqual(['signature-valid']);
  });

  it('the same token twice differs in nothing', async () => {
    const inspection = await expiredJws();
    const comparison = compareVerdicts(inspection, inspection);
    expect(comparison.onlyThis).toEqual([]);
    expect(comparison.onlyOther).toEqual([]);
    expect(comparison.this).toEqual(comparison.other);
  });

  it('groups several findings of one code into one entry', async () => {
    const valid = await validJws();
    const base = await expiredJws();
    const finding = base.findings.find((f) => f.code === 'exp-expired');
    if (!finding) throw new Error('the expired token has no exp-expired finding');
    const doubled = { ...base, findings: [...base.findings, { ...finding, layer: 1 }] };
    const [only] = compareVerdicts(doubled, valid).onlyThis;
    expect(only?.findings).toHaveLength(2);
  });
});
