import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { derOf, pairOf, pemOf } from '../../../test-support/key-fixtures';
import { contentOf, encodeElement, readChildren, readRoot, TAG } from './der';
import { parseKeyInput } from './parse-key-input';

const pem = (label: string, der: Uint8Array): string =>
  `-----BEGIN ${label}-----\n${Buffer.from(der).toString('base64')}\n-----END ${label}-----\n`;

/** A SEC1 key re-encoded without its optional `parameters [0]` (RFC 5915 §3). */
function sec1WithoutParameters(): string {
  const der = derOf(pairOf('P-256').privateKey, 'sec1');
  const root = readRoot(der, TAG.SEQUENCE, 'an ECPrivateKey');
  const kept = readChildren(der, root).filter((child) => child.tag !== TAG.CONTEXT_0);
  return pem(
    'EC PRIVATE KEY',
    encodeElement(TAG.SEQUENCE, ...kept.map((child) => der.subarray(child.start, child.end))),
  );
}

/** The first `length` bytes of a valid key, so the base64 is fine and the DER is cut off. */
function truncatedSpki(): string {
  const der = derOf(pairOf('P-256').publicKey, 'spki');
  return pem('PUBLIC KEY', der.subarray(0, 40));
}

function explicitCurveKey(): string {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'explicit' });
  return pemOf(publicKey, 'spki');
}

function encryptedPkcs8(): string {
  const { privateKey } = pairOf('P-256');
  return String(privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }));
}

function encryptedPkcs1(): string {
  const { privateKey } = pairOf('rsa-1024');
  return String(privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' }));
}

/** The 2048-bit test modulus with another public exponent: an RSA key no verifier should trust. */
function rsaJwkWithExponent(e: string): { kty: 'RSA'; n: string; e: string } {
  const { n } = pairOf('rsa-2048').publicKey.export({ format: 'jwk' });
  return { kty: 'RSA', n: n ?? '', e };
}

const ROWS: { name: string; text: () => string; message: RegExp }[] = [
  {
    name: 'RFC 5958 §3 EncryptedPrivateKeyInfo',
    text: encryptedPkcs8,
    message:
      /"ENCRYPTED PRIVATE KEY" PEM block is not usable: encrypted private keys are not supported; export it unencrypted/,
  },
  {
    name: 'RFC 1421 §4.6.1.1 Proc-Type: 4,ENCRYPTED',
    text: encryptedPkcs1,
    message:
      /"RSA PRIVATE KEY" PEM block is not usable: encrypted private keys are not supported; export it unencrypted/,
  },
  {
    name: 'RFC 5915 §3 SEC1 key without parameters',
    text: sec1WithoutParameters,
    message: /no curve parameters \(\[0\] is absent.*\), so its curve cannot be known; export it as PKCS#8/,
  },
  {
    name: 'RFC 5480 §2.1.1 explicit curve parameters',
    text: explicitCurveKey,
    message: /spells out explicit curve parameters instead of naming a curve/,
  },
  {
    name: 'RFC 8017 §3.1 RSA JWK with public exponent 1',
    text: () => JSON.stringify(rsaJwkWithExponent('AQ')),
    message: /The JWK is not usable: its public exponent "e" must be odd and at least 3 \(RFC 8017 §3\.1\)/,
  },
  {
    name: 'RFC 8017 §3.1 RSA JWK with an even public exponent',
    text: () => JSON.stringify(rsaJwkWithExponent('AQAA')),
    message: /its public exponent "e" must be odd and at least 3/,
  },
  {
    name: 'RFC 8017 §3.1 RSA SPKI with public exponent 1',
    text: () => pemOf(createPublicKey({ key: rsaJwkWithExponent('AQ'), format: 'jwk' }), 'spki'),
    message: /"PUBLIC KEY" PEM block is not usable: its public exponent "e" must be odd and at least 3/,
  },
  {
    name: 'RFC 7468 §2 a BEGIN line without its END line',
    text: () => pemOf(pairOf('P-256').publicKey, 'spki').replace('-----END PUBLIC KEY-----', ''),
    message: /no matching "-----END PUBLIC KEY-----" line \(the paste may be cut off\)/,
  },
  {
    name: 'RFC 7468 §3 a body that is not base64',
    text: () => pemOf(pairOf('P-256').publicKey, 'spki').replace(/\n([A-Za-z])/, '\n!'),
    message: /its base64 body is malformed: '!' is not in the base64 alphabet/,
  },
  {
    name: 'X.690 DER cut short',
    text: truncatedSpki,
    message: /its DER structure is malformed: the element at byte 0 claims 89 bytes but only 38 follow/,
  },
  {
    name: 'OpenSSH private key',
    text: () => '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----',
    message: /OpenSSH’s own format; convert a copy with "ssh-keygen -p -m PKCS8/,
  },
  {
    name: 'RFC 2986 certificate signing request',
    text: () => '-----BEGIN CERTIFICATE REQUEST-----\nMAA=\n-----END CERTIFICATE REQUEST-----',
    message: /it is a certificate signing request; paste the issued certificate or the public key/,
  },
  {
    name: 'an unknown PEM label',
    text: () => '-----BEGIN PGP PUBLIC KEY BLOCK-----\nMAA=\n-----END PGP PUBLIC KEY BLOCK-----',
    message: /"-----BEGIN PGP PUBLIC KEY BLOCK-----" is not a key format JWT Lens reads/,
  },
  {
    name: 'EC PARAMETERS and no key',
    text: () => '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----',
    message: /The PEM holds no key, only EC PARAMETERS/,
  },
  {
    name: 'RFC 8259 JSON that does not parse',
    text: () => '{"kty": "EC",}',
    message: /This looks like JSON but does not parse: expected a member name string at position 13/,
  },
  {
    name: 'RFC 7517 §5 a bare array of JWKs',
    text: () => '[{"kty":"oct","k":"AAAA"}]',
    message: /This is a JSON array, but neither a JWK \(an object with "kty"\) nor a JWK Set/,
  },
  {
    name: 'RFC 7517 §4 JSON without kty or keys',
    text: () => '{"alg":"RS256"}',
    message: /This is JSON, but neither a JWK \(an object with "kty"\) nor a JWK Set \(an object with a "keys" array\)/,
  },
];

describe('Key input that cannot be used is reported as key-invalid with the reason (RFC 7517, RFC 7468)', () => {
  it.each(ROWS.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const { candidates, findings } = await parseKeyInput(row.text());
    expect(candidates).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'key-invalid', severity: 'error' });
    expect(findings[0]?.message).toMatch(row.message);
  });

  it('points at the malformed character of a PEM body', async () => {
    const text = `\n\n${pemOf(pairOf('P-256').publicKey, 'spki').replace(/\n([A-Za-z])/, '\n!')}`;
    const [finding] = (await parseKeyInput(text)).findings;
    expect(finding?.at).toEqual({ start: text.indexOf('!'), end: text.indexOf('!') + 1 });
  });

  it('points at the JSON syntax error in the paste', async () => {
    const text = '  {"kty": "EC",}';
    const [finding] = (await parseKeyInput(text)).findings;
    expect(text.slice(finding?.at?.start)).toBe('}');
  });

  it('reads nothing, and reports nothing, from an empty or blank paste', async () => {
    expect(await parseKeyInput('')).toEqual({ candidates: [], findings: [] });
    expect(await parseKeyInput(' \r\n\t ')).toEqual({ candidates: [], findings: [] });
  });

  it('a PKCS#8 key whose DER reads but whose algorithm OID is unknown', async () => {
    const der = derOf(pairOf('P-256').publicKey, 'spki');
    const root = readRoot(der, TAG.SEQUENCE, 'spki');
    const [algorithmId] = readChildren(der, root);
    if (algorithmId === undefined) throw new Error('no AlgorithmIdentifier');
    const oid = contentOf(der, readChildren(der, algorithmId)[0] ?? algorithmId);
    oid[oid.length - 1] = 0x7f; // 1.2.840.10045.2.127
    const [finding] = (await parseKeyInput(pem('PUBLIC KEY', der))).findings;
    expect(finding?.message).toMatch(/its key algorithm \(OID 1\.2\.840\.10045\.2\.127\) is not one JOSE uses/);
  });
});
