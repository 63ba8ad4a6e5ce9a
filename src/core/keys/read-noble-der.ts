import { encodeBase64Url } from '../encoding/base64url';
import { lookUpCurve, lookUpMlDsa, ML_DSA_SEED_BYTES } from './curves';
import { contentOf, expectTag, readChildren, readElement, readRoot, TAG } from './der';
import type { DerKeyAlgorithm } from './read-key-algorithm';
import type { KeyJwk } from './types';

/** [0] IMPLICIT OCTET STRING: the seed-only ML-DSA private key (RFC 9881 §6). */
const SEED_TAG = 0x80;

/**
 * The JWK members of a DER key the noble engine runs, read from the bytes its container wraps: an EC
 * point or a SEC1 ECPrivateKey on secp256k1 (RFC 5480 §2.2, RFC 5915 §3), a raw Ed448 or X448 key or a
 * CurvePrivateKey (RFC 8410 §4, §7), an ML-DSA public key or seed (RFC 9881 §4, §6). A private key's
 * public members may be missing; the noble engine derives them. Throws an Error saying what is wrong.
 */
export function readNobleDer(algorithm: DerKeyAlgorithm, format: 'spki' | 'pkcs8'): KeyJwk {
  const { inner } = algorithm;
  if (algorithm.kty === 'AKP') return readMlDsa(algorithm.alg ?? '', inner, format);
  const crv = algorithm.crv ?? '';
  const bytes = lookUpCurve(crv)?.bytes ?? 0;
  if (algorithm.kty === 'EC') return format === 'spki' ? readPoint(crv, inner) : readSec1(crv, inner);
  const raw = format === 'spki' ? inner : contentOf(inner, readRoot(inner, TAG.OCTET_STRING, 'the CurvePrivateKey'));
  if (raw.length !== bytes) throw new Error(`its ${crv} key is ${raw.length} bytes; ${crv} keys are ${bytes}`);
  return { kty: 'OKP', crv, [format === 'spki' ? 'x' : 'd']: encodeBase64Url(raw) };
}

/** An uncompressed SEC1 point 04 ‖ x ‖ y (SEC 1 §2.3.3); compressed points are refused, not guessed at. */
function readPoint(crv: string, point: Uint8Array): KeyJwk {
  if (point[0] !== 0x04 || point.length !== 65) {
    throw new Error('its secp256k1 point is not in the uncompressed form (65 bytes starting 04) that JOSE carries');
  }
  return { kty: 'EC', crv, x: encodeBase64Url(point.subarray(1, 33)), y: encodeBase64Url(point.subarray(33)) };
}

function readSec1(crv: string, sec1: Uint8Array): KeyJwk {
  const children = readChildren(sec1, readRoot(sec1, TAG.SEQUENCE, 'an ECPrivateKey'));
  expectTag(children[0], TAG.INTEGER, 'the ECPrivateKey version');
  expectTag(children[1], TAG.OCTET_STRING, 'the private key octets');
  const d = contentOf(sec1, children[1]);
  if (d.length !== 32) throw new Error(`its secp256k1 private key is ${d.length} bytes; it must be 32`);
  const publicField = children.find((child) => child.tag === TAG.CONTEXT_1);
  const jwk: KeyJwk = { kty: 'EC', crv, d: encodeBase64Url(d) };
  if (publicField === undefined) return jwk;
  const bitString = readElement(sec1, publicField.contentStart, publicField.end);
  expectTag(bitString, TAG.BIT_STRING, 'the SEC1 public key');
  const { x, y } = readPoint(crv, contentOf(sec1, bitString).subarray(1));
  return { ...jwk, ...(x === undefined ? {} : { x }), ...(y === undefined ? {} : { y }) };
}

function readMlDsa(alg: string, inner: Uint8Array, format: 'spki' | 'pkcs8'): KeyJwk {
  const sizes = lookUpMlDsa(alg);
  if (sizes === undefined) throw new Error(`"${alg}" is not an ML-DSA parameter set`);
  if (format === 'spki') {
    if (inner.length !== sizes.publicBytes) {
      throw new Error(`its ${alg} public key is ${inner.length} bytes; it must be ${sizes.publicBytes}`);
    }
    return { kty: 'AKP', alg, pub: encodeBase64Url(inner) };
  }
  const root = readRoot(inner, inner[0] ?? 0, 'the ML-DSA private key');
  let seed: Uint8Array | undefined;
  if (root.tag === SEED_TAG) seed = contentOf(inner, root);
  // "both": SEQUENCE { seed OCTET STRING, expandedKey OCTET STRING } — the seed is what JOSE carries.
  if (root.tag === TAG.SEQUENCE) {
    const [seedField] = readChildren(inner, root);
    expectTag(seedField, TAG.OCTET_STRING, 'the ML-DSA seed');
    seed = contentOf(inner, seedField);
  }
  if (seed === undefined) {
    throw new Error('it holds only the expanded ML-DSA private key; JOSE keys carry the 32-byte seed (RFC 9881 §6)');
  }
  if (seed.length !== ML_DSA_SEED_BYTES) throw new Error(`its ML-DSA seed is ${seed.length} bytes; it must be 32`);
  return { kty: 'AKP', alg, priv: encodeBase64Url(seed) };
}
