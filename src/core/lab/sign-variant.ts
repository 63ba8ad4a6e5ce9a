import { CompactSign, type CompactJWSHeaderParameters } from 'jose';
import { encodeBase64Url } from '../encoding/base64url';
import { encodeJsonSegment } from '../issue/sign-payload';
import { setOwn } from '../json/set-own';
import type { JsonObject } from '../types';

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** A copy of a decoded header with members set (undefined removes one); "__proto__" stays an own key. */
export function withMembers(header: JsonObject, changes: Record<string, unknown>): JsonObject {
  const copy: JsonObject = {};
  for (const [name, value] of Object.entries(header)) if (!Object.hasOwn(changes, name)) setOwn(copy, name, value);
  for (const [name, value] of Object.entries(changes)) if (value !== undefined) setOwn(copy, name, value);
  return copy;
}

/** header.payload.signature with a signature made by hand (empty, zeros): no key is involved. */
export function assembleUnsigned(header: JsonObject, encodedPayload: string, signature: Uint8Array): string {
  return `${encodeJsonSegment(header)}.${encodedPayload}.${encodeBase64Url(signature)}`;
}

/**
 * Signs with jose (RFC 7515 §5.1). Extensions in crit are declared understood so jose signs the header as
 * given: making a token that a validator must refuse is the point.
 */
export async function signVariant(header: JsonObject, payload: Uint8Array, key: CryptoKey | Uint8Array) {
  const crit = Array.isArray(header.crit) ? header.crit.filter((n): n is string => typeof n === 'string') : [];
  return new CompactSign(payload)
    .setProtectedHeader(header as CompactJWSHeaderParameters)
    .sign(key, { crit: Object.fromEntries(crit.map((name) => [name, true])) });
}
