import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tamperCompact } from '../../../test-support/tamper';
import { parseKeyInput } from '../keys';
import { inspect } from './inspect';

/*
 * RFC 9964 (ML-DSA for JOSE and COSE) examples, made by the specification's own generator
 * (test-vectors/rfc9964/, copied from cose-wg/draft-ietf-cose-dilithium): each compact JWS verifies with
 * its public AKP key, a copy with any part changed does not, and the all-zero seed of the private key
 * gives the example's public key.
 */

interface Example {
  seed: string;
  jwk: { kid: string; kty: 'AKP'; alg: string; pub: string; priv: string };
  jws: string;
}

const read = (name: string): Example =>
  JSON.parse(readFileSync(new URL(`../../../test-vectors/rfc9964/${name}.jose.json`, import.meta.url), 'utf8'));

describe.each(['ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87'])('RFC 9964 example %s', (name) => {
  const example = read(name);
  const { priv: _priv, ...publicJwk } = example.jwk;

  it('verifies with its public AKP key', async () => {
    const result = await inspect(example.jws, { verificationKey: JSON.stringify(publicJwk) });
    expect(result.signature).toBe('valid');
    expect(result.findings.map((f) => f.code)).toContain('signature-valid');
  });

  // A changed header also changes its kid, so no key is chosen for it: not verified rather than invalid.
  it.each([
    [0, 'not-verified'],
    [1, 'invalid'],
    [2, 'invalid'],
  ] as const)('a copy with part %i changed does not verify', async (index, verdict) => {
    const result = await inspect(tamperCompact(example.jws, index), { verificationKey: JSON.stringify(publicJwk) });
    expect(result.signature).toBe(verdict);
    expect(result.findings.map((f) => f.code)).not.toContain('signature-valid');
  });

  it('the private key (seed) gives the example public key', async () => {
    const parsed = await parseKeyInput(JSON.stringify(example.jwk));
    expect(parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(parsed.candidates[0]?.publicJwk?.pub).toBe(example.jwk.pub);
    expect(parsed.candidates[0]?.isPrivate).toBe(true);
  });
});
