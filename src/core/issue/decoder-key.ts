import { privateMembersOf, publicMembersOf, withMetadata } from '../keygen/key-material';
import type { SecretEncoding } from '../inspect/types';
import type { JoseHeader } from './build-protected-header';
import type { PickedIssueKey } from './read-issue-key';
import { toJson } from './sign-payload';

/**
 * The key text the decoder needs for a layer just made: to verify a signature, the public JWK (RFC 7517
 * §4) with the token's kid, "use": "sig" and its alg, so the decoder picks it by kid (RFC 7515 §4.1.4)
 * and never treats it as anything else; to decrypt, the recipient's private JWK, or null when only the
 * public key was given. A secret comes back as it was typed when it was read as UTF-8 (the decoder's
 * default), else as an oct JWK, so the decoder needs no encoding setting either way.
 */
export function describeDecoderKey(
  issueKey: PickedIssueKey,
  source: { key: string; secretEncoding?: SecretEncoding | undefined },
  header: JoseHeader,
  operation: 'sign' | 'encrypt',
): string | null {
  const { candidate } = issueKey;
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  if (candidate.kty === 'oct') {
    if (candidate.origin === 'secret' && (source.secretEncoding ?? 'utf8') === 'utf8') return source.key.trim();
    const members = privateMembersOf(candidate);
    return members === null ? null : toJson(withMetadata(members, { kid }));
  }
  const isSigning = operation === 'sign';
  const members = isSigning ? publicMembersOf(candidate) : privateMembersOf(candidate);
  if (members === null) return null;
  return toJson(withMetadata(members, { kid, use: isSigning ? 'sig' : 'enc', alg: header.alg }));
}
