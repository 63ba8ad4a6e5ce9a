import { decodeToken } from '../decode/decode-token';
import { decodeBase64Url } from '../encoding/base64url';
import { isJsonObject } from '../json/is-json-object';
import { readString } from '../json/read-string';
import type { JsonObject } from '../types';

/** The parts of a compact JWS the variants are built from. */
export interface OriginalJws {
  token: string;
  header: JsonObject;
  alg: string;
  /** The payload bytes, as signed. */
  payload: Uint8Array;
  encodedPayload: string;
  /** The claims when the payload is a JSON object. */
  claims: JsonObject | null;
}

/**
 * Reads a compact JWS (RFC 7515 §7.1) with a JSON header naming an alg through the decoder every view
 * uses; null for anything else.
 */
export function readOriginalJws(token: string): OriginalJws | null {
  const decoded = decodeToken(token.trim());
  if (decoded.format !== 'jws-compact' || decoded.header === null) return null;
  const alg = readString(decoded.header, 'alg');
  const part = decoded.parts.find((p) => p.name === 'payload');
  const payload = decodeBase64Url(part?.encoded ?? '');
  if (alg === null || part === undefined || !payload.ok) return null;
  const content = part.content;
  const claims = content?.type === 'json' && isJsonObject(content.value) ? content.value : null;
  return {
    token: decoded.input.text,
    header: decoded.header,
    alg,
    payload: payload.bytes,
    encodedPayload: part.encoded,
    claims,
  };
}
