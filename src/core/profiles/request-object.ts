import { claimIsClient, forbiddenClaim, requiredClaim, typRule } from './rule-helpers';
import type { Profile } from './types';

const REF = 'RFC 9101 §4';

/** JWT-secured authorization request (RFC 9101). */
export const REQUEST_OBJECT: Profile = {
  id: 'request-object',
  title: 'Request object (JAR)',
  spec: 'RFC 9101',
  typ: ['oauth-authz-req+jwt'],
  purpose:
    'Carries the authorization request’s parameters signed (and maybe encrypted), so nobody on the way can change them.',
  madeBy: 'The client, sent by value (request) or by reference (request_uri, PAR).',
  checkedBy: 'The authorization server, which is its audience.',
  rules: [
    typRule(['oauth-authz-req+jwt'], 'RFC 9101 §10.8', 'recommended'),
    requiredClaim('iss', REF, 'recommended'),
    requiredClaim('aud', REF, 'recommended'),
    claimIsClient('iss', REF),
    claimIsClient('client_id', 'RFC 9101 §5'),
    forbiddenClaim('request', REF, 'a request object cannot hold another one.'),
    forbiddenClaim('request_uri', REF, 'a request object cannot point at another one.'),
  ],
};
