import { createHash, randomBytes, sign, type KeyObject } from 'node:crypto';
import { encodeJson } from './build-token';
import { signNode } from './profile-tokens';

/**
 * Test-only SD-JWTs made with node:crypto from RFC 9901's words (§4.2 disclosures, §4.1 `_sd`, §4.3
 * key binding), independent of the decoder under test and of the `@sd-jwt` packages.
 */

export const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
export const digestOf = (encoded: string, hash = 'sha256') =>
  createHash(hash).update(encoded, 'ascii').digest('base64url');

/** `[salt, name, value]` or, with name null, `[salt, value]`, base64url-encoded. */
export function makeDisclosure(
  name: string | null,
  value: unknown,
  salt = randomBytes(16).toString('base64url'),
): string {
  return b64(JSON.stringify(name === null ? [salt, value] : [salt, name, value]));
}

export function signEs256(header: Record<string, unknown>, payload: unknown, key: KeyObject): string {
  const input = `${encodeJson(header)}.${encodeJson(payload)}`;
  return `${input}.${sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

/** A KB-JWT over the presentation `presented` (which ends with "~"), signed by the holder. */
export function makeKbJwt(
  presented: string,
  holder: KeyObject,
  claims: { iat: number; aud?: string; nonce?: string; sd_hash?: string },
  header: Record<string, unknown> = { typ: 'kb+jwt', alg: 'ES256' },
): string {
  return signNode(
    header,
    { aud: 'https://verifier.example', nonce: 'n-123', sd_hash: digestOf(presented), ...claims },
    holder,
  );
}
