import { isJsonObject } from '../json/is-json-object';
import type { DecodedToken, TokenFormat } from '../types';

/** What a token is, in one word: the kind a list of tokens shows. */
export type TokenKind = 'JWS' | 'JWE' | 'SD-JWT';

const KINDS: Readonly<Record<TokenFormat, TokenKind | null>> = {
  'jws-compact': 'JWS',
  'jws-json': 'JWS',
  'jwe-compact': 'JWE',
  'jwe-json': 'JWE',
  'sd-jwt': 'SD-JWT',
  'sd-jwt-json': 'SD-JWT',
  unknown: null,
};

/** What can be read from a decoded token without any key: its kind, header `alg`/`kid`, payload `iss`/`exp`. */
export interface TokenFacts {
  /** Null when the text is not a token. */
  kind: TokenKind | null;
  alg: string | null;
  kid: string | null;
  iss: string | null;
  /** NumericDate (seconds). */
  exp: number | null;
}

/**
 * Reads only the decoder's report, each member only when it has its JSON type (RFC 7515 §4.1, RFC 7519 §4.1).
 * A JWE's payload is never decoded there, so nothing here can come from a decrypted payload; an SD-JWT's
 * payload is its issuer JWT's.
 */
export function readTokenFacts(decoded: DecodedToken): TokenFacts {
  const kind = KINDS[decoded.format];
  const header = decoded.header ?? {};
  const content = kind === 'JWE' ? null : decoded.parts.find((part) => part.name === 'payload')?.content;
  const payload = content?.type === 'json' && isJsonObject(content.value) ? content.value : {};
  const text = (object: Record<string, unknown>, name: string) =>
    Object.hasOwn(object, name) && typeof object[name] === 'string' ? object[name] : null;
  const exp = Object.hasOwn(payload, 'exp') ? payload['exp'] : null;
  return {
    kind,
    alg: text(header, 'alg'),
    kid: text(header, 'kid'),
    iss: text(payload, 'iss'),
    exp: typeof exp === 'number' && Number.isFinite(exp) ? exp : null,
  };
}
