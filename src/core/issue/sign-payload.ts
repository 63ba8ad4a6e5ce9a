import { CompactSign, FlattenedSign, GeneralSign } from 'jose';
import { encodeBase64Url } from '../encoding/base64url';
import { loadNobleJws } from '../extra/load-noble-jws';
import { jwsSigningInput } from '../extra/noble-flattened-jws';
import { isNobleKey, type NobleKey } from '../keys';
import type { JoseHeader } from './build-protected-header';
import type { IssueSerialization } from './types';

/**
 * Signs `payload` under `header` in the chosen serialization (RFC 7515 §5.1, §7.1, §7.2.1, §7.2.2),
 * everything in the protected header. The JSON forms are returned as indented JSON text. A key WebCrypto
 * lacks (secp256k1, Ed448, ML-DSA) is signed with by the noble engine; everything else by jose.
 */
export async function signPayload(
  payload: Uint8Array,
  header: JoseHeader,
  key: CryptoKey | Uint8Array,
  serialization: IssueSerialization,
): Promise<string> {
  if (isNobleKey(key)) return signWithNobleKey(payload, header, key, serialization);
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
 * The same JWS, assembled here and signed by the noble engine: the payload is base64url-encoded unless the
 * header says "b64": false (RFC 7797 §3), and the signature covers `protected.payload` (RFC 7515 §5.1).
 */
async function signWithNobleKey(
  payload: Uint8Array,
  header: JoseHeader,
  key: NobleKey,
  serialization: IssueSerialization,
): Promise<string> {
  const encodedHeader = encodeJsonSegment(header);
  const isUnencoded = Object.hasOwn(header, 'b64') && header.b64 === false;
  const encodedPayload = isUnencoded ? new TextDecoder().decode(payload) : encodeBase64Url(payload);
  const noble = await loadNobleJws();
  const signature = encodeBase64Url(
    await noble.signWithNoble(key, jwsSigningInput(encodedHeader, isUnencoded ? payload : encodedPayload)),
  );
  return assemble(encodedHeader, encodedPayload, signature, serialization);
}

/**
 * An unsecured JWS (RFC 7515 Appendix A.5, RFC 7519 §6.1): the header and payload, base64url-encoded,
 * and an empty signature. No cryptography runs; this only encodes.
 */
export function makeUnsecured(payload: Uint8Array, header: JoseHeader, serialization: IssueSerialization): string {
  const encodedHeader = encodeJsonSegment(header);
  return assemble(encodedHeader, encodeBase64Url(payload), '', serialization);
}

function assemble(
  encodedHeader: string,
  encodedPayload: string,
  signature: string,
  serialization: IssueSerialization,
): string {
  switch (serialization) {
    case 'compact':
      return `${encodedHeader}.${encodedPayload}.${signature}`;
    case 'flattened':
      return toJson({ payload: encodedPayload, protected: encodedHeader, signature });
    case 'general':
      return toJson({ payload: encodedPayload, signatures: [{ protected: encodedHeader, signature }] });
  }
}

/** A JSON value as a base64url segment of its UTF-8 text (a protected header, RFC 7515 §5.1 step 2). */
export function encodeJsonSegment(value: unknown): string {
  return encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));
}

export function toJson(value: object): string {
  return JSON.stringify(value, null, 2);
}
