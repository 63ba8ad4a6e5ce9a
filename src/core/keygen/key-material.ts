import { calculateJwkThumbprint } from 'jose';
import { encodeBase64Url } from '../encoding/base64url';
import type { KeyCandidate, KeyJwk } from '../keys';
import type { JwkJson } from './types';

/** The parts of a key candidate that hold key material. */
export type KeyMaterial = Pick<KeyCandidate, 'kty' | 'publicJwk' | 'privateJwk' | 'secret'>;

/** JWK metadata to set on an exported JWK (RFC 7517 §4.2, §4.4, §4.5). */
export interface JwkMetadata {
  kid?: string | undefined;
  use?: string | undefined;
  alg?: string | undefined;
}

/** The public JWK members (RFC 7518 §6.2.1, §6.3.1, RFC 8037 §2); null for a symmetric key. */
export function publicMembersOf(key: KeyMaterial): Record<string, string> | null {
  return key.kty === 'oct' || key.publicJwk === undefined ? null : stringMembers(key.publicJwk);
}

/** All members, private ones included (RFC 7518 §6.2.2, §6.3.2, §6.4); null for a public key only. */
export function privateMembersOf(key: KeyMaterial): Record<string, string> | null {
  if (key.kty === 'oct') return key.secret === undefined ? null : { kty: 'oct', k: encodeBase64Url(key.secret) };
  return key.privateJwk === undefined ? null : stringMembers(key.privateJwk);
}

/**
 * The RFC 7638 JWK thumbprint (SHA-256): over the public members, or over "k" for a symmetric key.
 * Throws when the key has no material (a candidate from the key reader always has it).
 */
export async function thumbprintOf(key: KeyMaterial): Promise<string> {
  const members = key.kty === 'oct' ? privateMembersOf(key) : publicMembersOf(key);
  if (members === null) throw new Error('the key has no key material to take a thumbprint of');
  return calculateJwkThumbprint({ ...members }, 'sha256');
}

/** Key members followed by the metadata that is set, as plain JSON (RFC 7517 §4). */
export function withMetadata(members: Readonly<Record<string, string>>, metadata: JwkMetadata): JwkJson {
  const extra = (['kid', 'use', 'alg'] as const).flatMap((name) => {
    const value = metadata[name];
    return value === undefined ? [] : [[name, value] as const];
  });
  return Object.fromEntries([...Object.entries(members), ...extra]);
}

function stringMembers(jwk: KeyJwk): Record<string, string> {
  return Object.fromEntries(
    Object.entries(jwk).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
