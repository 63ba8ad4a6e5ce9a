import { importJWK } from 'jose';
import { decodeBase64Url } from '../encoding/base64url';
import { isNobleKeyJwk, lookUpCurve, lookUpMlDsa, ML_DSA_SEED_BYTES, RSA_IMPORT_ALG } from './curves';
import { describeError } from './describe-error';
import { checkNobleJwk } from './noble-jwk';
import { checkRsaExponent, hasPrivateMembers, modulusBits, pickKeyJwk, publicPartOf } from './key-jwk';
import type { KeyCandidate, KeyJwk } from './types';

/** A JWK read into candidate fields; the caller adds `label` and `origin`. */
export type JwkKey = Omit<KeyCandidate, 'label' | 'origin'>;
export type JwkResult = { ok: true; key: JwkKey } | { ok: false; message: string };

const REQUIRED_MEMBERS: Readonly<Record<KeyJwk['kty'], readonly (keyof KeyJwk)[]>> = {
  RSA: ['n', 'e'],
  EC: ['crv', 'x', 'y'],
  OKP: ['crv', 'x'],
  AKP: ['alg', 'pub'],
};
const BINARY_MEMBERS = ['n', 'e', 'x', 'y', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'pub', 'priv'] as const;

/**
 * Reads one JWK (RFC 7517 §4; members per RFC 7518 §6 and RFC 8037 §2) from untrusted JSON: checks the
 * members, then has WebCrypto import it (or, on a curve WebCrypto lacks and for AKP keys, has @noble check
 * the point and that the private key matches the public one), so a key that cannot be used is reported
 * here, not at verify time. Metadata (kid, use, key_ops, alg) is carried over; unknown members are ignored.
 */
export async function readJwk(value: unknown): Promise<JwkResult> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'it is not a JSON object' };
  }
  const kty = readMember(value, 'kty');
  if (kty === undefined) return { ok: false, message: 'it has no "kty" (key type) member' };
  if (typeof kty !== 'string') return { ok: false, message: '"kty" must be a string' };
  const metadata = readMetadata(value);
  if (typeof metadata === 'string') return { ok: false, message: metadata };
  if (kty === 'oct') return readSecretJwk(value, metadata);
  if (kty !== 'RSA' && kty !== 'EC' && kty !== 'OKP' && kty !== 'AKP') {
    return { ok: false, message: `kty "${kty}" is not supported (JWT Lens reads RSA, EC, OKP, AKP and oct keys)` };
  }
  if (readMember(value, 'oth') !== undefined) {
    return { ok: false, message: 'it is a multi-prime RSA key ("oth"), which WebCrypto does not support' };
  }
  const jwk = pickKeyJwk(kty, value);
  const memberProblem = checkMembers(jwk);
  if (memberProblem !== undefined) return { ok: false, message: memberProblem };

  const isPrivate = hasPrivateMembers(jwk);
  const publicJwk = publicPartOf(jwk);
  const problem = isNobleKeyJwk(jwk) ? await checkWithNoble(jwk) : await checkWithJose(jwk, publicJwk, isPrivate);
  if (problem !== undefined) return { ok: false, message: problem };
  const bits = kty === 'RSA' ? modulusBits(jwk.n) : lookUpCurve(jwk.crv ?? '')?.bits;
  return {
    ok: true,
    key: {
      kty,
      ...(jwk.crv === undefined ? {} : { crv: jwk.crv }),
      ...(bits === undefined ? {} : { bits }),
      ...metadata,
      isPrivate,
      publicJwk,
      ...(isPrivate ? { privateJwk: jwk } : {}),
    },
  };
}

async function checkWithJose(jwk: KeyJwk, publicJwk: KeyJwk, isPrivate: boolean): Promise<string | undefined> {
  const importAlg = jwk.crv === undefined ? RSA_IMPORT_ALG : (lookUpCurve(jwk.crv)?.importAlg ?? '');
  try {
    await importJWK({ ...publicJwk }, importAlg);
    if (isPrivate) await importJWK({ ...jwk }, importAlg);
    return undefined;
  } catch (error) {
    return `WebCrypto could not import it (${describeError(error)})`;
  }
}

/** The point is on the curve, the key lengths fit, and a private key's public half is the one given. */
async function checkWithNoble(jwk: KeyJwk): Promise<string | undefined> {
  try {
    return await checkNobleJwk(jwk);
  } catch (error) {
    return `the library that checks such keys could not be loaded (${describeError(error)})`;
  }
}

function readSecretJwk(value: object, metadata: Metadata): JwkResult {
  const k = readMember(value, 'k');
  if (typeof k !== 'string') return { ok: false, message: 'a symmetric (oct) key needs "k" as a string' };
  const decoded = decodeBase64Url(k);
  if (!decoded.ok) return { ok: false, message: `"k" is not valid base64url: ${decoded.message}` };
  if (decoded.bytes.length === 0) return { ok: false, message: '"k" is empty' };
  return {
    ok: true,
    key: { kty: 'oct', bits: decoded.bytes.length * 8, ...metadata, isPrivate: true, secret: decoded.bytes },
  };
}

function checkMembers(jwk: KeyJwk): string | undefined {
  for (const member of REQUIRED_MEMBERS[jwk.kty]) {
    if (jwk[member] === undefined) return `an ${jwk.kty} key needs "${member}" as a string`;
  }
  for (const member of BINARY_MEMBERS) {
    const text = jwk[member];
    if (text === undefined) continue;
    const decoded = decodeBase64Url(text);
    if (!decoded.ok) return `"${member}" is not valid base64url: ${decoded.message}`;
  }
  if (jwk.kty === 'RSA') return checkRsaExponent(jwk.e);
  if (jwk.kty === 'AKP') return checkAkpMembers(jwk);
  if (jwk.crv === undefined) return undefined;
  const curve = lookUpCurve(jwk.crv);
  if (curve === undefined) return `curve "${jwk.crv}" is not one JOSE uses`;
  if (curve.kty !== jwk.kty) return `curve "${jwk.crv}" belongs to kty "${curve.kty}", not "${jwk.kty}"`;
  for (const member of ['x', 'y', 'd'] as const) {
    const length = byteLength(jwk[member]);
    if (length !== undefined && length !== curve.bytes) {
      return `"${member}" is ${length} bytes, but ${jwk.crv} needs ${curve.bytes} (RFC 7518 §6.2.1.2)`;
    }
  }
  return undefined;
}

/** An AKP key names its ML-DSA parameter set, whose lengths "pub" and the seed "priv" must have. */
function checkAkpMembers(jwk: KeyJwk): string | undefined {
  const sizes = lookUpMlDsa(jwk.alg ?? '');
  if (sizes === undefined)
    return `an AKP key's "alg" must be ML-DSA-44, ML-DSA-65 or ML-DSA-87, not "${jwk.alg ?? ''}"`;
  const pubLength = byteLength(jwk.pub);
  if (pubLength !== sizes.publicBytes) {
    return `"pub" is ${pubLength ?? 0} bytes, but an ${jwk.alg ?? ''} public key is ${sizes.publicBytes}`;
  }
  const privLength = byteLength(jwk.priv);
  if (privLength !== undefined && privLength !== ML_DSA_SEED_BYTES) {
    return `"priv" is ${privLength} bytes, but an ML-DSA private key is the ${ML_DSA_SEED_BYTES}-byte seed`;
  }
  return undefined;
}

type Metadata = Pick<KeyCandidate, 'kid' | 'alg' | 'use' | 'keyOps'>;

/** kid, alg, use and key_ops (RFC 7517 §4.2–4.5); a message when one has the wrong type. */
function readMetadata(value: object): Metadata | string {
  const metadata: Metadata = {};
  for (const member of ['kid', 'alg', 'use'] as const) {
    const found = readMember(value, member);
    if (found === undefined) continue;
    if (typeof found !== 'string') return `"${member}" must be a string`;
    metadata[member] = found;
  }
  const keyOps = readMember(value, 'key_ops');
  if (keyOps !== undefined) {
    const isValid =
      Array.isArray(keyOps) && keyOps.every((op) => typeof op === 'string') && new Set(keyOps).size === keyOps.length;
    if (!isValid) return '"key_ops" must be an array of distinct strings';
    metadata.keyOps = keyOps.filter((op): op is string => typeof op === 'string');
  }
  return metadata;
}

function readMember(value: object, name: string): unknown {
  return Object.hasOwn(value, name) ? (Reflect.get(value, name) as unknown) : undefined;
}

function byteLength(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const decoded = decodeBase64Url(text);
  return decoded.ok ? decoded.bytes.length : undefined;
}
