import { lookUpJwsAlgorithm } from '../algorithms/registry';
import { readString } from '../json/read-string';
import type { DecodedToken, FlattenedJws } from '../types';

export type HmacJws = { ok: true; jws: FlattenedJws; alg: string } | { ok: false; reason: string };

/**
 * The one HMAC-signed signature (HS256/384/512, RFC 7518 §3.2) that common secrets can be tried on, or
 * why not, in plain words: read from the registry's family, never from a list of names.
 */
export function readHmacJws(decoded: DecodedToken): HmacJws {
  const [entry, ...others] = decoded.entries;
  if (!entry || entry.flattened?.kind !== 'jws' || others.length > 0 || decoded.format.startsWith('jwe')) {
    return { ok: false, reason: 'Common secrets can only be tried on a JWS with one signature.' };
  }
  const alg = readString(entry.header, 'alg') ?? '';
  if (lookUpJwsAlgorithm(alg)?.family !== 'HMAC') {
    const named = alg === '' ? 'no alg' : `alg ${alg}`;
    return {
      ok: false,
      reason: `Common secrets can only be tried on an HS256, HS384 or HS512 token; this one has ${named}.`,
    };
  }
  if (entry.rejection) return { ok: false, reason: 'This token cannot be verified at all, so no secret can match it.' };
  if (entry.flattened.jws.payload === '') {
    return { ok: false, reason: 'The payload is detached: common secrets are tried only on a token that carries it.' };
  }
  return { ok: true, jws: entry.flattened.jws, alg };
}

/** True when "Try common secrets" applies to this token. */
export const canTryCommonSecrets = (decoded: DecodedToken): boolean => readHmacJws(decoded).ok;
