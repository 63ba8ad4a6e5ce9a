import { CompactSign, FlattenedSign, GeneralSign } from 'jose';
import { encodeBase64Url } from '../encoding/base64url';
import type { JoseHeader } from './build-protected-header';
import type { IssueSerialization } from './types';

/**
 * Signs `payload` under `header` in the chosen serialization (RFC 7515 §5.1, §7.1, §7.2.1, §7.2.2),
 * everything in the protected header. The JSON forms are returned as indented JSON text.
 */
export async function signPayload(
  payload: Uint8Array,
  header: JoseHeader,
  key: CryptoKey | Uint8Array,
  serialization: IssueSerialization,
): Promise<string> {
  switch (serialization) {
    case 'compact':
      return new CompactSign(payload).setProtectedHeader(header).sign(key);
    case 'flattened':
      return toJson(await new FlattenedSign(payload).setProtectedHeader(header).sign(key));
    case 'general':
      return toJson(await new GeneralSign(payload).addSignature(key).setProtectedHeader(header).done().sign());
  }
}

/**
 * An unsecured JWS (RFC 7515 Appendix A.5, RFC 7519 §6.1): the header and payload, base64url-encoded,
 * and an empty signature. No cryptography runs; this only encodes.
 */
export function makeUnsecured(payload: Uint8Array, header: JoseHeader, serialization: IssueSerialization): string {
  const encodedHeader = encodeBase64Url(new TextEncoder().encode(JSON.stringify(header)));
  const encodedPayload = encodeBase64Url(payload);
  switch (serialization) {
    case 'compact':
      return `${encodedHeader}.${encodedPayload}.`;
    case 'flattened':
      return toJson({ payload: encodedPayload, protected: encodedHeader, signature: '' });
    case 'general':
      return toJson({ payload: encodedPayload, signatures: [{ protected: encodedHeader, signature: '' }] });
  }
}

export function toJson(value: object): string {
  return JSON.stringify(value, null, 2);
}
