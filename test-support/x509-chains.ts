import { X509Certificate as NodeCertificate, webcrypto } from 'node:crypto';
// @peculiar/x509 needs the Reflect polyfill first (its README); src/core/x509/x509-library.ts does the same.
import 'reflect-metadata';
import {
  BasicConstraintsExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  X509CertificateGenerator,
  type Extension,
} from '@peculiar/x509';

/**
 * Test-only X.509 chains: keys from node:crypto's WebCrypto, certificates made by @peculiar/x509, and
 * every link checked again by node:crypto (OpenSSL) as it is made, so a fixture that claims "signed by its
 * issuer" is known to be, independently of the library the code under test uses.
 */

export type KeyKind = 'P-256' | 'P-384' | 'rsa' | 'ed25519';

export interface CertificateSpec {
  /** The subject's CN. */
  name: string;
  key?: KeyKind;
  /** basicConstraints: `true` cA=true, `false` cA=false, 'absent' no extension; default: absent. */
  ca?: boolean | 'absent';
  pathLength?: number;
  /** keyUsage flags (KeyUsageFlags); absent when undefined. */
  keyUsage?: number;
  notBefore?: Date;
  notAfter?: Date;
  /** Sign with this key instead of the issuer's (a tampered chain): the issuer name stays. */
  signingKey?: CryptoKey;
}

export interface TestCertificate {
  name: string;
  keys: CryptoKeyPair;
  der: Uint8Array<ArrayBuffer>;
  /** Standard base64 of the DER, as an x5c member. */
  base64: string;
  pem: string;
}

/** 2026-06-01T00:00:00Z, in seconds: the evaluation time of the tests; the default validity spans it. */
export const NOW = Date.UTC(2026, 5, 1) / 1000;
const DEFAULT_NOT_BEFORE = new Date(Date.UTC(2025, 0, 1));
const DEFAULT_NOT_AFTER = new Date(Date.UTC(2030, 0, 1));

const ALGORITHMS: Record<KeyKind, { generate: EcKeyGenParams | RsaHashedKeyGenParams | Algorithm; sign: Algorithm }> = {
  'P-256': {
    generate: { name: 'ECDSA', namedCurve: 'P-256' },
    sign: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
  },
  'P-384': {
    generate: { name: 'ECDSA', namedCurve: 'P-384' },
    sign: { name: 'ECDSA', hash: 'SHA-384' } as EcdsaParams,
  },
  rsa: {
    generate: {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    sign: { name: 'RSASSA-PKCS1-v1_5' },
  },
  ed25519: { generate: { name: 'Ed25519' }, sign: { name: 'Ed25519' } },
};

let serial = 1;

/** A key pair of the kind, extractable so a test can compare it with what the code read. */
export async function generateKeys(kind: KeyKind): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(ALGORITHMS[kind].generate, true, ['sign', 'verify'])) as CryptoKeyPair;
}

/** A certificate for `spec`, signed by `issuer` (self-signed without one), checked with node:crypto. */
export async function makeCertificate(spec: CertificateSpec, issuer?: TestCertificate): Promise<TestCertificate> {
  const kind = spec.key ?? 'P-256';
  const keys = await generateKeys(kind);
  const issuerKeys = issuer?.keys ?? keys;
  const signingKey = spec.signingKey ?? issuerKeys.privateKey;
  const signingAlgorithm = ALGORITHMS[keyKindOf(signingKey)].sign;
  const extensions: Extension[] = [];
  if (spec.ca !== undefined && spec.ca !== 'absent') {
    extensions.push(new BasicConstraintsExtension(spec.ca, spec.pathLength, true));
  }
  if (spec.keyUsage !== undefined) extensions.push(new KeyUsagesExtension(spec.keyUsage, true));
  const certificate = await X509CertificateGenerator.create(
    {
      serialNumber: (serial++).toString(16).padStart(2, '0'),
      subject: `CN=${spec.name}`,
      issuer: `CN=${issuer?.name ?? spec.name}`,
      notBefore: spec.notBefore ?? DEFAULT_NOT_BEFORE,
      notAfter: spec.notAfter ?? DEFAULT_NOT_AFTER,
      publicKey: keys.publicKey,
      signingKey,
      signingAlgorithm,
      extensions,
    },
    webcrypto as Crypto,
  );
  const der = new Uint8Array(certificate.rawData);
  const made: TestCertificate = {
    name: spec.name,
    keys,
    der,
    base64: Buffer.from(der).toString('base64'),
    pem: certificate.toString('pem'),
  };
  const isSignedByIssuer = new NodeCertificate(der).verify(new NodeCertificate((issuer ?? made).der).publicKey);
  if (isSignedByIssuer !== (spec.signingKey === undefined)) {
    throw new Error(`fixture ${spec.name}: node:crypto says signed-by-issuer is ${isSignedByIssuer}`);
  }
  return made;
}

function keyKindOf(key: CryptoKey): KeyKind {
  const algorithm = key.algorithm as EcKeyAlgorithm;
  if (algorithm.name === 'Ed25519') return 'ed25519';
  if (algorithm.name === 'ECDSA') return algorithm.namedCurve === 'P-384' ? 'P-384' : 'P-256';
  return 'rsa';
}

export const CA_USAGE = KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign;
export const LEAF_USAGE = KeyUsageFlags.digitalSignature;
export const ENCIPHER_ONLY_USAGE = KeyUsageFlags.keyEncipherment;

export interface TestChain {
  root: TestCertificate;
  intermediate: TestCertificate;
  leaf: TestCertificate;
  /** The header's x5c: leaf, then intermediate (the root is the anchor, left out as RFC 7515 allows). */
  x5c: string[];
}

/**
 * Root CA (RSA) → intermediate CA (P-384, pathLen 0) → leaf (P-256, digitalSignature), all valid at NOW.
 * `change` adjusts one certificate's spec, for the failure cases.
 */
export async function buildChain(
  change: {
    root?: Partial<CertificateSpec>;
    intermediate?: Partial<CertificateSpec>;
    leaf?: Partial<CertificateSpec>;
  } = {},
): Promise<TestChain> {
  const root = await makeCertificate({
    name: 'Test Root CA',
    key: 'rsa',
    ca: true,
    keyUsage: CA_USAGE,
    ...change.root,
  });
  const intermediate = await makeCertificate(
    { name: 'Test Issuing CA', key: 'P-384', ca: true, pathLength: 0, keyUsage: CA_USAGE, ...change.intermediate },
    root,
  );
  const leaf = await makeCertificate(
    { name: 'issuer.example', key: 'P-256', keyUsage: LEAF_USAGE, ...change.leaf },
    intermediate,
  );
  return { root, intermediate, leaf, x5c: [leaf.base64, intermediate.base64] };
}

/** A straight chain of `length` certificates, leaf first, each signed by the next; the last is a self-signed root. */
export async function buildLongChain(length: number): Promise<TestCertificate[]> {
  const chain: TestCertificate[] = [];
  let issuer = await makeCertificate({ name: 'Long Root', ca: true });
  chain.unshift(issuer);
  for (let i = length - 2; i >= 0; i--) {
    issuer = await makeCertificate({ name: `Long ${i}`, ca: i > 0 }, issuer);
    chain.unshift(issuer);
  }
  return chain;
}

/** base64url SHA-256 of the DER, as a header's x5t#S256 (RFC 7515 §4.1.8), computed by node:crypto. */
export async function thumbprintS256(certificate: TestCertificate): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', certificate.der)).toString('base64url');
}
