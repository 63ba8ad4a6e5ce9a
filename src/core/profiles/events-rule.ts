import { readClaim } from '../claims/claim-check-result';
import { describeJsonType } from '../decode/describe-json-type';
import { isJsonObject } from '../json/is-json-object';
import { passed } from './rule-helpers';
import type { ProfileRule, RuleOutcome } from './types';

/** The event that makes a SET a logout token (OIDC Back-Channel Logout 1.0 §2.4). */
export const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

const invalid = (detail: string, message: string): RuleOutcome => ({
  status: 'failed',
  detail,
  message,
  part: 'payload',
  name: 'events',
});

/**
 * `events` (RFC 8417 §2.2): a JSON object whose members are event type URIs, each with a JSON object; a
 * logout token's must contain the back-channel logout event (Back-Channel Logout §2.4).
 */
export function eventsRule(ref: string, requiredEvent?: string): ProfileRule {
  return {
    name: 'events',
    title: requiredEvent ? `events holds ${requiredEvent}` : 'events is an object of event objects',
    ref,
    code: 'events-invalid',
    check: ({ claims }) => {
      const { isPresent, value } = readClaim(claims, 'events');
      if (!isPresent) return invalid('no events', `The token has no "events" claim (${ref}).`);
      if (!isJsonObject(value))
        return invalid(
          `events is ${describeJsonType(value)}`,
          `events is ${describeJsonType(value)}, not a JSON object of events (${ref}).`,
        );
      const names = Object.keys(value);
      if (names.length === 0)
        return invalid('no event', `events is empty: a SET describes at least one event (${ref}).`);
      const notObjects = names.filter((name) => !isJsonObject(value[name]));
      if (requiredEvent) {
        if (!Object.hasOwn(value, requiredEvent))
          return invalid(
            `no ${requiredEvent}`,
            `events does not contain ${requiredEvent}, so this is not a logout token (${ref}).`,
          );
        if (!isJsonObject(value[requiredEvent]))
          return invalid(
            `${requiredEvent} is not an object`,
            `The logout event's value must be a JSON object, normally {} (${ref}).`,
          );
        return passed(`holds ${requiredEvent}`);
      }
      if (notObjects.length > 0)
        return invalid(
          `${notObjects.length} event(s) not objects`,
          `Every event in events must map to a JSON object; ${notObjects.map((n) => JSON.stringify(n)).join(', ')} does not (${ref}).`,
        );
      return passed(`${names.length} event${names.length === 1 ? '' : 's'}`);
    },
  };
}
