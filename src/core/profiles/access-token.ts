import { proofAthMatchesToken, proofKeyIsBound } from './dpop-links';
import { claimIsClient, requiredClaim, signedRule, typRule } from './rule-helpers';
import type { Profile } from './types';

const REF = 'RFC 9068 §2.2';

/** JWT profile for OAuth 2.0 access tokens (RFC 9068), and its DPoP binding when a proof is given. */
export const ACCESS_TOKEN: Profile = {
  id: 'access-token',
  title: 'Access token (RFC 9068)',
  spec: 'RFC 9068',
  typ: ['at+jwt'],
  purpose:
    'Lets a client call an API: it says who the client is (client_id), for whom (sub), for which API (aud) and with what rights (scope). It is for the API, not for the client to read.',
  madeBy: 'The authorization server, at its token endpoint.',
  checkedBy: 'The resource server (API) named in aud; with DPoP, together with the proof sent beside it.',
  rules: [
    typRule(['at+jwt'], 'RFC 9068 §2.1, §4', 'required'),
    signedRule('RFC 9068 §2.1', 'any'),
    requiredClaim('iss', REF),
    requiredClaim('exp', REF),
    requiredClaim('aud', REF),
    requiredClaim('sub', REF),
    requiredClaim('client_id', REF),
    requiredClaim('iat', REF),
    requiredClaim('jti', REF),
    claimIsClient('client_id', REF),
    proofAthMatchesToken,
    proofKeyIsBound,
  ],
};
