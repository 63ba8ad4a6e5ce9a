import { makeFinding } from '../findings/make-finding';
import type { Finding, SourceRange } from '../types';
import { DerError } from './der';
import { describeError } from './describe-error';
import { describeKey, ORIGIN_PHRASES } from './describe-key';
import { importDerKey, type ImportedDerKey } from './import-der-key';
import { readPemBlocks, type PemBlock } from './pem';
import { readCertificate } from './read-certificate';
import type { KeyCandidate, KeyOrigin, ParsedKeyInput } from './types';
import { wrapRsaPrivateKey, wrapRsaPublicKey, wrapSec1PrivateKey } from './wrap-key-der';

const ENCRYPTED = 'encrypted private keys are not supported; export it unencrypted (e.g. "openssl pkey -in key.pem")';
const CSR = 'it is a certificate signing request; paste the issued certificate or the public key';

/** What each PEM label (RFC 7468 §4–§13, RFC 1421, OpenSSL) means here: a key origin, or why not. */
const PEM_LABELS: Readonly<Record<string, { origin: KeyOrigin } | { refusal: string } | { ignore: true }>> = {
  'PUBLIC KEY': { origin: 'spki' },
  'PRIVATE KEY': { origin: 'pkcs8' },
  'RSA PUBLIC KEY': { origin: 'pkcs1-public' },
  'RSA PRIVATE KEY': { origin: 'pkcs1-private' },
  'EC PRIVATE KEY': { origin: 'sec1' },
  CERTIFICATE: { origin: 'x509' },
  'ENCRYPTED PRIVATE KEY': { refusal: ENCRYPTED },
  'OPENSSH PRIVATE KEY': {
    refusal: 'it is in OpenSSH’s own format; convert a copy with "ssh-keygen -p -m PKCS8 -f <copy>" first',
  },
  'DSA PRIVATE KEY': { refusal: 'DSA keys have no JOSE algorithm' },
  'CERTIFICATE REQUEST': { refusal: CSR },
  'NEW CERTIFICATE REQUEST': { refusal: CSR },
  'X509 CRL': { refusal: 'it is a certificate revocation list, which holds no key' },
  // "openssl ecparam -genkey" writes the curve before the EC PRIVATE KEY that names it again.
  'EC PARAMETERS': { ignore: true },
};

/**
 * Reads every PEM block of a paste (RFC 7468) as a key candidate: SPKI, PKCS#8, PKCS#1, SEC1 or an X.509
 * certificate's public key. Each block gives a `key-recognized` or a `key-invalid` finding located at it.
 */
export async function parsePemKeys(text: string): Promise<ParsedKeyInput> {
  const blocks = readPemBlocks(text);
  const results = await Promise.all(blocks.map((block) => readBlock(block)));
  const candidates: KeyCandidate[] = [];
  const findings: Finding[] = [];
  results.forEach((result, index) => {
    const block = blocks[index];
    if (result === null || block === undefined) return;
    if (!result.ok) {
      const at = result.at ?? block.range;
      findings.push(
        makeFinding('key-invalid', `The "${block.label}" PEM block is not usable: ${result.message}.`, { at }),
      );
      return;
    }
    const { key, origin, detail } = result;
    const where = blocks.length > 1 ? `, PEM block ${index + 1} of ${blocks.length}` : '';
    const label = describeKey(
      { ...key, origin, isPrivate: key.privateJwk !== undefined },
      `${ORIGIN_PHRASES[origin]}${detail}${where}`,
    );
    candidates.push({
      label,
      origin,
      kty: key.kty,
      ...(key.crv === undefined ? {} : { crv: key.crv }),
      ...(key.alg === undefined ? {} : { alg: key.alg }),
      ...(key.bits === undefined ? {} : { bits: key.bits }),
      isPrivate: key.privateJwk !== undefined,
      publicJwk: key.publicJwk,
      ...(key.privateJwk === undefined ? {} : { privateJwk: key.privateJwk }),
    });
    findings.push(makeFinding('key-recognized', label, { at: block.range }));
  });
  if (candidates.length === 0 && findings.length === 0) {
    findings.push(makeFinding('key-invalid', 'The PEM holds no key, only EC PARAMETERS.'));
  }
  return { candidates, findings };
}

type BlockResult =
  | { ok: true; key: ImportedDerKey; origin: KeyOrigin; detail: string }
  | { ok: false; message: string; at?: SourceRange };

async function readBlock(block: PemBlock): Promise<BlockResult | null> {
  const meaning = Object.hasOwn(PEM_LABELS, block.label) ? PEM_LABELS[block.label] : undefined;
  if (meaning === undefined) {
    return { ok: false, message: `"-----BEGIN ${block.label}-----" is not a key format JWT Lens reads` };
  }
  if ('ignore' in meaning) return null;
  if ('refusal' in meaning) return { ok: false, message: meaning.refusal };
  if (block.hasEncryptedHeader) return { ok: false, message: ENCRYPTED };
  if (!block.body.ok) return { ok: false, message: block.body.message, at: block.body.at };
  try {
    return { ok: true, origin: meaning.origin, ...(await importByOrigin(block.body.der, meaning.origin)) };
  } catch (error) {
    const message =
      error instanceof DerError ? `its DER structure is malformed: ${error.message}` : describeError(error);
    return { ok: false, message };
  }
}

async function importByOrigin(der: Uint8Array, origin: KeyOrigin): Promise<{ key: ImportedDerKey; detail: string }> {
  switch (origin) {
    case 'pkcs1-public':
      return { key: await importDerKey(wrapRsaPublicKey(der), 'spki'), detail: '' };
    case 'pkcs1-private':
      return { key: await importDerKey(wrapRsaPrivateKey(der), 'pkcs8'), detail: '' };
    case 'sec1':
      return { key: await importDerKey(wrapSec1PrivateKey(der).pkcs8, 'pkcs8'), detail: '' };
    case 'x509': {
      const certificate = readCertificate(der);
      const key = await importDerKey(certificate.spki, 'spki');
      const subject =
        certificate.commonName === undefined ? ', no CN in its subject' : `, CN=${certificate.commonName}`;
      return { key, detail: `${pssNote(key)}${subject}` };
    }
    default: {
      const key = await importDerKey(der, origin === 'pkcs8' ? 'pkcs8' : 'spki');
      return { key, detail: pssNote(key) };
    }
  }
}

function pssNote(key: ImportedDerKey): string {
  return key.isPssOnly ? ' restricted to RSASSA-PSS' : '';
}
