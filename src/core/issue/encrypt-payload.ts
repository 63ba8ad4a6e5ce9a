import { CompactEncrypt, FlattenedEncrypt, GeneralEncrypt, type JWEKeyManagementHeaderParameters } from 'jose';
import { lookUpJweAlgorithm, lookUpJweEncryption } from '../algorithms/registry';
import { jweEngineFor } from '../extra/jwe-engine-for';
import { loadNobleJwe } from '../extra/load-noble-jwe';
import { importKeyFor, type KeyCandidate } from '../keys';
import type { JoseHeader } from './build-protected-header';
import { toJson } from './sign-payload';
import type { IssueSerialization } from './types';

/**
 * Encrypts `plaintext` to one recipient under `header` in the chosen serialization (RFC 7516 §5.1, §7.1,
 * §7.2.1, §7.2.2), everything in the protected header. `p2c` is passed for PBES2 (RFC 7518 §4.8.1.2);
 * the salt, ephemeral key and IV come from jose — or from the second engine when alg, enc or the key's
 * curve is one WebCrypto lacks (RSA1_5, 192-bit AES, X448), which reads the key's JWK or secret itself.
 */
export async function encryptPayload(
  plaintext: Uint8Array,
  header: JoseHeader & { enc: string },
  candidate: KeyCandidate,
  serialization: IssueSerialization,
  p2c: number | undefined,
): Promise<string> {
  const algorithm = lookUpJweAlgorithm(header.alg);
  const encryption = lookUpJweEncryption(header.enc);
  if (algorithm !== undefined && encryption !== undefined) {
    if (jweEngineFor(algorithm, encryption, candidate.crv ?? null) !== 'jose') {
      const engine = await loadNobleJwe();
      return assemble(await engine.encryptFlattenedJwe(plaintext, header, candidate, p2c), serialization);
    }
  }
  const key = await importKeyFor(candidate, header.alg, 'encrypt', header.enc);
  const parameters: JWEKeyManagementHeaderParameters = p2c === undefined ? {} : { p2c };
  switch (serialization) {
    case 'compact':
      return new CompactEncrypt(plaintext)
        .setProtectedHeader(header)
        .setKeyManagementParameters(parameters)
        .encrypt(key);
    case 'flattened':
      return toJson(
        await new FlattenedEncrypt(plaintext)
          .setProtectedHeader(header)
          .setKeyManagementParameters(parameters)
          .encrypt(key),
      );
    case 'general':
      return toJson(
        await new GeneralEncrypt(plaintext)
          .setProtectedHeader(header)
          .addRecipient(key)
          .setKeyManagementParameters(parameters)
          .encrypt(),
      );
  }
}

/** The serializations of one recipient (RFC 7516 §7.1, §7.2.2, §7.2.1), members in jose's order. */
function assemble(
  jwe: { protected: string; encrypted_key: string; iv: string; ciphertext: string; tag: string },
  serialization: IssueSerialization,
): string {
  const { protected: encodedProtected, encrypted_key: encryptedKey, iv, ciphertext, tag } = jwe;
  const recipient = encryptedKey === '' ? {} : { encrypted_key: encryptedKey };
  switch (serialization) {
    case 'compact':
      return [encodedProtected, encryptedKey, iv, ciphertext, tag].join('.');
    case 'flattened':
      return toJson({ ciphertext, iv, tag, ...recipient, protected: encodedProtected });
    case 'general':
      return toJson({ ciphertext, iv, recipients: [recipient], tag, protected: encodedProtected });
  }
}
