import { lookUpJweAlgorithm, lookUpJweEncryption, lookUpJwsAlgorithm } from '../algorithms/registry';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../types';

const AS_ERROR = { severity: 'error' } as const;

/** Refuses a JWS `alg` the registry does not have or marks unsupported (RFC 7518 §3.1). */
export function checkSigningAlg(alg: string): Finding | null {
  const entry = lookUpJwsAlgorithm(alg);
  if (entry === undefined) {
    const what = lookUpJweAlgorithm(alg) === undefined ? 'not a JWS algorithm' : 'a JWE algorithm, not a signature one';
    return makeFinding('alg-invalid', `"${alg}" is ${what} (RFC 7518 §3.1).`, AS_ERROR);
  }
  return entry.support === 'supported' ? null : refuse(alg, entry.unsupportedReason, entry.ref);
}

/** Refuses a JWE `alg` or `enc` the registry does not have or marks unsupported (RFC 7518 §4.1, §5.1). */
export function checkEncryptionAlgs(alg: string, enc: string): Finding | null {
  const entry = lookUpJweAlgorithm(alg);
  if (entry === undefined) {
    const what =
      lookUpJwsAlgorithm(alg) === undefined
        ? 'not a JWE key management algorithm'
        : 'a signature algorithm, not a JWE one';
    return makeFinding('alg-invalid', `"${alg}" is ${what} (RFC 7518 §4.1).`, AS_ERROR);
  }
  if (entry.support !== 'supported') return refuse(alg, entry.unsupportedReason, entry.ref);
  const encryption = lookUpJweEncryption(enc);
  if (encryption === undefined) {
    return makeFinding('enc-invalid', `"${enc}" is not a JWE content encryption algorithm (RFC 7518 §5.1).`, AS_ERROR);
  }
  return encryption.support === 'supported' ? null : refuse(enc, encryption.unsupportedReason, encryption.ref);
}

/** A warning for a JWE `alg` that is made on request but deprecated: RSA1_5 (RFC 8725 §3.2). */
export function warnEncryptionAlg(alg: string): Finding | null {
  if (lookUpJweAlgorithm(alg)?.family !== 'RSA1_5') return null;
  return makeFinding(
    'alg-deprecated',
    'RSA1_5 is deprecated (RFC 8725 §3.2): a recipient that decrypts it can be a Bleichenbacher padding oracle. Use RSA-OAEP-256 unless a legacy recipient needs it.',
  );
}

function refuse(name: string, reason: string | undefined, ref: string): Finding {
  return makeFinding(
    'alg-unsupported',
    `${name} is unsupported in Chromium’s WebCrypto, so JWT Lens cannot make it: ${reason ?? 'no reason recorded'} (${ref}).`,
    AS_ERROR,
  );
}
