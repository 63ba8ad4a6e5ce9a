import { describe, expect, it } from 'vitest';
import { listIssueAlgorithms } from './list-issue-algorithms';

describe('listIssueAlgorithms reads the registry (RFC 7518 §3.1, §4.1, §5.1)', () => {
  const offered = listIssueAlgorithms();

  it('offers every JWS algorithm, those WebCrypto lacks through the noble engine (RFC 8812, RFC 9864, ML-DSA)', () => {
    expect(offered.sign).toEqual(expect.arrayContaining(['ES256K', 'Ed448', 'ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87']));
    expect(offered.sign).toHaveLength(19);
    expect(offered.unsupported.map((entry) => entry.name)).not.toContain('ES256K');
  });

  it('offers the JWE algorithms WebCrypto runs', () => {
    expect(offered.encryptAlg).toEqual([
      'RSA-OAEP',
      'RSA-OAEP-256',
      'RSA-OAEP-384',
      'RSA-OAEP-512',
      'A128KW',
      'A256KW',
      'A128GCMKW',
      'A256GCMKW',
      'dir',
      'ECDH-ES',
      'ECDH-ES+A128KW',
      'ECDH-ES+A256KW',
      'PBES2-HS256+A128KW',
      'PBES2-HS512+A256KW',
    ]);
    expect(offered.encryptEnc).toEqual(['A128GCM', 'A256GCM', 'A128CBC-HS256', 'A256CBC-HS512']);
  });

  it('lists what it refuses, with the registry’s reason', () => {
    expect(offered.unsupported.map((entry) => entry.name)).toEqual([
      'RSA1_5',
      'A192KW',
      'A192GCMKW',
      'ECDH-ES+A192KW',
      'PBES2-HS384+A192KW',
      'A192GCM',
      'A192CBC-HS384',
    ]);
    expect(offered.unsupported.find((entry) => entry.name === 'RSA1_5')?.reason).toMatch(/padding-oracle/);
    expect(offered.unsupported.every((entry) => entry.reason.length > 0)).toBe(true);
  });
});
