import { describe, expect, it } from 'vitest';
import { CompactSign } from 'jose';
import { buildChain, NOW } from '../../../test-support/x509-chains';
import { inspect } from './inspect';

/* RFC 7515 §4.1.6, RFC 8725 §3.10: a header x5c is used only when its chain ends at an anchor the user gave. */
const chain = buildChain();

async function signedByLeaf(): Promise<string> {
  const built = await chain;
  return new CompactSign(new TextEncoder().encode(JSON.stringify({ sub: 'alice', exp: NOW + 60 })))
    .setProtectedHeader({ alg: 'ES256', x5c: built.x5c })
    .sign(built.leaf.keys.privateKey);
}

describe('inspect with trust anchors', () => {
  it('without anchors the x5c stays untrusted: header-key-ignored, not verified', async () => {
    const result = await inspect(await signedByLeaf(), { now: NOW });
    expect(result.signature).toBe('not-verified');
    expect(result.findings.map((f) => f.code)).toContain('header-key-ignored');
  });

  it('with the root as anchor the leaf key verifies it, and the report says through which anchor', async () => {
    const built = await chain;
    const result = await inspect(await signedByLeaf(), { now: NOW, trustAnchors: built.root.pem });
    expect(result.signature).toBe('valid');
    expect(result.layers[0]?.entries[0]?.keyUsed).toMatch(
      /x5c leaf certificate CN=issuer\.example, trusted through anchor CN=Test Root CA/,
    );
    const codes = result.findings.map((f) => f.code);
    expect(codes).toContain('x5c-chain-valid');
    expect(result.findings.some((f) => f.code === 'header-key-ignored' && f.name === 'x5c')).toBe(false);
  });

  it('with another anchor: x5c-untrusted, not verified', async () => {
    const other = await buildChain();
    const result = await inspect(await signedByLeaf(), { now: NOW, trustAnchors: other.root.pem });
    expect(result.signature).toBe('not-verified');
    expect(result.findings.map((f) => f.code)).toContain('x5c-untrusted');
  });
});
