import { CompactEncrypt, FlattenedEncrypt, GeneralEncrypt, type JWEKeyManagementHeaderParameters } from 'jose';
import type { JoseHeader } from './build-protected-header';
import { toJson } from './sign-payload';
import type { IssueSerialization } from './types';

/**
 * Encrypts `plaintext` to one recipient under `header` in the chosen serialization (RFC 7516 §5.1, §7.1,
 * §7.2.1, §7.2.2), everything in the protected header. `p2c` is passed for PBES2 (RFC 7518 §4.8.1.2);
 * the salt, ephemeral key and IV come from jose.
 */
export async function encryptPayload(
  plaintext: Uint8Array,
  header: JoseHeader & { enc: string },
  key: CryptoKey | Uint8Array,
  serialization: IssueSerialization,
  p2c: number | undefined,
): Promise<string> {
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
