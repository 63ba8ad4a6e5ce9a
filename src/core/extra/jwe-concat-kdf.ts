import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';

function uint32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value);
  return bytes;
}

const withLength = (data: Uint8Array): Uint8Array => concatBytes(uint32(data.length), data);

/**
 * The Concat KDF (NIST SP 800-56A §5.8.1) framed as ECDH-ES frames it (RFC 7518 §4.6.2): rounds of SHA-256
 * over counter ‖ Z ‖ AlgorithmID ‖ PartyUInfo ‖ PartyVInfo ‖ SuppPubInfo, each datum length-prefixed.
 * `algorithmId` is "enc" for direct key agreement and "alg" for ECDH-ES+A*KW.
 */
export function deriveConcatKdf(
  sharedSecret: Uint8Array,
  keyBits: number,
  algorithmId: string,
  apu: Uint8Array,
  apv: Uint8Array,
): Uint8Array {
  const otherInfo = concatBytes(
    withLength(utf8ToBytes(algorithmId)),
    withLength(apu),
    withLength(apv),
    uint32(keyBits),
  );
  const rounds = Math.ceil(keyBits / 256);
  const output = new Uint8Array(rounds * 32);
  for (let round = 0; round < rounds; round += 1) {
    output.set(sha256(concatBytes(uint32(round + 1), sharedSecret, otherInfo)), round * 32);
  }
  return output.slice(0, keyBits / 8);
}
