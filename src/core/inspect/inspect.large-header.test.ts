import { describe, expect, it } from 'vitest';
import { inspect } from '../index';

/*
 * A header with 50,000 duplicate members (RFC 7515 §5.2 step 4 / RFC 8259 §4: parsers disagree on which
 * duplicate wins) must not produce 50,000 findings: the report folds them into a count, so everything
 * downstream — the findings list, the editor's markers — stays small.
 */
describe('a header with 50,000 duplicate members', () => {
  it('is reported as a few json-duplicate-member findings with the rest counted', async () => {
    const members = Array.from({ length: 50_000 }, () => '"a":1').join(',');
    const header = Buffer.from(`{"alg":"HS256",${members}}`).toString('base64url');
    const token = `${header}.${Buffer.from('{"sub":"x"}').toString('base64url')}.c2ln`;
    const result = await inspect(token, { verificationKey: 'a-string-secret-at-least-256-bits-long' });
    const duplicates = result.findings.filter((f) => f.code === 'json-duplicate-member');
    expect(duplicates.length).toBeLessThanOrEqual(3);
    const total = duplicates.reduce((sum, f) => sum + 1 + (f.repeats ?? 0), 0);
    expect(total).toBe(49_999);
    expect(result.findings.length).toBeLessThan(20);
    expect(result.signature).toBe('invalid');
  });
});
