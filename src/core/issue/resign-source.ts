import { decodeToken } from '../decode/decode-token';
import type { Inspection } from '../inspect/types';
import { isJsonObject } from '../json/is-json-object';
import type { DecodedPart, DecodedToken } from '../types';
import { indentJsonText } from './resign-indent-json';

/** Where the signed JWT being edited sits: the token itself, inside a JWE, or before an SD-JWT's disclosures. */
export type ResignOrigin = 'jws' | 'nested' | 'sd-jwt';

export interface ResignSource {
  origin: ResignOrigin;
  /** The signed token whose signature a key must verify to be "this token's key". */
  signed: DecodedToken;
  /** The header and claims as decoded, laid out on lines; member order and number spellings kept. */
  headerText: string;
  claimsText: string;
}

/**
 * What "Edit and re-sign" edits: the header and claims of the innermost JWS (RFC 7519 §7.2 step 8: a
 * nested JWT's claims are those of the JWS inside the JWE), or of an SD-JWT's issuer-signed JWT
 * (RFC 9901 §4), whose disclosures are not part of it. A JWE counts only once `inspection` has
 * decrypted it down to a JWS. Null when there is no signed JSON header and JSON payload to edit.
 */
export function readResignSource(decoded: DecodedToken, inspection: Inspection | null): ResignSource | null {
  if (decoded.format === 'unknown') return null;
  if (!decoded.format.startsWith('jwe')) {
    return withTexts(decoded.sdJwt ? 'sd-jwt' : 'jws', decoded, decoded.parts);
  }
  const inner = inspection?.decryption === 'decrypted' ? inspection.layers.at(-1) : undefined;
  if (inner?.kind !== 'jws') return null;
  // The inspection keeps the inner token's decoded parts, not its text: its three segments are that text.
  const segments = (['header', 'payload', 'signature'] as const).map((name) => firstPart(inner.parts, name)?.encoded);
  if (segments.some((s) => s === undefined || s === '')) return null;
  return withTexts('nested', decodeToken(segments.join('.')), inner.parts);
}

function withTexts(origin: ResignOrigin, signed: DecodedToken, parts: DecodedPart[]): ResignSource | null {
  const header = firstPart(parts, 'header')?.content;
  const payload = firstPart(parts, 'payload')?.content;
  if (header?.type !== 'json' || !isJsonObject(header.value) || payload?.type !== 'json') return null;
  return { origin, signed, headerText: indentJsonText(header.text), claimsText: indentJsonText(payload.text) };
}

/** The part of the first signature: later entries of a general JSON serialization are other signatures. */
function firstPart(parts: DecodedPart[], name: DecodedPart['name']): DecodedPart | undefined {
  return parts.find((p) => p.name === name && (p.entry ?? 0) === 0);
}
