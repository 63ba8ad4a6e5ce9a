import {
  audienceIsClient,
  isGiven,
  passed,
  quote,
  readStringClaim,
  requiredClaim,
  signedRule,
  skipped,
} from './rule-helpers';
import type { Profile, ProfileRule } from './types';

const REF = 'JARM §2.1';

const stateMatches: ProfileRule = {
  name: 'state',
  title: 'state equals the one sent',
  ref: 'JARM §2.4, RFC 6749 §10.12',
  code: 'state-mismatch',
  uses: ['state'],
  check: (input) => {
    const sent = input.context.state;
    if (!isGiven(sent)) return skipped('no state given');
    const state = readStringClaim(input, 'state');
    if (state.value === sent) return passed(`state is ${quote(sent)}`);
    const shown = state.value === null ? state.problem : quote(state.value);
    return {
      status: 'failed',
      detail: `state is ${shown}`,
      message: `The response's state (${shown}) is not the one sent (${quote(sent)}): it answers another request, or a forged one (RFC 6749 §10.12).`,
      part: 'payload',
      name: 'state',
    };
  },
};

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
