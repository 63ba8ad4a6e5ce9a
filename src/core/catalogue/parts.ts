import type { PartName } from '../types';

interface PartInfo {
  label: string;
  explanation: string;
}

/** What each serialized part is called and what it holds (RFC 7515 §7, RFC 7516 §7). */
export const PARTS: Record<PartName, PartInfo> = {
  header: {
    label: 'Header',
    explanation: 'The JOSE header: which algorithm protects the token and which key to use. Readable by anyone.',
  },
  payload: {
    label: 'Payload',
    explanation: 'The signed content, usually the JWT claims. Signed is not encrypted: anyone can read it.',
  },
  signature: {
    label: 'Signature',
    explanation: 'Computed over header and payload with the signing key; verifying it needs the matching key.',
  },
  'encrypted-key': {
    label: 'Encrypted key',
    explanation: 'The random content key (CEK), encrypted to the recipient’s key. Empty for "dir" and "ECDH-ES".',
  },
  iv: {
    label: 'IV',
    explanation: 'Initialization vector for the content encryption: random, not secret, never reused.',
  },
  ciphertext: {
    label: 'Ciphertext',
    explanation: 'The encrypted payload. Reading it needs the recipient’s private or shared key.',
  },
  tag: {
    label: 'Tag',
    explanation: 'Authentication tag: proves the ciphertext, IV and header were not changed.',
  },
  aad: {
    label: 'AAD',
    explanation: 'Additional authenticated data (JSON serialization only): protected by the tag, not encrypted.',
  },
  'unprotected-header': {
    label: 'Unprotected header',
    explanation: 'Header members outside the signature or tag (JSON serialization only): anyone can change them.',
  },
  disclosure: {
    label: 'Disclosure',
    explanation:
      'An SD-JWT disclosure: [salt, claim name, value] (or [salt, value] for an array element). Its hash is in the signed payload, so it cannot be changed, only withheld.',
  },
  'kb-header': {
    label: 'Key binding header',
    explanation: 'The key-binding JWT’s header: typ "kb+jwt" and the algorithm of the holder’s key.',
  },
  'kb-payload': {
    label: 'Key binding payload',
    explanation: 'iat, aud and nonce of this presentation, and sd_hash: the hash of the SD-JWT it was made for.',
  },
  'kb-signature': {
    label: 'Key binding signature',
    explanation: 'Made with the holder’s private key, whose public half the issuer put in cnf: proves the holder presented it.',
  },
};
