import { describe, expect, it } from 'vitest';
import { compareJwsJwe, type Inspection, type JwsJweComparison } from '../index';
import * as sample from '../../../test-support/sample-inspections';

/* JWS and JWE side by side (RFC 7515, RFC 7516, RFC 7519 §11.2), with which one the token is. */
describe('compareJwsJwe', () => {
  it('covers parts, protection, readers, creators, keys, when to use which, and nesting', () => {
    const { rows } = compareJwsJwe();
    expect(rows.map((r) => r.aspect)).toEqual([
      'Parts (compact)',
      'Protects',
      'Who can read the payload',
      'Who can create one',
      'Keys used',
      'Algorithm header',
      'Header visible?',
      'When to use',
      'Both (nested JWT)',
    ]);
    const row = (aspect: string) => rows.find((r) => r.aspect === aspect);
    expect(row('Parts (compact)')).toMatchObject({
      jws: expect.stringMatching(/^3:/),
      jwe: expect.stringMatching(/^5:/),
    });
    expect(row('Who can create one')?.jwe).toMatch(/recipient’s public key/);
    expect(row('Both (nested JWT)')?.ref).toContain('RFC 7519 §11.2');
    for (const r of rows) expect(r.ref).toMatch(/RFC \d+/);
  });

  const cases: Array<[string, () => Promise<Inspection | null>, JwsJweComparison['current']]> = [
    ['no token', () => Promise.resolve(null), null],
    ['not a token', sample.notAToken, null],
    ['a JWS', sample.validJws, 'jws'],
    ['a JWE', sample.decryptedJwe, 'jwe'],
    ['an undecrypted nested JWT (only the JWE is known)', sample.nestedUndecrypted, 'jwe'],
    ['a nested JWT', sample.nestedJwt, 'nested'],
  ];
  it.each(cases)('current: %s', async (_name, make, current) => {
    expect(compareJwsJwe(await make()).current).toBe(current);
  });
});

describe('SD-JWT beside JWS and JWE (RFC 9901)', () => {
  it('every aspect has an SD-JWT column with an RFC 9901 section, and an SD-JWT inspection is classified as one', () => {
    const table = compareJwsJwe({
      sdJwt: { sdAlg: 'sha-256', disclosures: [], decoys: 0, keyBinding: 'absent' },
      layers: [],
    } as unknown as Inspection);
    expect(table.current).toBe('sd-jwt');
    for (const row of table.rows) {
      expect(row.sdJwt.length).toBeGreaterThan(20);
      expect(row.ref).toMatch(/RFC 9901 §/);
    }
  });
});
