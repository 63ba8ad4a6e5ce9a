import { ACCESS_TOKEN } from './access-token';
import { CLIENT_ASSERTION } from './client-assertion';
import { DPOP_PROOF } from './dpop-proof';
import { ID_TOKEN } from './id-token';
import { JARM_RESPONSE } from './jarm-response';
import { LOGOUT_TOKEN } from './logout-token';
import { REQUEST_OBJECT } from './request-object';
import { SD_JWT_VC } from './sd-jwt-vc';
import { SECURITY_EVENT } from './security-event';
import { CONTEXT_INPUTS } from './context-inputs';
import type { ContextInput, Profile, ProfileId } from './types';

const PLAIN_JWT: Profile = {
  id: 'jwt',
  title: 'JWT',
  spec: 'RFC 7519',
  typ: ['jwt'],
  purpose: 'A signed (or encrypted) set of claims with no more specific profile: only the JWT rules apply.',
  madeBy: 'Anyone with a key.',
  checkedBy: 'Whoever the audience is, by the rules the two sides agreed on.',
  rules: [],
};

/** Every profile, in the order the "Validate as" list shows them: the one table everyone reads. */
export const PROFILES: Readonly<Record<ProfileId, Profile>> = {
  jwt: PLAIN_JWT,
  'id-token': ID_TOKEN,
  'access-token': ACCESS_TOKEN,
  'dpop-proof': DPOP_PROOF,
  'logout-token': LOGOUT_TOKEN,
  'security-event': SECURITY_EVENT,
  'client-assertion': CLIENT_ASSERTION,
  'request-object': REQUEST_OBJECT,
  'jarm-response': JARM_RESPONSE,
  'sd-jwt-vc': SD_JWT_VC,
};

export const PROFILE_IDS = Object.keys(PROFILES) as ProfileId[];

/** The context inputs a profile's rules read, in the order of the contract's list. */
export function listContextInputs(id: ProfileId): ContextInput[] {
  const used = new Set(PROFILES[id].rules.flatMap((rule) => rule.uses ?? []));
  return (Object.keys(CONTEXT_INPUTS) as ContextInput[]).filter((input) => used.has(input));
}

/** "an ID token", "a DPoP proof", "an access token (RFC 9068)": a profile's title inside a sentence. */
export function profileNoun(id: ProfileId): string {
  const title = PROFILES[id].title;
  const second = title.charAt(1);
  const word = second && second === second.toLowerCase() ? title.charAt(0).toLowerCase() + title.slice(1) : title;
  return `${/^[aeiouAEIOU]/.test(word) ? 'an' : 'a'} ${word}`;
}
