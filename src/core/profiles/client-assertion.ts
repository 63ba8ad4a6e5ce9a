import { claimIsClient, passed, quote, readStringClaim, requiredClaim, signedRule } from './rule-helpers';
import type { Profile, ProfileRule } from './types';

const REF = 'RFC 7523 §3';

/** For client authentication the issuer is the client itself, so `iss` and `sub` are the same client ID. */
const issIsSub: ProfileRule = {
  name: 'iss-is-sub',
  title: 'iss equals sub (both the client ID)',
  ref: `${REF} items 1–2, OIDC Core §9`,
  code: 'client-id-mismatch',
  check: (input) => {
    const iss = readStringClaim(input, 'iss');
    const sub = readStringClaim(input, 'sub');
    if (iss.value === null || sub.value === null) return passed('checked by iss-present and sub-present');
    if (iss.value === sub.value) return passed(`iss and sub are ${quote(iss.value)}`);
    return {
      status: 'failed',
      detail: `iss ${quote(iss.value)} ≠ sub ${quote(sub.value)}`,
      message: `A client assertion's iss (${quote(iss.value)}) and sub (${quote(sub.value)}) must both be the client ID (${REF}, OIDC Core §9).`,
      part: 'payload',
      name: 'sub',
    };
  },
};

/** JWT bearer client authentication (RFC 7523 §2.2, §3; OIDC Core §9 private_key_jwt and client_secret_jwt). */
export const CLIENT_ASSERTION: Profile = {
  id: 'client-assertion',
  title: 'Client assertion',
  spec: 'RFC 7523',
  typ: ['client-authentication+jwt'],
  purpose:
    'Authenticates a client to the authorization server instead of a client secret in the request (private_key_jwt, client_secret_jwt).',
  madeBy: 'The client, for each request to the token (or PAR, introspection…) endpoint.',
  checkedBy: 'The authorization server; aud must name it (its issuer or the endpoint — put that in Expected audience).',
  rules: [
    signedRule(`${REF} item 9`, 'any'),
    requiredClaim('iss', `${REF} item 1`),
    requiredClaim('sub', `${REF} item 2`),
    requiredClaim('aud', `${REF} item 3`),
    requiredClaim('exp', `${REF} item 4`),
    requiredClaim('jti', 'OIDC Core §9'),
    issIsSub,
    claimIsClient('sub', `${REF} item 2`),
  ],
};
