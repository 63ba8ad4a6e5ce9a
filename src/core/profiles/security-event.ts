import { eventsRule } from './events-rule';
import { requiredClaim, typRule } from './rule-helpers';
import type { Profile } from './types';

const REF = 'RFC 8417 §2.2';

/** Security Event Token (RFC 8417). */
export const SECURITY_EVENT: Profile = {
  id: 'security-event',
  title: 'Security event token (SET)',
  spec: 'RFC 8417',
  typ: ['secevent+jwt'],
  purpose:
    'Reports that something happened to a subject (an account disabled, a credential changed, a session revoked). It is a statement of fact, not a request or a credential.',
  madeBy: 'A transmitter (an identity provider, a risk service), pushed or polled (RFC 8935, RFC 8936).',
  checkedBy: 'A receiver that subscribed to the events.',
  rules: [
    typRule(['secevent+jwt'], 'RFC 8417 §2.3', 'recommended'),
    requiredClaim('iss', REF),
    requiredClaim('iat', REF),
    requiredClaim('jti', REF),
    eventsRule(REF),
  ],
};
