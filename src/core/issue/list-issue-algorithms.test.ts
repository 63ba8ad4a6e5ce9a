import { describe, expect, it } from 'vitest';
import { listIssueAlgorithms } from './list-issue-algorithms';

describe('listIssueAlgorithms reads the registry (RFC 7518 §3.1, §4.1, §5.1)', () => {
  const offered = listIssueAlgorithms();

  it('offers every JWS algorithm, those WebCrypto lacks through the noble engine (RFC 8812, RFC 9864, ML-DSA)', () => {
    expect(offered.sign).toEqual(expect.arrayContaining(['ES256K', 'Ed448', 'ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87']));
    expect(offered.sign).toHaveLength(19);
    expect(offered.unsupported.map((entry) => entry.name)).not.toContain('ES256K');
  });

  it('offers every JWE algorithm, RSA1_5 and 192-bit AES through the second engine (RFC 7518 §4.1, §5.1)', () => {
    expect(offered.encryptAlg).toEqual([
      'RSA1_5',
      'RSA-OAEP',
      'RSA-OAEP-256',
      'RSA-OAEP-384',
      'RSA-OAEP-512',
      'A128KW',
      'A192KW',
      'A256KW',
      'A128GCMKW',
      'A192GCMKW',
      'A256GCMKW',
      'dir',
      'ECDH-ES',
      'ECDH-ES+A128KW',
      'ECDH-ES+A192KW',
      'ECDH-ES+A256KW',
      'PBES2-HS256+A128KW',
      'PBES2-HS384+A192KW',
      'PBES2-HS512+A256KW',
    ]);
    expect(offered.encryptEnc).toEqual([
      'A128GCM',
      'A192GCM',
      'A256GCM',
      'A128CBC-HS256',
      'A192CBC-HS384',
      'A256CBC-HS512',
    ]);
  });
});
