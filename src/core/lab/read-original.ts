import { decodeBase64Url } from '../encoding/base64url';
import { isJsonObject } from '../json/is-json-object';
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

const decodeText = (segment: string): string | null => {
  const decoded = decodeBase64Url(segment);
  return decoded.ok ? new TextDecoder('utf-8', { fatal: true }).decode(decoded.bytes) : null;
};

const parseObject = (text: string | null): JsonObject | null => {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isJsonObject(value) ? value : null;
  } catch {
    return null;
  }
};

/** Reads a compact JWS (RFC 7515 §7.1) with a JSON header naming an alg; null for anything else. */
export function readOriginalJws(token: string): OriginalJws | null {
  const segments = token.trim().split('.');
  if (segments.length !== 3) return null;
  const [encodedHeader = '', encodedPayload = ''] = segments;
  try {
    const header = parseObject(decodeText(encodedHeader));
    const payload = decodeBase64Url(encodedPayload);
    if (header === null || typeof header.alg !== 'string' || !payload.ok) return null;
    const claims = parseObject(decodeText(encodedPayload));
    return { token: token.trim(), header, alg: header.alg, payload: payload.bytes, encodedPayload, claims };
  } catch {
    return null;
  }
}
