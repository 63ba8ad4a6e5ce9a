import {
  lookUpJweAlgorithm,
  lookUpJweEncryption,
  lookUpJwsAlgorithm,
  type JweAlgorithm,
  type JweEncryption,
} from '../algorithms/registry';
import type { KeyCandidate } from './types';

/** The decoder verifies and decrypts; the issuer signs and encrypts. */
export type KeyOperation = 'verify' | 'decrypt' | 'sign' | 'encrypt';
export type KeyFit =
  { fits: true } | { fits: false; code: 'key-alg-mismatch' | 'key-wrong-use' | 'alg-unsupported'; reason: string };

/** What a JWK's "use" must be, and which "key_ops" allow the operation (RFC 7517 §4.2–4.3). */
const INTENDED_USE: Readonly<Record<KeyOperation, { use: string; keyOps: readonly string[]; noun: string }>> = {
  // The public half of a signing key verifies its signatures, so "sign" allows verifying too.
  verify: { use: 'sig', keyOps: ['verify', 'sign'], noun: 'verification' },
  decrypt: { use: 'enc', keyOps: ['decrypt', 'unwrapKey', 'deriveKey', 'deriveBits'], noun: 'decryption' },
  sign: { use: 'sig', keyOps: ['sign'], noun: 'signing' },
  // Likewise the public half of a decryption key encrypts to it.
  encrypt: {
    use: 'enc',
    keyOps: ['encrypt', 'wrapKey', 'deriveKey', 'deriveBits', 'decrypt', 'unwrapKey'],
    noun: 'encryption',
  },
};

/** The operations that need the private key (or the secret). */
const NEEDS_PRIVATE: Readonly<Record<KeyOperation, boolean>> = {
  verify: false,
  decrypt: true,
  sign: true,
  encrypt: false,
};

/**
 * Says whether a key can verify or sign (JWS, RFC 7515 §5.1–5.2), or decrypt or encrypt (JWE, RFC 7516
 * §5.1–5.2) with `alg`, and if not, why, with a finding code: the key type and curve must fit the
 * algorithm (RFC 7518 §3–4, RFC 8725 §3.1), a symmetric key must have the exact length, signing and
 * decryption need the private key, and the JWK's "use", "key_ops" and "alg" must not say otherwise
 * (RFC 7517 §4.2–4.4). For `dir`, pass `enc` to check the key length against it.
 */
export function checkKeyFits(candidate: KeyCandidate, alg: string, operation: KeyOperation, enc?: string): KeyFit {
  const isJws = operation === 'verify' || operation === 'sign';
  const problem = isJws ? checkForJws(candidate, alg, operation) : checkForJwe(candidate, alg, enc, operation);
  if (problem !== undefined) return problem;
  if (NEEDS_PRIVATE[operation] && candidate.kty !== 'oct' && candidate.privateJwk === undefined) {
    return mismatch(`${INTENDED_USE[operation].noun} needs the private key; this is a public key only`);
  }
  const useProblem = checkIntendedUse(candidate, alg, operation, enc);
  if (useProblem !== undefined) return { fits: false, code: 'key-wrong-use', reason: useProblem };
  return { fits: true };
}

function checkForJws(candidate: KeyCandidate, alg: string, operation: KeyOperation): KeyFit | undefined {
  const entry = lookUpJwsAlgorithm(alg);
  if (entry === undefined) return unsupported(describeUnknown(alg, operation));
  if (entry.support === 'unsupported') return unsupported(`${alg} cannot run here: ${entry.unsupportedReason ?? ''}`);
  if (entry.family === 'HMAC' && candidate.kty !== 'oct') {
    return mismatch(
      `${alg} (HMAC) needs the shared secret, and this is ${describeKind(candidate)}: ` +
        'never use public-key bytes as an HMAC secret (that is the algorithm-confusion attack, RFC 8725 §2.1)',
    );
  }
  // An AKP key is for the one ML-DSA parameter set its "alg" names (draft-ietf-cose-dilithium §3).
  if (entry.kty === 'AKP' && candidate.kty === 'AKP' && candidate.alg !== alg) {
    return mismatch(`${alg} needs an ${alg} key; this is ${describeKind(candidate)}`);
  }
  return mismatch(checkTypeAndCurve(candidate, alg, [entry.kty], entry.curves));
}

function checkForJwe(
  candidate: KeyCandidate,
  alg: string,
  enc: string | undefined,
  operation: KeyOperation,
): KeyFit | undefined {
  const entry = lookUpJweAlgorithm(alg);
  if (entry === undefined) return unsupported(describeUnknown(alg, operation));
  if (entry.support === 'unsupported') return unsupported(`${alg} cannot run here: ${entry.unsupportedReason ?? ''}`);
  const encryption = enc === undefined ? undefined : lookUpJweEncryption(enc);
  if (enc !== undefined && encryption === undefined) {
    return unsupported(`"${enc}" is not a JWE content encryption algorithm`);
  }
  if (encryption?.support === 'unsupported') {
    return unsupported(`${encryption.enc} cannot run here: ${encryption.unsupportedReason ?? ''}`);
  }
  return mismatch(checkJweKeyType(candidate, entry, encryption));
}

function checkJweKeyType(
  candidate: KeyCandidate,
  entry: JweAlgorithm,
  encryption: JweEncryption | undefined,
): string | undefined {
  if (entry.kty === 'password') {
    return candidate.kty === 'oct'
      ? undefined
      : `${entry.alg} needs a password (paste it as a secret); this is ${describeKind(candidate)}`;
  }
  // ECDH-ES takes EC keys on the NIST curves and OKP keys on X25519 (RFC 8037 §3.2).
  const ktys = entry.family === 'ECDH-ES' || entry.family === 'ECDH-ES+KW' ? ['EC', 'OKP'] : [entry.kty];
  const typeProblem = checkTypeAndCurve(candidate, entry.alg, ktys, entry.curves);
  if (typeProblem !== undefined || candidate.kty !== 'oct') return typeProblem;
  const neededBits = entry.family === 'dir' ? encryption?.keyBits : entry.keyBits;
  if (neededBits === undefined || candidate.bits === undefined || candidate.bits === neededBits) return undefined;
  const purpose = entry.family === 'dir' && encryption !== undefined ? `dir with ${encryption.enc}` : entry.alg;
  return `${purpose} needs a key of exactly ${describeLength(neededBits)}; this one is ${describeLength(candidate.bits)}`;
}

function checkTypeAndCurve(
  candidate: KeyCandidate,
  alg: string,
  ktys: string[],
  curves: string[] | undefined,
): string | undefined {
  const needed = describeNeed(ktys, curves);
  if (!ktys.includes(candidate.kty)) return `${alg} needs ${needed}; this is ${describeKind(candidate)}`;
  if (curves !== undefined && !curves.includes(candidate.crv ?? '')) {
    return `${alg} needs ${needed}; this is ${describeKind(candidate)}`;
  }
  return undefined;
}

function checkIntendedUse(
  candidate: KeyCandidate,
  alg: string,
  operation: KeyOperation,
  enc: string | undefined,
): string | undefined {
  const intended = INTENDED_USE[operation];
  if (candidate.use !== undefined && candidate.use !== intended.use) {
    return `the key’s "use" is "${candidate.use}", but ${intended.noun} needs "${intended.use}"`;
  }
  if (candidate.keyOps !== undefined && !candidate.keyOps.some((op) => intended.keyOps.includes(op))) {
    return `the key’s "key_ops" (${candidate.keyOps.join(', ') || 'empty'}) allow no ${intended.noun}`;
  }
  // A dir key names the content encryption it is for (RFC 7520 §5.6 uses "alg": "A128GCM").
  const isAllowedAlg = candidate.alg === alg || (alg === 'dir' && candidate.alg === enc);
  if (candidate.alg !== undefined && !isAllowedAlg) {
    return `the key’s "alg" is "${candidate.alg}", not "${alg}"`;
  }
  return undefined;
}

function describeUnknown(alg: string, operation: KeyOperation): string {
  const isJws = operation === 'verify' || operation === 'sign';
  if (isJws && lookUpJweAlgorithm(alg) !== undefined) return `${alg} is a JWE algorithm, not a signature algorithm`;
  if (!isJws && lookUpJwsAlgorithm(alg) !== undefined) return `${alg} is a signature algorithm, not a JWE algorithm`;
  return `"${alg}" is not an algorithm JWT Lens knows`;
}

function describeNeed(ktys: string[], curves: string[] | undefined): string {
  const on =
    curves === undefined
      ? ''
      : ` on ${curves.slice(0, -1).join(', ')}${curves.length > 1 ? ' or ' : ''}${curves.at(-1) ?? ''}`;
  if (ktys.includes('RSA')) return 'an RSA key';
  if (ktys.includes('oct')) return 'a symmetric key (a secret)';
  if (ktys.includes('AKP')) return 'an AKP (ML-DSA) key';
  return `${ktys.length > 1 ? 'an EC or OKP' : `an ${ktys.join('')}`} key${on}`;
}

function describeKind(candidate: KeyCandidate): string {
  switch (candidate.kty) {
    case 'RSA':
      return 'an RSA key';
    case 'EC':
      return `an EC key on ${candidate.crv ?? 'an unknown curve'}`;
    case 'OKP':
      return `an ${candidate.crv ?? 'OKP'} key`;
    case 'AKP':
      return `an ${candidate.alg ?? 'AKP'} key`;
    case 'oct':
      return 'a symmetric key (a secret)';
  }
}

function describeLength(bits: number): string {
  return `${bits} bits (${bits / 8} bytes)`;
}

function unsupported(reason: string): KeyFit {
  return { fits: false, code: 'alg-unsupported', reason };
}

function mismatch(reason: string): KeyFit;
function mismatch(reason: string | undefined): KeyFit | undefined;
function mismatch(reason: string | undefined): KeyFit | undefined {
  return reason === undefined ? undefined : { fits: false, code: 'key-alg-mismatch', reason };
}
