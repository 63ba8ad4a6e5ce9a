import { describe, expect, it } from 'vitest';
import { inspect, issueSdJwt, presentSdJwt, type ClaimPath } from '../index';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';

/* Large and deep SD-JWTs issue, present and inspect in linear time and without a stack overflow. */

const issuer = pairOf('P-256');
const signing = { alg: 'ES256', key: pemOf(issuer.privateKey, 'pkcs8') };
const verificationKey = pemOf(issuer.publicKey, 'spki');
const NOW = Math.floor(Date.now() / 1000);

describe('limits', () => {
  it('5,000 disclosures and 100 decoys: issued and inspected, every one disclosed', async () => {
    const claims: Record<string, unknown> = { iss: 'https://issuer.example', exp: NOW + 600 };
    const disclosable: ClaimPath[] = [];
    for (let i = 0; i < 5000; i++) {
      claims[`claim_${i}`] = i;
      disclosable.push([`claim_${i}`]);
    }
    const started = performance.now();
    const issued = await issueSdJwt({ claims, disclosable, decoys: 100, signing });
    if (!issued.ok) throw new Error(issued.findings.map((f) => f.message).join('; '));
    const result = await inspect(issued.sdJwt, { verificationKey, now: NOW });
    expect(result.signature).toBe('valid');
    expect(result.sdJwt?.disclosures.filter((d) => d.status === 'disclosed')).toHaveLength(5000);
    expect(result.sdJwt?.decoys).toBe(100);
    expect(result.payload?.json).toEqual(claims);
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it('60 levels of disclosures inside disclosures: presenting the deepest brings its 59 parents', async () => {
    let claims: Record<string, unknown> = { leaf: 'deep' };
    for (let i = 0; i < 60; i++) claims = { [`level_${59 - i}`]: claims };
    const disclosable: ClaimPath[] = [];
    for (let depth = 1; depth <= 60; depth++) disclosable.push(Array.from({ length: depth }, (_, i) => `level_${i}`));
    const issued = await issueSdJwt({ claims: { ...claims, exp: NOW + 600 }, disclosable, decoys: 30, signing });
    if (!issued.ok) throw new Error(issued.findings.map((f) => f.message).join('; '));
    expect(issued.disclosures).toHaveLength(60);

    const whole = await inspect(issued.sdJwt, { verificationKey, now: NOW });
    expect(whole.signature).toBe('valid');
    expect(whole.sdJwt?.disclosures.every((d) => d.status === 'disclosed')).toBe(true);
    expect(whole.payload?.json).toEqual({ ...claims, exp: NOW + 600 });

    const presented = await presentSdJwt({ sdJwt: issued.sdJwt, keep: [59] });
    if (!presented.ok) throw new Error('not presented');
    expect(presented.kept).toHaveLength(60);
    const result = await inspect(presented.presentation, { verificationKey, now: NOW });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
