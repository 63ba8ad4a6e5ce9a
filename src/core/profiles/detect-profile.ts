import { readClaim } from '../claims/claim-check-result';
import { isJsonObject } from '../json/is-json-object';
import { readString } from '../json/read-string';
import type { JsonObject } from '../types';
import { BACKCHANNEL_LOGOUT_EVENT } from './events-rule';
import { PROFILE_IDS, PROFILES } from './profiles';
import { normalizeTyp } from './rule-helpers';
import type { ProfileChoice, ProfileId, ProfileSource } from './types';
import { VENDOR_PROFILE_HINTS } from './vendors';

export interface ProfileGuess {
  id: ProfileId;
  by: Exclude<ProfileSource, 'chosen'>;
  reason: string;
}

export interface ResolvedProfile {
  id: ProfileId;
  by: ProfileSource;
  reason: string;
  /** What the token says it is, when the user chose something else. */
  detected?: ProfileGuess;
}

const has = (claims: JsonObject, name: string) => readClaim(claims, name).isPresent;

/** ID token signals (OIDC Core §2): not `auth_time` alone, which RFC 9068 §2.2.1 allows in access tokens. */
const ID_TOKEN_CLAIMS = ['nonce', 'at_hash', 'c_hash', 's_hash'];
const JARM_PARAMETERS = ['code', 'access_token', 'error'];

/**
 * What a token is for, from its own signals: the header's `typ` first (RFC 8725 §3.11 explicit typing),
 * then its claims, then vendor claims; otherwise a plain JWT.
 */
export function detectProfile(header: JsonObject | null, claims: JsonObject): ProfileGuess {
  const typ = readString(header, 'typ');
  if (typ !== null) {
    const normalized = normalizeTyp(typ);
    const byTyp = PROFILE_IDS.find((id) => id !== 'jwt' && PROFILES[id].typ.includes(normalized));
    if (byTyp) return { id: byTyp, by: 'typ', reason: `typ is ${JSON.stringify(typ)}` };
  }
  const events = readClaim(claims, 'events').value;
  if (isJsonObject(events)) {
    return Object.hasOwn(events, BACKCHANNEL_LOGOUT_EVENT)
      ? { id: 'logout-token', by: 'claims', reason: 'events holds the back-channel logout event' }
      : { id: 'security-event', by: 'claims', reason: 'has an events claim' };
  }
  if (has(claims, 'htm') && has(claims, 'htu')) return { id: 'dpop-proof', by: 'claims', reason: 'has htm and htu' };
  const idSignals = ID_TOKEN_CLAIMS.filter((name) => has(claims, name));
  if (idSignals.length > 0) return { id: 'id-token', by: 'claims', reason: `has ${idSignals.join(' and ')}` };
  if (has(claims, 'response_type'))
    return { id: 'request-object', by: 'claims', reason: 'has response_type (an authorization request)' };
  const jarm = JARM_PARAMETERS.filter((name) => has(claims, name));
  if (has(claims, 'state') && jarm.length > 0)
    return {
      id: 'jarm-response',
      by: 'claims',
      reason: `has state and ${jarm.join(' and ')} (an authorization response)`,
    };
  for (const hint of VENDOR_PROFILE_HINTS) {
    if (readClaim(claims, hint.claim).value === hint.value)
      return {
        id: hint.profile,
        by: 'claims',
        reason: `${hint.claim} is ${JSON.stringify(hint.value)} (${hint.vendor})`,
      };
  }
  return { id: 'jwt', by: 'default', reason: 'no typ or claims of a more specific profile' };
}

/** A logout token is a SET, so a SET chosen for a logout token is no confusion (Back-Channel Logout §2.4). */
function isCompatible(chosen: ProfileId, detected: ProfileId): boolean {
  return chosen === detected || detected === 'jwt' || (chosen === 'security-event' && detected === 'logout-token');
}

/** The profile to validate as: the user's choice, or what the token says when the choice is `auto`. */
export function resolveProfile(
  choice: ProfileChoice | undefined,
  header: JsonObject | null,
  claims: JsonObject,
): ResolvedProfile {
  const detected = detectProfile(header, claims);
  if (choice === undefined || choice === 'auto') return detected;
  return {
    id: choice,
    by: 'chosen',
    reason: 'chosen',
    ...(isCompatible(choice, detected.id) ? {} : { detected }),
  };
}

/**
 * Whether a DPoP proof is verified with its own header `jwk` (RFC 9449 §4.3 step 6): when its `typ` says
 * dpop+jwt or the user chose the profile — never on claims alone, so no token talks its way into it.
 */
export function usesEmbeddedKey(resolved: ResolvedProfile): boolean {
  return resolved.id === 'dpop-proof' && resolved.by !== 'claims';
}
