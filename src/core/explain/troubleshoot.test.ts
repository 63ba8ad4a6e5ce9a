import { describe, expect, it } from 'vitest';
import { explainFinding, FINDINGS, TROUBLESHOOTING, type Finding } from '../index';
import * as sample from '../../../test-support/sample-inspections';

/* Likely causes and the fix for every finding, with the measured skew for time findings (RFC 7519 §4.1.4–4.1.6). */
describe('TROUBLESHOOTING', () => {
  it('covers every finding code, and nothing else', () => {
    expect(Object.keys(TROUBLESHOOTING).sort()).toEqual(Object.keys(FINDINGS).sort());
  });

  it.each(Object.entries(TROUBLESHOOTING))('%s: at least one distinct cause and a fix', (_code, help) => {
    expect(help.causes.length).toBeGreaterThan(0);
    expect(new Set(help.causes).size).toBe(help.causes.length);
    for (const cause of help.causes) expect(cause.trim()).not.toBe('');
    expect(help.fix.trim()).not.toBe('');
  });

  it('says what a senior IAM engineer would about the usual suspects', () => {
    expect(TROUBLESHOOTING['signature-invalid'].causes.join(' ')).toMatch(/rotated.*JWKS cache/);
    expect(TROUBLESHOOTING['signature-invalid'].causes.join(' ')).toMatch(/re-serialized/);
    expect(TROUBLESHOOTING['aud-mismatch'].causes[0]).toMatch(/requested for another audience/);
    expect(TROUBLESHOOTING['key-not-found'].causes.join(' ')).toMatch(/rotated.*tenant/s);
    for (const code of ['exp-expired', 'nbf-future', 'iat-future'] as const) {
      expect(`${TROUBLESHOOTING[code].causes.join(' ')} ${TROUBLESHOOTING[code].fix}`).toMatch(/clock/);
    }
  });
});

describe('explainFinding', () => {
  const findingOf = async (make: () => ReturnType<typeof sample.validJws>, code: Finding['code']) => {
    const inspection = await make();
    const finding = inspection.findings.find((f) => f.code === code);
    if (!finding) throw new Error(`no ${code} in ${inspection.findings.map((f) => f.code).join(', ')}`);
    return { inspection, finding };
  };

  it('exp-expired: the skew in seconds comes first', async () => {
    const { inspection, finding } = await findingOf(sample.expiredJws, 'exp-expired');
    const explained = explainFinding(finding, inspection, sample.NOW);
    expect(explained).toMatchObject({ title: 'Expired', ref: 'RFC 7519 §4.1.4', skewSeconds: 90 });
    expect(explained.causes[0]).toBe(
      'Measured: expired 90 s (1 min) ago. If the token was just issued, this clock is about 90 s ahead of the issuer’s.',
    );
    expect(explained.causes.slice(1)).toEqual(TROUBLESHOOTING['exp-expired'].causes);
  });

  it('exp-expired long ago: an old token, not clock drift', async () => {
    const { inspection, finding } = await findingOf(sample.expiredJws, 'exp-expired');
    const explained = explainFinding(finding, inspection, sample.NOW + 86_400);
    expect(explained.skewSeconds).toBe(86_490);
    expect(explained.causes[0]).toMatch(/far more than clock drift: an old token was reused/);
  });

  it.each(['nbf-future', 'iat-future'] as const)('%s: how far the issuer’s clock is ahead', async (code) => {
    const { inspection, finding } = await findingOf(sample.futureJws, code);
    const explained = explainFinding(finding, inspection, sample.NOW);
    expect(explained.skewSeconds).toBe(120);
    expect(explained.causes[0]).toMatch(
      /is 120 s \(2 min\) ahead of this clock, so the issuer’s clock is about 120 s ahead/,
    );
  });

  it('without an inspection, or for other findings: the table entry, no skew', async () => {
    const { inspection, finding } = await findingOf(sample.tamperedJws, 'signature-invalid');
    const explained = explainFinding(finding, inspection, sample.NOW);
    expect(explained).toEqual({
      title: FINDINGS['signature-invalid'].title,
      causes: TROUBLESHOOTING['signature-invalid'].causes,
      fix: TROUBLESHOOTING['signature-invalid'].fix,
      ref: FINDINGS['signature-invalid'].ref,
    });
    const expired = await findingOf(sample.expiredJws, 'exp-expired');
    expect(explainFinding(expired.finding, null).skewSeconds).toBeUndefined();
  });

  it('never changes the table it reads', async () => {
    const { inspection, finding } = await findingOf(sample.expiredJws, 'exp-expired');
    const before = [...TROUBLESHOOTING['exp-expired'].causes];
    explainFinding(finding, inspection, sample.NOW).causes.push('x');
    expect(TROUBLESHOOTING['exp-expired'].causes).toEqual(before);
  });
});
