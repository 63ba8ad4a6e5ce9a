import { audienceIsClient, claimMatchesContext, requiredClaim, signedRule } from './rule-helpers';
import type { Profile } from './types';

const REF = 'JARM §2.1';

const stateMatches = claimMatchesContext({
  name: 'state',
  title: 'state equals the one sent',
  ref: 'JARM §2.4, RFC 6749 §10.12',
  code: 'state-mismatch',
  claim: 'state',
  input: 'state',
  noun: 'state',
  explain: (shown, expected) =>
    `The response's state (${shown}) is not the one sent (${expected}): it answers another request, or a forged one (RFC 6749 §10.12).`,
});

/** JWT Secured Authorization Response Mode (JARM, FAPI). */
export const JARM_RESPONSE: Profile = {
  id: 'jarm-response',
  title: 'Authorization response (JARM)',
  spec: 'JWT Secured Authorization Response Mode for OAuth 2.0 (JARM)',
  typ: [],
  purpose:
    'Carries the authorization response (code, state or error) signed by the authorization server, so it cannot be forged or swapped.',
  madeBy: 'The authorization server, in the redirect back to the client (response parameter).',
  checkedBy: 'The client that sent the authorization request — its client ID is the audience.',
  rules: [
    signedRule(REF, 'any'),
    requiredClaim('iss', REF),
    requiredClaim('aud', REF),
    requiredClaim('exp', REF),
    audienceIsClient('JARM §2.4'),
    stateMatches,
  ],
};
