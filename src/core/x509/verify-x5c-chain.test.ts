import { describe, expect, it } from 'vitest';
import {
  buildChain,
  buildLongChain,
  CA_USAGE,
  ENCIPHER_ONLY_USAGE,
  generateKeys,
  makeCertificate,
  NOW,
  thumbprintS256,
  type TestChain,
} from '../../../test-support/x509-chains';
import { MAX_X5C_CERTIFICATES } from './decode-x5c';
import type { X5cChainInput, X5cChainResult } from './types';
import { verifyX5cChain } from './verify-x5c-chain';

const YEAR = 365 * 24 * 3600;

/** The default chain, built once: root CA → issuing CA → leaf, with the root as the anchor. */
const chain: Promise<TestChain> = buildChain();

async function verifyDefault(change: Partial<X5cChainInput> = {}): Promise<X5cChainResult> {
  const { root, x5c } = await chain;
  return verifyX5cChain({ x5c, trustAnchors: root.pem, now: NOW, ...change });
}

const codes = (result: X5cChainResult) => result.findings.map((f) => f.code);

describe('verifyX5cChain: a chain that ends at a trust anchor (RFC 7515 §4.1.6, RFC 5280 §6.1)', () => {
  it('trusts leaf → issuing CA when the root CA is the anchor, and hands back the leaf', async () => {
    const { leaf } = await chain;
    const result = await verifyDefault();
    expect(result.status).toBe('trusted');
    expect(result.failures).toEqual([]);
    expect(codes(result)).toEqual(['x5c-chain-valid']);
    expect(result.findings[0]).toMatchObject({ severity: 'info', part: 'header', name: 'x5c', source: 'token' });
    expect(result.findings[0]?.message).toContain('ends at your trust anchor CN=Test Root CA');
    expect(result.leafName).toBe('CN=issuer.example');
    expect(result.anchorName).toBe('CN=Test Root CA');
    expect(result.leafPem).toBe(leaf.pem.replace(/\r\n/g, '\n').trim() + '\n');
  });

  it('trusts a chain that carries the root itself when that root is the anchor', async () => {
    const { root, x5c } = await chain;
    expect((await verifyDefault({ x5c: [...x5c, root.base64] })).status).toBe('trusted');
  });

  it('trusts a chain whose issuing CA is the anchor (the root need not be known)', async () => {
    const { intermediate } = await chain;
    const result = await verifyDefault({ trustAnchors: intermediate.pem });
    expect(result.status).toBe('trusted');
    expect(result.anchorName).toBe('CN=Test Issuing CA');
  });

  it('finds the anchor among several pasted ones, around other text', async () => {
    const other = await makeCertificate({ name: 'Someone Else CA', ca: true });
    const { root } = await chain;
    const result = await verifyDefault({ trustAnchors: `Ours:\n${other.pem}\nand theirs:\n${root.pem}` });
    expect(result.status).toBe('trusted');
  });

  it('trusts an Ed25519 leaf under an Ed25519 CA', async () => {
    const root = await makeCertificate({ name: 'Ed Root', key: 'ed25519', ca: true, keyUsage: CA_USAGE });
    const leaf = await makeCertificate({ name: 'ed.example', key: 'ed25519' }, root);
    const result = await verifyX5cChain({ x5c: [leaf.base64], trustAnchors: root.pem, now: NOW });
    expect(result.status).toBe('trusted');
  });

  it('accepts x5t#S256 when it is the SHA-256 thumbprint of the leaf', async () => {
    const { leaf } = await chain;
    expect((await verifyDefault({ x5tS256: await thumbprintS256(leaf) })).status).toBe('trusted');
  });
});

describe('verifyX5cChain: a chain that reaches no anchor is x5c-untrusted', () => {
  it('another CA as the anchor', async () => {
    const other = await makeCertificate({ name: 'Someone Else CA', ca: true });
    const result = await verifyDefault({ trustAnchors: other.pem });
    expect(result.status).toBe('untrusted');
    expect(result.failures).toEqual([{ reason: 'no-trust-anchor', index: null }]);
    expect(codes(result)).toEqual(['x5c-untrusted']);
    expect(result.findings[0]?.message).toContain('issued by "CN=Test Root CA", which is none of your 1 trust anchor');
    expect(result.leafPem).toBeUndefined();
  });

  it('an anchor with the root’s name but another key (an impostor or a re-keyed CA)', async () => {
    const impostor = await makeCertificate({ name: 'Test Root CA', key: 'rsa', ca: true });
    const result = await verifyDefault({ trustAnchors: impostor.pem });
    expect(result.status).toBe('untrusted');
    expect(result.findings[0]?.message).toContain('a trust anchor has that name, but its key did not sign it');
  });

  it('no usable anchor: a public key pasted instead of a certificate is trust-anchor-invalid', async () => {
    const keys = await generateKeys('P-256');
    const spki = Buffer.from(await crypto.subtle.exportKey('spki', keys.publicKey)).toString('base64');
    const result = await verifyDefault({
      trustAnchors: `-----BEGIN PUBLIC KEY-----\n${spki}\n-----END PUBLIC KEY-----\n`,
    });
    expect(result.status).toBe('untrusted');
    expect(codes(result)).toEqual(['trust-anchor-invalid', 'x5c-untrusted']);
    expect(result.findings[0]).toMatchObject({ source: 'trust-anchors', at: { start: 0 } });
    expect(result.findings[0]?.message).toContain('"PUBLIC KEY", not a CERTIFICATE');
  });

  it('text that holds no PEM at all', async () => {
    const result = await verifyDefault({ trustAnchors: 'my root CA' });
    expect(codes(result)).toEqual(['trust-anchor-invalid', 'x5c-untrusted']);
  });
});

interface BrokenRow {
  name: string;
  build: () => Promise<X5cChainInput>;
  failures: X5cChainResult['failures'];
  says: string;
}

const anchoredAt = (built: TestChain, x5c = built.x5c, now = NOW): X5cChainInput => ({
  x5c,
  trustAnchors: built.root.pem,
  now,
});

const BROKEN: BrokenRow[] = [
  {
    name: 'RFC 5280 §6.1.3 (a)(2): the leaf expired before the evaluation time',
    build: async () => anchoredAt(await buildChain({ leaf: { notAfter: new Date(Date.UTC(2026, 0, 1)) } })),
    failures: [{ reason: 'expired', index: 0 }],
    says: 'The leaf certificate (CN=issuer.example) expired on 2026-01-01T00:00:00Z',
  },
  {
    name: 'RFC 5280 §6.1.3 (a)(2): a good chain evaluated after its leaf ends',
    build: async () => anchoredAt(await chain, undefined, NOW + 4 * YEAR),
    failures: [
      { reason: 'expired', index: 0 },
      { reason: 'expired', index: 1 },
      { reason: 'expired', index: 'anchor' },
    ],
    says: 'expired on 2030-01-01T00:00:00Z',
  },
  {
    name: 'RFC 5280 §6.1.3 (a)(2): the leaf is not valid yet',
    build: async () => anchoredAt(await buildChain({ leaf: { notBefore: new Date(Date.UTC(2027, 0, 1)) } })),
    failures: [{ reason: 'not-yet-valid', index: 0 }],
    says: 'is not valid before 2027-01-01T00:00:00Z',
  },
  {
    name: 'RFC 5280 §6.1.4 (k): an intermediate without basicConstraints signs the leaf',
    build: async () => anchoredAt(await buildChain({ intermediate: { ca: 'absent', pathLength: undefined } })),
    failures: [{ reason: 'not-a-ca', index: 1 }],
    says: 'Certificate 2 of 2 (CN=Test Issuing CA) signs another certificate but has no basicConstraints extension',
  },
  {
    name: 'RFC 5280 §6.1.4 (k): an intermediate with cA=false signs the leaf',
    build: async () => anchoredAt(await buildChain({ intermediate: { ca: false, pathLength: undefined } })),
    failures: [{ reason: 'not-a-ca', index: 1 }],
    says: 'has basicConstraints with cA=false',
  },
  {
    name: 'RFC 5280 §6.1.4 (m): the root allows no intermediate CA (pathLen 0), but the chain has one',
    build: async () => anchoredAt(await buildChain({ root: { pathLength: 0 } })),
    failures: [{ reason: 'path-length-exceeded', index: 'anchor' }],
    says: 'Your trust anchor CN=Test Root CA allows 0 intermediate CA certificates below it',
  },
  {
    name: 'RFC 5280 §6.1.4 (n): an intermediate whose keyUsage lacks keyCertSign',
    build: async () => anchoredAt(await buildChain({ intermediate: { keyUsage: ENCIPHER_ONLY_USAGE } })),
    failures: [{ reason: 'ca-key-usage', index: 1 }],
    says: 'keyUsage without keyCertSign',
  },
  {
    name: 'RFC 5280 §4.2.1.3: a leaf whose keyUsage lacks digitalSignature',
    build: async () => anchoredAt(await buildChain({ leaf: { keyUsage: ENCIPHER_ONLY_USAGE } })),
    failures: [{ reason: 'leaf-key-usage', index: 0 }],
    says: 'keyUsage without digitalSignature: its key may not sign tokens',
  },
  {
    name: 'RFC 7515 §4.1.6: a tampered chain, the leaf signed by another key in the issuing CA’s name',
    build: async () => {
      const attacker = await generateKeys('P-384');
      return anchoredAt(await buildChain({ leaf: { signingKey: attacker.privateKey } }));
    },
    failures: [{ reason: 'signature-invalid', index: 0 }],
    says: 'is not signed by the key of certificate 2 of 2 (CN=Test Issuing CA)',
  },
  {
    name: 'RFC 7515 §4.1.6: the chain out of order (issuing CA first)',
    build: async () => {
      const built = await chain;
      return anchoredAt(built, [built.intermediate.base64, built.leaf.base64]);
    },
    failures: [
      { reason: 'leaf-key-usage', index: 0 },
      { reason: 'issuer-mismatch', index: 0 },
      { reason: 'signature-invalid', index: 0 },
      { reason: 'not-a-ca', index: 1 },
      { reason: 'ca-key-usage', index: 1 },
      { reason: 'no-trust-anchor', index: null },
    ],
    says: 'names "CN=Test Root CA" as its issuer, but the next certificate is certificate 2 of 2 (CN=issuer.example)',
  },
  {
    name: 'RFC 5280 §6.1.3 (a)(2): the trust anchor itself expired',
    build: async () => anchoredAt(await buildChain({ root: { notAfter: new Date(Date.UTC(2026, 0, 1)) } })),
    failures: [{ reason: 'expired', index: 'anchor' }],
    says: 'Your trust anchor CN=Test Root CA expired on 2026-01-01T00:00:00Z',
  },
  {
    name: 'RFC 7515 §4.1.8: x5t#S256 names another certificate',
    build: async () => {
      const built = await chain;
      return { ...anchoredAt(built), x5tS256: await thumbprintS256(built.intermediate) };
    },
    failures: [{ reason: 'thumbprint-mismatch', index: 0 }],
    says: "The header's x5t#S256 is",
  },
  {
    name: 'RFC 7515 §4.1.7: x5t is not the SHA-1 thumbprint of the leaf',
    build: async () => ({ ...anchoredAt(await chain), x5t: 'AAAA' }),
    failures: [{ reason: 'thumbprint-mismatch', index: 0 }],
    says: 'SHA-1 thumbprint of the leaf certificate x5c[0]',
  },
];

describe('verifyX5cChain: a broken chain is x5c-chain-invalid, one finding per failure', () => {
  it.each(BROKEN)('$name', async ({ build, failures, says }) => {
    const result = await verifyX5cChain(await build());
    expect(result.status).toBe('invalid');
    expect(result.failures).toEqual(failures);
    expect(result.findings).toHaveLength(failures.length);
    expect(result.findings.some((f) => f.message.includes(says))).toBe(true);
    expect(
      codes(result)
        .filter((c) => c !== 'x5c-untrusted')
        .every((c) => c === 'x5c-chain-invalid'),
    ).toBe(true);
    expect(result.leafPem).toBeUndefined();
  });

  it('names x5t#S256 as the member a thumbprint finding is about', async () => {
    const { intermediate } = await chain;
    const result = await verifyDefault({ x5tS256: await thumbprintS256(intermediate) });
    expect(result.findings[0]).toMatchObject({ code: 'x5c-chain-invalid', name: 'x5t#S256', part: 'header' });
  });
});

describe('verifyX5cChain: hostile x5c values never throw and cost no more than their length', () => {
  const GARBAGE: Array<{ name: string; x5c: () => Promise<unknown>; reason: string; says: string }> = [
    { name: 'not an array', x5c: async () => 'MIIB', reason: 'not-a-chain', says: 'non-empty array' },
    { name: 'an empty array', x5c: async () => [], reason: 'not-a-chain', says: 'non-empty array' },
    {
      name: 'a member that is no string',
      x5c: async () => [42],
      reason: 'base64-invalid',
      says: 'x5c[0] is not a string',
    },
    {
      name: 'base64url instead of base64',
      x5c: async () => [(await chain).leaf.base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') + '-_'],
      reason: 'base64-invalid',
      says: 'base64url, not base64',
    },
    {
      name: 'not base64 at all',
      x5c: async () => ['not base64!!'],
      reason: 'base64-invalid',
      says: 'x5c[0] is not base64',
    },
    {
      name: 'base64 of bytes that are no certificate',
      x5c: async () => [Buffer.from('hello, certificate').toString('base64')],
      reason: 'certificate-unreadable',
      says: 'x5c[0] is not a readable X.509 certificate',
    },
    {
      name: 'DER nested thousands of SEQUENCEs deep',
      x5c: async () => [Buffer.from(nestSequences(30_000)).toString('base64')],
      reason: 'certificate-unreadable',
      says: 'x5c[0] is not a readable X.509 certificate',
    },
    {
      name: 'a certificate of more than 32 KB',
      x5c: async () => ['A'.repeat(50_000)],
      reason: 'certificate-too-large',
      says: 'more than a 32 KB certificate',
    },
  ];

  it.each(GARBAGE)('$name', async ({ x5c, reason, says }) => {
    const result = await verifyDefault({ x5c: await x5c() });
    expect(result.status).toBe('invalid');
    expect(result.failures.map((f) => f.reason)).toContain(reason);
    expect(codes(result)).toContain('x5c-chain-invalid');
    expect(result.findings.some((f) => f.message.includes(says))).toBe(true);
  });

  it(`refuses a chain of 50 real certificates (the cap is ${MAX_X5C_CERTIFICATES}) before reading any`, async () => {
    const long = await buildLongChain(50);
    const last = long[long.length - 1];
    const started = performance.now();
    const result = await verifyX5cChain({ x5c: long.map((c) => c.base64), trustAnchors: last?.pem ?? '', now: NOW });
    expect(performance.now() - started).toBeLessThan(100);
    expect(result.status).toBe('invalid');
    expect(result.failures).toEqual([{ reason: 'chain-too-long', index: null }]);
    expect(result.findings[0]?.message).toContain('x5c holds 50 certificates; JWT Lens checks chains of at most 10');
  });

  it(`still checks a real chain of ${MAX_X5C_CERTIFICATES}, where only the leaf may sign nothing`, async () => {
    const long = await buildLongChain(MAX_X5C_CERTIFICATES);
    const root = long[long.length - 1];
    const result = await verifyX5cChain({ x5c: long.map((c) => c.base64), trustAnchors: root?.pem ?? '', now: NOW });
    expect(result.failures).toEqual([]);
    expect(result.status).toBe('trusted');
  });

  it('a million members is refused by its length alone', async () => {
    const result = await verifyDefault({ x5c: Array.from({ length: 1_000_000 }, () => 'A') });
    expect(result.failures).toEqual([{ reason: 'chain-too-long', index: null }]);
  });
});

/** SEQUENCE { SEQUENCE { … NULL … } }, as deep as fits in `maxBytes`: a parser that recurses per level must not fall over. */
function nestSequences(maxBytes: number): Uint8Array {
  let der = new Uint8Array([0x05, 0x00]);
  for (;;) {
    const length = der.length;
    const header =
      length < 0x80 ? [0x30, length] : length < 0x100 ? [0x30, 0x81, length] : [0x30, 0x82, length >> 8, length & 0xff];
    if (header.length + length > maxBytes) return der;
    const outer = new Uint8Array(header.length + length);
    outer.set(header);
    outer.set(der, header.length);
    der = outer;
  }
}
