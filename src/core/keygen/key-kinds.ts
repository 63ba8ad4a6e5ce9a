import type { KeyType } from '../algorithms/registry';

export type KeyKind =
  | 'RSA-2048'
  | 'RSA-3072'
  | 'RSA-4096'
  | 'EC-P-256'
  | 'EC-P-384'
  | 'EC-P-521'
  | 'Ed25519'
  | 'X25519'
  | 'oct-256'
  | 'oct-384'
  | 'oct-512';

/** What a key is for, as the JWK "use" says it (RFC 7517 §4.2). */
export type KeyPurpose = 'sig' | 'enc';

export interface KeyKindInfo {
  kty: KeyType;
  /** In plain words, for the label: "RSA 2048-bit key pair". */
  description: string;
  /** The purposes it can serve here, the default first. */
  purposes: readonly KeyPurpose[];
  /** The alg jose generates it for, per purpose: generateKeyPair, or generateSecret for oct. */
  generateAlg: Readonly<Partial<Record<KeyPurpose, string>>>;
  crv?: string;
  modulusLength?: number;
}

function rsa(bits: 2048 | 3072 | 4096): KeyKindInfo {
  return {
    kty: 'RSA',
    description: `RSA ${bits}-bit key pair`,
    purposes: ['sig', 'enc'],
    // The key bytes do not depend on the alg; it only tags the CryptoKey jose makes.
    generateAlg: { sig: 'RS256', enc: 'RSA-OAEP-256' },
    modulusLength: bits,
  };
}

function ec(crv: 'P-256' | 'P-384' | 'P-521', signAlg: string): KeyKindInfo {
  return {
    kty: 'EC',
    description: `EC ${crv} key pair`,
    purposes: ['sig', 'enc'],
    generateAlg: { sig: signAlg, enc: 'ECDH-ES' },
    crv,
  };
}

function secret(bits: 256 | 384 | 512, purposes: readonly KeyPurpose[]): KeyKindInfo {
  const generateAlg = `HS${bits}`;
  return {
    kty: 'oct',
    description: `${bits}-bit random secret`,
    purposes,
    // HMAC key generation is simply `bits` random bits, whatever the secret is used for.
    generateAlg: { sig: generateAlg, enc: generateAlg },
  };
}

/**
 * The keys JWT Lens can generate (RFC 7518 §6, RFC 8037 §2). A 384-bit secret only signs (HS256, HS384)
 * here: the one encryption that takes it (dir with A192CBC-HS384) needs 192-bit AES, which
 * Chromium lacks. Ed25519 only signs and X25519 only agrees keys (RFC 8037 §3.1–3.2).
 */
export const KEY_KINDS: Readonly<Record<KeyKind, KeyKindInfo>> = {
  'RSA-2048': rsa(2048),
  'RSA-3072': rsa(3072),
  'RSA-4096': rsa(4096),
  'EC-P-256': ec('P-256', 'ES256'),
  'EC-P-384': ec('P-384', 'ES384'),
  'EC-P-521': ec('P-521', 'ES512'),
  Ed25519: {
    kty: 'OKP',
    description: 'Ed25519 key pair',
    purposes: ['sig'],
    generateAlg: { sig: 'Ed25519' },
    crv: 'Ed25519',
  },
  X25519: {
    kty: 'OKP',
    description: 'X25519 key pair',
    purposes: ['enc'],
    generateAlg: { enc: 'ECDH-ES' },
    crv: 'X25519',
  },
  'oct-256': secret(256, ['sig', 'enc']),
  'oct-384': secret(384, ['sig']),
  'oct-512': secret(512, ['sig', 'enc']),
};
