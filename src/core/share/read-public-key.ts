import { encodeBase64 } from '../encoding/base64';
import { parseJson } from '../json/parse-json';
import { readChildren, readRoot, TAG } from '../keys/der';
import { readPemBlocks, type PemBlock } from '../keys/pem';
import { PRIVATE_JWK_MEMBERS } from '../keys/private-jwk-members';
import { readCertificate } from '../keys/read-certificate';

/** Why a key box's text is not shared. */
export type KeyRefusal = 'empty' | 'private-key' | 'secret' | 'not-a-public-key';

export type PublicKeyResult = { ok: true; text: string } | { ok: false; reason: KeyRefusal };

/**
 * JWK members a public key may carry (RFC 7517 §4, RFC 7518 §6.2.1, §6.3.1, RFC 8037 §2, and an AKP
 * key's "pub", draft-ietf-cose-dilithium); nothing else is copied.
 */
const PUBLIC_JWK_MEMBERS = ['kty', 'crv', 'n', 'e', 'x', 'y', 'pub', 'kid', 'alg', 'use', 'key_ops', 'x5c', 'x5t', 'x5t#S256'];
const PUBLIC_KTYS: ReadonlySet<unknown> = new Set(['RSA', 'EC', 'OKP', 'AKP']);

/**
 * The text of a public key, rebuilt from what was pasted so nothing around it travels: a public JWK or JWK
 * Set (only the public members above, every key RSA/EC/OKP/AKP with no private member — RFC 7517 §4, §5), or PEM
 * blocks that are all SPKI, PKCS#1 public keys or certificates (RFC 7468 §13, §5), re-encoded from their DER.
 * Anything else — a private key, an oct key, a secret, a password, text around the key — is refused whole.
 */
export function readPublicKey(text: string): PublicKeyResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (trimmed.startsWith('-----BEGIN ')) return readPublicPem(trimmed);
  if (trimmed.startsWith('{')) return readPublicJwkText(trimmed);
  return { ok: false, reason: 'secret' };
}

function readPublicJwkText(text: string): PublicKeyResult {
  const parsed = parseJson(text);
  if (!parsed.ok || !isObject(parsed.value)) return { ok: false, reason: 'not-a-public-key' };
  const doc = parsed.value;
  if (!Object.hasOwn(doc, 'keys')) {
    const jwk = readPublicJwk(doc);
    return typeof jwk === 'string' ? { ok: false, reason: jwk } : { ok: true, text: JSON.stringify(jwk) };
  }
  const keys: unknown = doc.keys;
  if (!Array.isArray(keys) || keys.length === 0) return { ok: false, reason: 'not-a-public-key' };
  const read = keys.map(readPublicJwk);
  const refusal = read.find((jwk) => typeof jwk === 'string');
  if (refusal !== undefined) return { ok: false, reason: refusal };
  return { ok: true, text: JSON.stringify({ keys: read }) };
}

/** A copy of the JWK's public members, or why it is not a public key. */
function readPublicJwk(value: unknown): Record<string, unknown> | KeyRefusal {
  if (!isObject(value)) return 'not-a-public-key';
  if (PRIVATE_JWK_MEMBERS.some((member) => Object.hasOwn(value, member))) return 'private-key';
  if (value.kty === 'oct') return 'secret';
  if (!PUBLIC_KTYS.has(value.kty)) return 'not-a-public-key';
  const copy: Record<string, unknown> = {};
  for (const member of PUBLIC_JWK_MEMBERS) {
    if (!Object.hasOwn(value, member)) continue;
    const memberValue = value[member];
    if (!isStringOrStrings(memberValue)) return 'not-a-public-key';
    copy[member] = memberValue;
  }
  return copy;
}

function readPublicPem(text: string): PublicKeyResult {
  const blocks = readPemBlocks(text);
  // Text outside the blocks (a comment, a second paste) could be anything: refuse rather than guess.
  const outside = blocks.reduceRight((rest, b) => rest.slice(0, b.range.start) + rest.slice(b.range.end), text);
  if (blocks.length === 0 || outside.trim() !== '') return { ok: false, reason: 'not-a-public-key' };
  const pems: string[] = [];
  for (const block of blocks) {
    const pem = rebuildPublicBlock(block);
    if (typeof pem !== 'string') return { ok: false, reason: pem.reason };
    pems.push(pem);
  }
  return { ok: true, text: pems.join('\n') };
}

function rebuildPublicBlock(block: PemBlock): string | { reason: KeyRefusal } {
  if (block.label.includes('PRIVATE')) return { reason: 'private-key' };
  if (!block.body.ok || block.hasEncryptedHeader || !hasPublicShape(block.label, block.body.der))
    return { reason: 'not-a-public-key' };
  const lines = encodeBase64(block.body.der).match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${block.label}-----`, ...lines, `-----END ${block.label}-----`].join('\n');
}

/** The DER really is what its label says: a mislabelled private key is not shared. */
function hasPublicShape(label: string, der: Uint8Array): boolean {
  try {
    if (label === 'CERTIFICATE') return readCertificate(der).spki.length > 0;
    const root = readRoot(der, TAG.SEQUENCE, label);
    const tags = readChildren(der, root).map((child) => child.tag);
    // SubjectPublicKeyInfo: AlgorithmIdentifier, BIT STRING (RFC 5280 §4.1.2.7); RSAPublicKey: n, e (RFC 8017 A.1.1).
    if (label === 'PUBLIC KEY') return tags.length === 2 && tags[0] === TAG.SEQUENCE && tags[1] === TAG.BIT_STRING;
    if (label === 'RSA PUBLIC KEY') return tags.length === 2 && tags.every((tag) => tag === TAG.INTEGER);
    return false;
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringOrStrings(value: unknown): boolean {
  return typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
}
