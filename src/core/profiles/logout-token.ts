import { readClaim } from '../claims/claim-check-result';
import { BACKCHANNEL_LOGOUT_EVENT, eventsRule } from './events-rule';
import { audienceIsClient, forbiddenClaim, passed, requiredClaim, signedRule, typRule } from './rule-helpers';
import type { Profile, ProfileRule } from './types';

const REF = 'Back-Channel Logout §2.4';

const subOrSid: ProfileRule = {
  name: 'sub-or-sid',
  title: 'sub or sid is present',
  ref: REF,
  code: 'profile-claim-missing',
  check: ({ claims }) =>
    readClaim(claims, 'sub').isPresent || readClaim(claims, 'sid').isPresent
      ? passed('names a user or a session')
      : {
          status: 'failed',
          detail: 'neither sub nor sid',
          message: `A logout token must name the user (sub), the session (sid) or both (${REF}); this one names neither.`,
          part: 'payload',
          name: 'sid',
        },
};

/** OpenID Connect Back-Channel Logout 1.0 logout token (§2.4), validated as §2.6 says. */
export const LOGOUT_TOKEN: Profile = {
  id: 'logout-token',
  title: 'Logout token',
  spec: 'OpenID Connect Back-Channel Logout 1.0',
  typ: ['logout+jwt'],
  purpose: 'Tells a client, server to server, that a user or a session has logged out at the OpenID provider.',
  madeBy: 'The OpenID provider, POSTed to each client’s back-channel logout URI.',
  checkedBy: 'The client, with the same keys it uses for ID tokens — which is why it must not look like one.',
  rules: [
    typRule(['logout+jwt'], `${REF}, §4.1`, 'recommended'),
    signedRule(REF, 'any'),
    requiredClaim('iss', REF),
    requiredClaim('aud', REF),
    requiredClaim('iat', REF),
    requiredClaim('exp', REF),
    requiredClaim('jti', REF),
    eventsRule(REF, BACKCHANNEL_LOGOUT_EVENT),
    subOrSid,
    forbiddenClaim('nonce', REF, 'a logout token must never pass as an ID token in a forged login response.'),
    audienceIsClient('Back-Channel Logout §2.6 step 3'),
  ],
};
