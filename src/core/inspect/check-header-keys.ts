import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../types';

const KEY_REFERENCES = ['jwk', 'jku', 'x5u', 'x5c'] as const;
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/**
 * Flags keys and key locations a token carries about itself (RFC 7515 §4.1.2–4.1.6). They are shown,
 * never used for a verdict and never fetched: a token cannot vouch for its own key (RFC 8725 §3.10).
 */
export function checkHeaderKeys(header: Record<string, unknown> | null, layer: number): Finding[] {
  if (!header) return [];
  const findings: Finding[] = [];
  for (const name of KEY_REFERENCES) {
    if (!Object.hasOwn(header, name)) continue;
    findings.push(
      makeFinding(
        'header-key-ignored',
        `Header "${name}" is shown but ignored: keys come only from what you paste or fetch.`,
        {
          part: 'header',
          layer,
        },
      ),
    );
  }
  const jwk = Object.hasOwn(header, 'jwk') ? header.jwk : undefined;
  if (typeof jwk === 'object' && jwk !== null) {
    const leaked = PRIVATE_JWK_MEMBERS.filter((m) => Object.hasOwn(jwk, m));
    if (leaked.length > 0) {
      findings.push(
        makeFinding(
          'header-private-key',
          `Header "jwk" carries private members (${leaked.join(', ')}): a private key was published.`,
          {
            part: 'header',
            layer,
          },
        ),
      );
    }
  }
  return findings;
}
