import { readClaim } from '../claims/claim-check-result';
import { halfHashRule } from './half-hash-rule';
import { audienceIsClient, claimMatchesContext, passed, readAudiences, requiredClaim, skipped } from './rule-helpers';
import type { Profile, ProfileRule } from './types';

const VALIDATION = 'OIDC Core §3.1.3.7';

const azpPresent: ProfileRule = {
  name: 'azp-with-several-audiences',
  title: 'azp is present when there are several audiences',
  ref: `${VALIDATION} step 4`,
  code: 'azp-missing',
  check: (input) => {
    const audiences = readAudiences(input) ?? [];
    if (audiences.length < 2) return skipped('one audience');
    if (readClaim(input.claims, 'azp').isPresent) return passed('several audiences and an azp');
    return {
      status: 'failed',
      detail: `${audiences.length} audiences, no azp`,
      message: `The ID token has ${audiences.length} audiences and no azp, so nothing says which client it was issued to (${VALIDATION} step 4).`,
      part: 'payload',
      name: 'azp',
    };
  },
};

const azpIsClient = claimMatchesContext({
  name: 'azp-is-client-id',
  title: 'azp equals the client ID',
  ref: `${VALIDATION} step 5`,
  code: 'azp-mismatch',
  claim: 'azp',
  input: 'clientId',
  noun: 'client ID',
  whenAbsent: 'skip',
  explain: (shown, expected) =>
    `The ID token's azp (${shown}) is not the client ID ${expected}: it was issued to another client (${VALIDATION} step 5).`,
});

const nonceMatches = claimMatchesContext({
  name: 'nonce',
  title: 'nonce equals the one sent',
  ref: `${VALIDATION} step 11`,
  code: 'nonce-mismatch',
  claim: 'nonce',
  input: 'nonce',
  noun: 'nonce',
  step: 'check nonce',
  whenAbsent: {
    code: 'nonce-missing',
    message: `A nonce was sent in the request but the ID token has none: it may be replayed from another login (${VALIDATION} step 11).`,
  },
  explain: (shown, expected) =>
    `The ID token's nonce (${shown}) is not the one sent (${expected}): it belongs to another login, or is replayed (${VALIDATION} step 11).`,
});

const authTimeWithinMaxAge: ProfileRule = {
  name: 'auth-time',
  title: 'auth_time is within max_age',
  ref: `${VALIDATION} step 13`,
  code: 'auth-time-too-old',
  uses: ['maxAgeSec'],
  check: (input) => {
    const maxAge = input.context.maxAgeSec;
    if (maxAge === undefined || !Number.isFinite(maxAge)) return skipped('no max_age given');
    const { isPresent, value } = readClaim(input.claims, 'auth_time');
    if (!isPresent || typeof value !== 'number' || !Number.isFinite(value))
      return {
        status: 'failed',
        code: 'profile-claim-missing',
        detail: isPresent ? 'auth_time is not a number' : 'no auth_time',
        message: `max_age was requested, so the ID token must carry auth_time as a NumericDate (OIDC Core §3.1.2.1, ${VALIDATION} step 13).`,
        part: 'payload',
        name: 'auth_time',
      };
    const elapsed = input.now - value;
    const allowed = maxAge + Math.max(0, input.clockToleranceSec);
    if (elapsed <= allowed) return passed(`authenticated ${elapsed} s ago, max_age ${maxAge} s`);
    return {
      status: 'failed',
      detail: `authenticated ${elapsed} s ago, max_age ${maxAge} s`,
      message: `The user authenticated ${elapsed} s ago, longer than max_age ${maxAge} s (plus ${Math.max(0, input.clockToleranceSec)} s tolerance): ask them to log in again (${VALIDATION} step 13).`,
      part: 'payload',
      name: 'auth_time',
    };
  },
};

/** OpenID Connect Core 1.0 ID token (§2) and its validation by the client (§3.1.3.7, §3.2.2.11, §3.3.2.11). */
export const ID_TOKEN: Profile = {
  id: 'id-token',
  title: 'ID token',
  spec: 'OpenID Connect Core 1.0',
  typ: [],
  purpose:
    'Tells a client who logged in, when and how. It is about the user and for the client: an API must never accept it as an access token.',
  madeBy: 'The OpenID provider, at the end of a login.',
  checkedBy: 'The client (relying party) that started the login — its client ID is the audience.',
  rules: [
    requiredClaim('iss', 'OIDC Core §2'),
    requiredClaim('sub', 'OIDC Core §2'),
    requiredClaim('aud', 'OIDC Core §2'),
    requiredClaim('exp', 'OIDC Core §2'),
    requiredClaim('iat', 'OIDC Core §2'),
    audienceIsClient(`${VALIDATION} step 3`),
    azpPresent,
    azpIsClient,
    nonceMatches,
    authTimeWithinMaxAge,
    halfHashRule({
      claim: 'at_hash',
      input: 'accessToken',
      fact: 'atHash',
      noun: 'access token',
      code: 'at-hash-mismatch',
      ref: 'OIDC Core §3.1.3.6, §3.2.2.9',
      whenOptional: 'optional in the code flow, required with an access token from the authorization endpoint',
    }),
    halfHashRule({
      claim: 'c_hash',
      input: 'code',
      fact: 'cHash',
      noun: 'authorization code',
      code: 'c-hash-mismatch',
      ref: 'OIDC Core §3.3.2.10, §3.3.2.11',
      whenOptional: 'required only in the hybrid flow',
    }),
    halfHashRule({
      claim: 's_hash',
      input: 'state',
      fact: 'sHash',
      noun: 'state',
      code: 's-hash-mismatch',
      ref: 'FAPI 1.0 Part 2 §5.1',
      whenOptional: 'defined by FAPI, optional elsewhere',
    }),
  ],
};
