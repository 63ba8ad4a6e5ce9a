import { importJWK } from 'jose';
import { isJsonObject } from '../json/is-json-object';
import { readString } from '../json/read-string';
import type { KeyCandidate } from '../keys';
import type { JsonObject } from '../types';

/** The curves ECDH-ES takes, with the members each point needs (RFC 7518 §6.2.1, RFC 8037 §2). */
const CURVES: Readonly<Record<string, { kty: 'EC' | 'OKP'; members: readonly string[] }>> = {
  'P-256': { kty: 'EC', members: ['x', 'y'] },
  'P-384': { kty: 'EC', members: ['x', 'y'] },
  'P-521': { kty: 'EC', members: ['x', 'y'] },
  X25519: { kty: 'OKP', members: ['x'] },
  X448: { kty: 'OKP', members: ['x'] },
};

export type EpkCheck = { ok: true; crv: string } | { ok: false; reason: string };

/**
 * Reads an ECDH-ES `epk` (RFC 7518 §4.6.1.1) and checks that it is a public point on a named curve before
 * any key agreement: a point off the curve is the invalid-curve attack that leaks the recipient's private
 * key (RFC 8725 §3.4). WebCrypto's import validates the point; nothing here does curve arithmetic.
 */
export async function checkEpk(header: JsonObject): Promise<EpkCheck> {
  const epk = Object.hasOwn(header, 'epk') ? header.epk : undefined;
  if (!isJsonObject(epk))
    return { ok: false, reason: 'ECDH-ES needs the sender’s ephemeral public key in "epk", and there is none' };
  const kty = readString(epk, 'kty');
  const crv = readString(epk, 'crv');
  const curve = crv !== null && Object.hasOwn(CURVES, crv) ? CURVES[crv] : undefined;
  if (crv === null || curve === undefined)
    return { ok: false, reason: `"epk" names no curve ECDH-ES uses (crv ${JSON.stringify(crv)})` };
  if (kty !== curve.kty)
    return { ok: false, reason: `"epk" on ${crv} must have kty "${curve.kty}", not ${JSON.stringify(kty)}` };
  const missing = curve.members.filter((m) => readString(epk, m) === null);
  if (missing.length > 0)
    return { ok: false, reason: `"epk" lacks the coordinate${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` };
  if (Object.hasOwn(epk, 'd'))
    return { ok: false, reason: '"epk" carries a private key ("d"): the sender published its ephemeral secret' };
  // X448 has no WebCrypto import here; its length is checked by the key agreement itself.
  if (crv === 'X448') return { ok: true, crv };
  const point = Object.fromEntries([['kty', kty], ['crv', crv], ...curve.members.map((m) => [m, readString(epk, m)])]);
  try {
    await importJWK(point, 'ECDH-ES');
  } catch {
    return { ok: false, reason: `"epk" is not a point on ${crv}` };
  }
  return { ok: true, crv };
}

/** Why a recipient key cannot agree with an `epk` on curve `crv`, or null when it can. */
export function describeCurveMismatch(candidate: KeyCandidate, crv: string): string | null {
  if (candidate.crv === undefined || candidate.crv === crv) return null;
  return `"epk" is on ${crv}, but this key is on ${candidate.crv}: the key agreement would mix two curves`;
}
