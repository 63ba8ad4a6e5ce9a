/**
 * Everything JWT Lens knows about each JOSE algorithm, in one table per kind: the engine reads it to pick
 * keys and WebCrypto parameters, the lints read `minKeyBits` and `support`, and the explanations read
 * `explanation` and `ref`. Registered names: RFC 7518 §3.1, §4.1, §5.1; RFC 8037; RFC 9864.
 *
 * `support` is the same in Node and every browser on purpose, and so is `engine`: what WebCrypto has runs
 * on jose; the signatures Chromium's WebCrypto lacks (ES256K, Ed448, ML-DSA — draft-ietf-cose-dilithium)
 * run on @noble/curves and @noble/post-quantum everywhere, so the verdict never depends on where the report
 * was computed. An entry that is still 'unsupported' says why. EdDSA is 'jose' for Ed25519; a key on a
 * curve WebCrypto lacks (Ed448, keys/curves.ts) runs on 'noble' whatever the alg.
 */

/** JWK key types (RFC 7518 §6.1, RFC 8037 §2); 'AKP' holds an ML-DSA key (draft-ietf-cose-dilithium). */
export type KeyType = 'RSA' | 'EC' | 'OKP' | 'AKP' | 'oct';
export type Support = 'supported' | 'unsupported';
/**
 * What runs an algorithm: 'jose' is jose over WebCrypto, the path for everything WebCrypto has; the others
 * are audited libraries for what WebCrypto lacks, loaded lazily only when a token or key needs them
 * ('noble': @noble/curves, @noble/ciphers, @noble/hashes, @noble/post-quantum; 'forge': node-forge).
 */
export type Engine = 'jose' | 'noble' | 'forge';

export interface JwsAlgorithm {
  alg: string;
  family: 'HMAC' | 'RSASSA-PKCS1-v1_5' | 'RSASSA-PSS' | 'ECDSA' | 'EdDSA' | 'ML-DSA';
  kty: KeyType;
  /** Curves (`crv`) the key must be on, for ECDSA and EdDSA. */
  curves?: string[];
  hash?: 'SHA-256' | 'SHA-384' | 'SHA-512';
  /** Below this, `key-weak` (a warning, never a refusal): RSA modulus bits, or HMAC secret bits. */
  minKeyBits?: number;
  support: Support;
  unsupportedReason?: string;
  engine: Engine;
  /** The WebCrypto algorithm that runs it, in plain words. */
  webCrypto: string;
  explanation: string;
  ref: string;
}

export interface JweAlgorithm {
  alg: string;
  family: 'RSA-OAEP' | 'RSA1_5' | 'AES-KW' | 'AES-GCM-KW' | 'ECDH-ES' | 'ECDH-ES+KW' | 'PBES2' | 'dir';
  /** The key type; ECDH-ES also takes an OKP X25519 or X448 key (see `curves`), PBES2 a password. */
  kty: KeyType | 'password';
  /** Exact length of the symmetric key (AES-KW, AES-GCM-KW), or of the derived wrapping key. */
  keyBits?: number;
  curves?: string[];
  /** Below this, `key-weak`: RSA modulus bits. */
  minKeyBits?: number;
  support: Support;
  unsupportedReason?: string;
  engine: Engine;
  webCrypto: string;
  explanation: string;
  ref: string;
}

export interface JweEncryption {
  enc: string;
  /** Length of the content encryption key (for `dir`, the length of the shared key). */
  keyBits: number;
  ivBytes: number;
  tagBytes: number;
  /** AES-CBC ciphertext is a non-zero multiple of the 16-byte block (RFC 7518 §5.2.2.1). */
  isBlockCipher: boolean;
  support: Support;
  unsupportedReason?: string;
  engine: Engine;
  webCrypto: string;
  explanation: string;
  ref: string;
}

/** Chromium's WebCrypto has no 192-bit AES: those entries run on @noble/ciphers everywhere. */
const engineFor = (bits: number): Engine => (bits === 192 ? 'noble' : 'jose');
const viaNoble = (bits: number): string => (bits === 192 ? ' via @noble' : '');

const NIST_CURVES = ['P-256', 'P-384', 'P-521'];
const ECDH_CURVES = [...NIST_CURVES, 'X25519', 'X448'];
/** X448 is not in WebCrypto: key agreement on it runs on @noble/curves (RFC 8037 §3.2). */
const ECDH_STEPS = 'ECDH or X25519 (X448 via @noble), Concat KDF with SHA-256';

function hmac(bits: 256 | 384 | 512): JwsAlgorithm {
  return {
    alg: `HS${bits}`,
    family: 'HMAC',
    kty: 'oct',
    hash: `SHA-${bits}`,
    minKeyBits: bits,
    support: 'supported',
    engine: 'jose',
    webCrypto: `HMAC with SHA-${bits}`,
    explanation: `HMAC with SHA-${bits}: a shared secret both signs and verifies, so every verifier can also forge tokens.`,
    ref: 'RFC 7518 §3.2',
  };
}

function rsa(bits: 256 | 384 | 512, isPss: boolean): JwsAlgorithm {
  const hash = `SHA-${bits}` as const;
  return {
    alg: `${isPss ? 'PS' : 'RS'}${bits}`,
    family: isPss ? 'RSASSA-PSS' : 'RSASSA-PKCS1-v1_5',
    kty: 'RSA',
    hash,
    minKeyBits: 2048,
    support: 'supported',
    engine: 'jose',
    webCrypto: isPss ? `RSA-PSS with ${hash}, salt length ${bits / 8} bytes` : `RSASSA-PKCS1-v1_5 with ${hash}`,
    explanation: `RSA signature with ${isPss ? 'PSS' : 'PKCS #1 v1.5'} padding and ${hash}: the private key signs, the public key verifies.`,
    ref: isPss ? 'RFC 7518 §3.5' : 'RFC 7518 §3.3',
  };
}

function ecdsa(bits: 256 | 384 | 512, curve: string): JwsAlgorithm {
  const hash = `SHA-${bits}` as const;
  return {
    alg: `ES${bits}`,
    family: 'ECDSA',
    kty: 'EC',
    curves: [curve],
    hash,
    support: 'supported',
    engine: 'jose',
    webCrypto: `ECDSA on ${curve} with ${hash}`,
    explanation: `ECDSA on the ${curve} curve with ${hash}; the signature is the raw R ‖ S pair, not DER.`,
    ref: 'RFC 7518 §3.4',
  };
}

/** An EdDSA alg named for its curve (RFC 9864 §2.2); Ed448 runs on @noble/curves. */
function fullyNamedEdDsa(crv: 'Ed25519' | 'Ed448', engine: Engine): JwsAlgorithm {
  return {
    alg: crv,
    family: 'EdDSA',
    kty: 'OKP',
    curves: [crv],
    support: 'supported',
    engine,
    webCrypto: engine === 'jose' ? crv : `${crv} via @noble/curves`,
    explanation: `${crv} signature, named fully so the algorithm alone fixes the curve.`,
    ref: 'RFC 9864 §2.2',
  };
}

/** ML-DSA (FIPS 204) over the JWS signing input with an empty context; an "AKP" key (draft-ietf-cose-dilithium). */
function mlDsa(level: 44 | 65 | 87): JwsAlgorithm {
  return {
    alg: `ML-DSA-${level}`,
    family: 'ML-DSA',
    kty: 'AKP',
    support: 'supported',
    engine: 'noble',
    webCrypto: `ML-DSA-${level} via @noble/post-quantum`,
    explanation: `Post-quantum ML-DSA-${level} signature (FIPS 204).`,
    ref: 'RFC 9964',
  };
}

export const JWS_ALGORITHMS: Readonly<Record<string, JwsAlgorithm>> = {
  HS256: hmac(256),
  HS384: hmac(384),
  HS512: hmac(512),
  RS256: rsa(256, false),
  RS384: rsa(384, false),
  RS512: rsa(512, false),
  PS256: rsa(256, true),
  PS384: rsa(384, true),
  PS512: rsa(512, true),
  ES256: ecdsa(256, 'P-256'),
  ES384: ecdsa(384, 'P-384'),
  ES512: ecdsa(512, 'P-521'),
  ES256K: {
    ...ecdsa(256, 'secp256k1'),
    alg: 'ES256K',
    engine: 'noble',
    webCrypto: 'secp256k1 ECDSA via @noble/curves',
    ref: 'RFC 8812 §3.2',
  },
  EdDSA: {
    alg: 'EdDSA',
    family: 'EdDSA',
    kty: 'OKP',
    curves: ['Ed25519', 'Ed448'],
    support: 'supported',
    engine: 'jose',
    webCrypto: 'Ed25519; Ed448 via @noble/curves',
    explanation: 'Edwards-curve signature; the curve is the key’s "crv".',
    ref: 'RFC 8037 §3.1',
  },
  Ed25519: fullyNamedEdDsa('Ed25519', 'jose'),
  Ed448: fullyNamedEdDsa('Ed448', 'noble'),
  'ML-DSA-44': mlDsa(44),
  'ML-DSA-65': mlDsa(65),
  'ML-DSA-87': mlDsa(87),
};

function rsaOaep(hash: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512'): JweAlgorithm {
  const suffix = hash === 'SHA-1' ? '' : `-${hash.slice(4)}`;
  return {
    alg: `RSA-OAEP${suffix}`,
    family: 'RSA-OAEP',
    kty: 'RSA',
    minKeyBits: 2048,
    support: 'supported',
    engine: 'jose',
    webCrypto: `RSA-OAEP with ${hash} (and MGF1 with ${hash})`,
    explanation: `The content key is encrypted to the recipient’s RSA public key with OAEP padding and ${hash}.`,
    ref: hash === 'SHA-1' || hash === 'SHA-256' ? 'RFC 7518 §4.3' : 'RFC 7518 §4.3 (IANA JOSE registry variant)',
  };
}

function aesKw(bits: 128 | 192 | 256, isGcm: boolean): JweAlgorithm {
  return {
    alg: `A${bits}${isGcm ? 'GCMKW' : 'KW'}`,
    family: isGcm ? 'AES-GCM-KW' : 'AES-KW',
    kty: 'oct',
    keyBits: bits,
    support: 'supported',
    engine: engineFor(bits),
    webCrypto: `${isGcm ? 'AES-GCM' : 'AES-KW'} with a ${bits}-bit key${viaNoble(bits)}`,
    explanation: isGcm
      ? `The content key is encrypted with AES-GCM under a shared ${bits}-bit key; the header carries "iv" and "tag".`
      : `The content key is wrapped (RFC 3394) with a shared ${bits}-bit key.`,
    ref: isGcm ? 'RFC 7518 §4.7' : 'RFC 7518 §4.4',
  };
}

function ecdhEsKw(bits: 128 | 192 | 256): JweAlgorithm {
  return {
    alg: `ECDH-ES+A${bits}KW`,
    family: 'ECDH-ES+KW',
    kty: 'EC',
    keyBits: bits,
    curves: ECDH_CURVES,
    support: 'supported',
    engine: engineFor(bits),
    webCrypto: `${ECDH_STEPS}, then AES-KW with a ${bits}-bit key${viaNoble(bits)}`,
    explanation: `Key agreement with the sender’s ephemeral key ("epk") gives a ${bits}-bit key that wraps the content key.`,
    ref: 'RFC 7518 §4.6, RFC 8037 §3.2',
  };
}

function pbes2(bits: 256 | 384 | 512, kwBits: 128 | 192 | 256): JweAlgorithm {
  return {
    alg: `PBES2-HS${bits}+A${kwBits}KW`,
    family: 'PBES2',
    kty: 'password',
    keyBits: kwBits,
    support: 'supported',
    engine: engineFor(kwBits),
    webCrypto: `PBKDF2 with HMAC SHA-${bits}, then AES-KW with a ${kwBits}-bit key${viaNoble(kwBits)}`,
    explanation: `A password, salted ("p2s") and stretched "p2c" times, gives a ${kwBits}-bit key that wraps the content key.`,
    ref: 'RFC 7518 §4.8',
  };
}

export const JWE_ALGORITHMS: Readonly<Record<string, JweAlgorithm>> = {
  RSA1_5: {
    alg: 'RSA1_5',
    family: 'RSA1_5',
    kty: 'RSA',
    minKeyBits: 2048,
    support: 'supported',
    engine: 'forge',
    webCrypto: 'RSAES-PKCS1-v1_5 via node-forge',
    explanation:
      'Deprecated (RFC 8725 §3.2): open to Bleichenbacher’s padding oracle. Debug it here; servers must refuse it.',
    ref: 'RFC 7518 §4.2',
  },
  'RSA-OAEP': rsaOaep('SHA-1'),
  'RSA-OAEP-256': rsaOaep('SHA-256'),
  'RSA-OAEP-384': rsaOaep('SHA-384'),
  'RSA-OAEP-512': rsaOaep('SHA-512'),
  A128KW: aesKw(128, false),
  A192KW: aesKw(192, false),
  A256KW: aesKw(256, false),
  A128GCMKW: aesKw(128, true),
  A192GCMKW: aesKw(192, true),
  A256GCMKW: aesKw(256, true),
  dir: {
    alg: 'dir',
    family: 'dir',
    kty: 'oct',
    support: 'supported',
    engine: 'jose',
    webCrypto: 'none: the shared key is the content key',
    explanation: 'The shared symmetric key is used directly as the content key; its length must fit "enc".',
    ref: 'RFC 7518 §4.5',
  },
  'ECDH-ES': {
    alg: 'ECDH-ES',
    family: 'ECDH-ES',
    kty: 'EC',
    curves: ECDH_CURVES,
    support: 'supported',
    engine: 'jose',
    webCrypto: ECDH_STEPS,
    explanation: 'Key agreement with the sender’s ephemeral key ("epk") gives the content key directly.',
    ref: 'RFC 7518 §4.6, RFC 8037 §3.2',
  },
  'ECDH-ES+A128KW': ecdhEsKw(128),
  'ECDH-ES+A192KW': ecdhEsKw(192),
  'ECDH-ES+A256KW': ecdhEsKw(256),
  'PBES2-HS256+A128KW': pbes2(256, 128),
  'PBES2-HS384+A192KW': pbes2(384, 192),
  'PBES2-HS512+A256KW': pbes2(512, 256),
};

function aesGcm(bits: 128 | 192 | 256): JweEncryption {
  return {
    enc: `A${bits}GCM`,
    keyBits: bits,
    ivBytes: 12,
    tagBytes: 16,
    isBlockCipher: false,
    support: 'supported',
    engine: engineFor(bits),
    webCrypto: `AES-GCM with a ${bits}-bit key${viaNoble(bits)}`,
    explanation: `AES-GCM with a ${bits}-bit key, a 96-bit IV and a 128-bit tag; the protected header is the AAD.`,
    ref: 'RFC 7518 §5.3',
  };
}

function aesCbcHmac(aesBits: 128 | 192 | 256): JweEncryption {
  const macBits = aesBits * 2;
  return {
    enc: `A${aesBits}CBC-HS${macBits}`,
    keyBits: macBits,
    ivBytes: 16,
    tagBytes: aesBits / 8,
    isBlockCipher: true,
    support: 'supported',
    engine: engineFor(aesBits),
    webCrypto: `AES-CBC with a ${aesBits}-bit key, then HMAC SHA-${macBits} truncated to ${aesBits} bits${viaNoble(aesBits)}`,
    explanation: `AES-CBC encrypts, HMAC SHA-${macBits} authenticates; the key’s halves are the MAC and AES keys.`,
    ref: 'RFC 7518 §5.2',
  };
}

export const JWE_ENCRYPTIONS: Readonly<Record<string, JweEncryption>> = {
  A128GCM: aesGcm(128),
  A192GCM: aesGcm(192),
  A256GCM: aesGcm(256),
  'A128CBC-HS256': aesCbcHmac(128),
  'A192CBC-HS384': aesCbcHmac(192),
  'A256CBC-HS512': aesCbcHmac(256),
};

/** The registry entry for a JWS `alg` (RFC 7515 §4.1.1); own entries only, so "__proto__" is unknown. */
export function lookUpJwsAlgorithm(alg: string): JwsAlgorithm | undefined {
  return Object.hasOwn(JWS_ALGORITHMS, alg) ? JWS_ALGORITHMS[alg] : undefined;
}

/** The registry entry for a JWE key-management `alg` (RFC 7516 §4.1.1). */
export function lookUpJweAlgorithm(alg: string): JweAlgorithm | undefined {
  return Object.hasOwn(JWE_ALGORITHMS, alg) ? JWE_ALGORITHMS[alg] : undefined;
}

/** The registry entry for a JWE content encryption `enc` (RFC 7516 §4.1.2). */
export function lookUpJweEncryption(enc: string): JweEncryption | undefined {
  return Object.hasOwn(JWE_ENCRYPTIONS, enc) ? JWE_ENCRYPTIONS[enc] : undefined;
}

/**
 * True for "none" in any casing (RFC 7518 §3.6). Names are case-sensitive, but some libraries have
 * matched "None" or "NONE" loosely, so every casing is treated as an attempt at an unsecured token.
 */
export function isUnsecuredAlg(alg: unknown): boolean {
  return typeof alg === 'string' && alg.toLowerCase() === 'none';
}
