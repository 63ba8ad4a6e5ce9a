import { describe, expect, it } from 'vitest';
import { CompactSign, compactVerify, exportJWK } from 'jose';
import { buildChain, makeCertificate, NOW, type TestChain } from '../../../test-support/x509-chains';
import { importKeyFor } from '../keys/import-key-for';
import { readTrustedX5cKey } from './read-trusted-x5c-key';

const chain: Promise<TestChain> = buildChain();

/** A JWS signed with the leaf certificate's private key, as an issuer with an x5c header would send. */
async function signedByLeaf({ leaf, x5c }: TestChain): Promise<{ token: string; header: Record<string, unknown> }> {
  const header = { alg: 'ES256', x5c };
  const token = await new CompactSign(new TextEncoder().encode('{"sub":"alice"}'))
    .setProtectedHeader(header)
    .sign(leaf.keys.privateKey);
  return { token, header };
}

describe('readTrustedX5cKey: the key an inspection may use from a header x5c', () => {
  it('is the leaf’s public key when the chain ends at a trust anchor, and it verifies the token', async () => {
    const built = await chain;
    const { token, header } = await signedByLeaf(built);
    const result = await readTrustedX5cKey(header, built.root.pem, NOW);
    expect(result.findings.map((f) => f.code)).toEqual(['x5c-chain-valid']);
    expect(result.candidates).toHaveLength(1);
    const [candidate] = result.candidates;
    expect(candidate).toMatchObject({
      label: 'the x5c leaf certificate CN=issuer.example, trusted through anchor CN=Test Root CA',
      source: 'token',
      origin: 'x509',
      kty: 'EC',
      crv: 'P-256',
      isPrivate: false,
    });
    const { x, y } = await exportJWK(built.leaf.keys.publicKey);
    expect(candidate?.publicJwk).toMatchObject({ x, y });
    if (candidate === undefined) return;
    await expect(compactVerify(token, await importKeyFor(candidate, 'ES256', 'verify'))).resolves.toBeDefined();
  });

  it('gives no key, only x5c-untrusted, when the chain reaches none of the anchors', async () => {
    const built = await chain;
    const other = await makeCertificate({ name: 'Someone Else CA', ca: true });
    const result = await readTrustedX5cKey({ alg: 'ES256', x5c: built.x5c }, other.pem, NOW);
    expect(result.candidates).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(['x5c-untrusted']);
  });

  it('gives no key when the chain is broken (x5t#S256 of another certificate)', async () => {
    const built = await chain;
    const header = { alg: 'ES256', x5c: built.x5c, 'x5t#S256': 'm3cRvD0sAyC0ZsYh2TQ1aJ7vdBAn9aT0hNkbi0N5jAk' };
    const result = await readTrustedX5cKey(header, built.root.pem, NOW);
    expect(result.candidates).toEqual([]);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'x5c-chain-invalid', name: 'x5t#S256' })]);
  });

  it('does nothing without an x5c or without anchors: the decoder’s header-key-ignored stands', async () => {
    const built = await chain;
    const none = { candidates: [], findings: [] };
    expect(await readTrustedX5cKey({ alg: 'ES256' }, built.root.pem, NOW)).toEqual(none);
    expect(await readTrustedX5cKey({ alg: 'ES256', x5c: built.x5c }, undefined, NOW)).toEqual(none);
    expect(await readTrustedX5cKey({ alg: 'ES256', x5c: built.x5c }, '  \n', NOW)).toEqual(none);
    expect(await readTrustedX5cKey(null, built.root.pem, NOW)).toEqual(none);
  });

  it('marks the findings of a nested token’s inner header with its layer', async () => {
    const built = await chain;
    const result = await readTrustedX5cKey({ alg: 'ES256', x5c: built.x5c }, built.root.pem, NOW, 1);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'x5c-chain-valid', layer: 1 })]);
  });

  it('reads a "__proto__" member of a hostile header as an ordinary key, not as x5c', async () => {
    const built = await chain;
    const header = JSON.parse(`{"alg":"ES256","__proto__":{"x5c":${JSON.stringify(built.x5c)}}}`) as Record<
      string,
      unknown
    >;
    expect(await readTrustedX5cKey(header, built.root.pem, NOW)).toEqual({ candidates: [], findings: [] });
  });
});
