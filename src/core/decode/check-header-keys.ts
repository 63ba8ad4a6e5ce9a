import { makeFinding } from '../findings/make-finding';
import { PRIVATE_JWK_MEMBERS } from '../keys/private-jwk-members';
import type { Finding, JsonObject } from '../types';

const KEY_REFERENCES = ['jwk', 'jku', 'x5u', 'x5c'] as const;

/**
 * Flags keys and key locations a token carries about itself (RFC 7515 §4.1.2–4.1.6). They are shown,
 * never used for a verdict and never fetched: a token cannot vouch for its own key (RFC 8725 §3.10).
 */
export function checkHeaderKeys(header: JsonObject, at: Partial<Finding>): Finding[] {
  const findings: Finding[] = [];
  for (const name of KEY_REFERENCES) {
    if (!Object.hasOwn(header, name)) continue;
    const message = `Header "${name}" is shown but ignored: keys come only from what you paste or fetch.`;
    findings.push(makeFinding('header-key-ignored', message, { ...at, part: 'header', name }));
  }
  const jwk = Object.hasOwn(header, 'jwk') ? header.jwk : undefined;
  if (typeof jwk === 'object' && jwk !== null) {
    const leaked = PRIVATE_JWK_MEMBERS.filter((m) => Object.hasOwn(jwk, m));
    if (leaked.length > 0) {
      const message = `Header "jwk" carries private members (${leaked.join(', ')}): a private key was published.`;
      findings.push(makeFinding('header-private-key', message, { ...at, part: 'header', name: 'jwk' }));
    }
  }
  return findings;
}
