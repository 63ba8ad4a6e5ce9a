import { isJsonObject } from '../json/is-json-object';
import type { DecodedToken, TokenFormat } from '../types';
import type { HistoryEntry, HistoryKind } from './types';

/** Longer texts are not remembered: fifty of them would fill a device's storage quota for little use. */
export const MAX_HISTORY_TOKEN_CHARS = 100_000;

const KINDS: Readonly<Record<TokenFormat, HistoryKind | null>> = {
  'jws-compact': 'JWS',
  'jws-json': 'JWS',
  'jwe-compact': 'JWE',
  'jwe-json': 'JWE',
  'sd-jwt': 'SD-JWT',
  'sd-jwt-json': 'SD-JWT',
  unknown: null,
};

/**
 * The entry to remember for a decoded token, or null when it is not a token (or too long to keep).
 * Reads only the decoder's report: a JWE's payload is never decoded there, so a decrypted payload
 * cannot reach the history. `iss` and `exp` are taken only when they have their JSON types (RFC 7519 §4.1).
 */
export function describeForHistory(decoded: DecodedToken, label: string | null, seenAt: number): HistoryEntry | null {
  const kind = KINDS[decoded.format];
  const token = decoded.input.text;
  if (kind === null || token.length === 0 || token.length > MAX_HISTORY_TOKEN_CHARS) return null;
  const payload = kind === 'JWE' ? null : readPayload(decoded);
  const iss = payload && Object.hasOwn(payload, 'iss') ? payload['iss'] : null;
  const exp = payload && Object.hasOwn(payload, 'exp') ? payload['exp'] : null;
  return {
    token,
    label,
    kind,
    iss: typeof iss === 'string' ? iss : null,
    exp: typeof exp === 'number' && Number.isFinite(exp) ? exp : null,
    seenAt,
  };
}

/** The signed payload as a JSON object: the first `payload` part (an SD-JWT's is its issuer JWT's). */
function readPayload(decoded: DecodedToken): Record<string, unknown> | null {
  const content = decoded.parts.find((part) => part.name === 'payload')?.content;
  return content?.type === 'json' && isJsonObject(content.value) ? content.value : null;
}
