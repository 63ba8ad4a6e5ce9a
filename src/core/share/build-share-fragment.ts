import { encodeBase64Url } from '../encoding/base64url';
import { PROFILE_IDS } from '../profiles/profiles';
import type { ProfileChoice } from '../profiles/types';
import { readPublicKey, type KeyRefusal } from './read-public-key';
import { removeSignature } from './remove-signature';
import { SHARE_PARAMS } from './share-params';

/**
 * What the user asked to share. A member left undefined was not asked for. The decryption key is here
 * only so that this function, not the UI, is where it is decided that it never travels.
 */
export interface ShareRequest {
  token: string;
  withoutSignature: boolean;
  issuer?: string;
  audience?: string;
  algorithms?: string;
  profile?: ProfileChoice;
  jwksUrl?: string;
  verificationKey?: string;
  decryptionKey?: string;
}

export type ShareField = Exclude<keyof ShareRequest, 'token' | 'withoutSignature'>;

/** Why a requested member was left out of the link. */
export type ShareDropReason =
  KeyRefusal | 'never-shared' | 'looks-like-a-key' | 'not-a-url' | 'url-has-password' | 'invalid';

export type ShareFragment =
  | { ok: true; fragment: string; dropped: { field: ShareField; reason: ShareDropReason }[] }
  | { ok: false; reason: 'not-a-token' | 'signature-not-removable' };

const COMPACT_TOKEN = /^[A-Za-z0-9_\-.~]+$/;
const ALGORITHM_LIST = /^[A-Za-z0-9+_.-]+(?:[, ]+[A-Za-z0-9+_.-]+)*$/;
const MAX_TEXT = 2_048;
/** A path and query relative to the page: no scheme, no "//" authority (so no user name or password). */
const RELATIVE_PATH = /^(?!\/\/)[\w.~/%-]{1,2048}(?:\?[\w.~=&%/-]{0,2048})?$/;

/**
 * Builds the fragment of a share link (`#token=…&iss=…`, see share-params.ts) — a fragment, never a query,
 * so the token is not sent to the server that serves the page (RFC 3986 §3.5). Only non-secret context is
 * written: free-text fields that hold key material, a JWKS URL with a password, a verification key that is
 * not a public key (read-public-key.ts) and the decryption key are dropped and listed in `dropped`.
 */
export function buildShareFragment(request: ShareRequest): ShareFragment {
  const trimmed = request.token.trim();
  if (!COMPACT_TOKEN.test(trimmed) || !trimmed.includes('.')) return { ok: false, reason: 'not-a-token' };
  const token = request.withoutSignature ? removeSignature(trimmed) : trimmed;
  if (token === null) return { ok: false, reason: 'signature-not-removable' };

  const params = new URLSearchParams({ token });
  const dropped: { field: ShareField; reason: ShareDropReason }[] = [];
  const put = (field: ShareField, name: string, read: () => string | ShareDropReason | null) => {
    if (request[field] === undefined) return;
    const value = read();
    if (value === null) return;
    if (isReason(value)) dropped.push({ field, reason: value });
    else params.set(name, value);
  };
  put('issuer', SHARE_PARAMS.issuer, () => readPlainText(request.issuer));
  put('audience', SHARE_PARAMS.audience, () => readPlainText(request.audience));
  put('algorithms', SHARE_PARAMS.algorithms, () => readPlainText(request.algorithms, ALGORITHM_LIST));
  put('profile', SHARE_PARAMS.profile, () => readProfile(request.profile));
  put('jwksUrl', SHARE_PARAMS.jwksUrl, () => readJwksUrl(request.jwksUrl));
  put('verificationKey', SHARE_PARAMS.publicKey, () => readKeyParam(request.verificationKey));
  put('decryptionKey', '', () => (request.decryptionKey?.trim() ? 'never-shared' : null));
  if (request.withoutSignature) params.set(SHARE_PARAMS.isUnsigned, '1');
  return { ok: true, fragment: `#${params.toString()}`, dropped };
}

const REASONS: ReadonlySet<string> = new Set<ShareDropReason>([
  'empty',
  'private-key',
  'secret',
  'not-a-public-key',
  'never-shared',
  'looks-like-a-key',
  'not-a-url',
  'url-has-password',
  'invalid',
]);

function isReason(value: string): value is ShareDropReason {
  return REASONS.has(value);
}

/**
 * An issuer, audience or algorithm list: one short line that is not key material pasted into the wrong box
 * (a PEM block or JSON); algorithms are names only.
 */
function readPlainText(text: string | undefined, pattern?: RegExp): string | ShareDropReason | null {
  const value = text?.trim() ?? '';
  if (value === '') return null;
  if (value.includes('-----BEGIN') || /^[[{]/.test(value)) return 'looks-like-a-key';
  if (value.length > MAX_TEXT || /[\r\n]/.test(value)) return 'invalid';
  return pattern === undefined || pattern.test(value) ? value : 'invalid';
}

function readProfile(profile: ProfileChoice | undefined): string | ShareDropReason | null {
  if (profile === undefined || profile === 'auto') return null;
  return readSharedProfile(profile) ?? 'invalid';
}

/** A profile named in a link, when it is one "Validate as" offers. */
export function readSharedProfile(value: string): ProfileChoice | null {
  return value === 'auto' || (PROFILE_IDS as readonly string[]).includes(value) ? (value as ProfileChoice) : null;
}

function readJwksUrl(text: string | undefined): string | ShareDropReason | null {
  const value = text?.trim() ?? '';
  return value === '' ? null : readJwksAddress(value);
}

/**
 * A JWKS URL as it may travel: an absolute http(s) URL without a user name or password, or a path
 * relative to the page (the app's default `./.well-known/jwks.json`), which has no scheme to hide one.
 */
export function readJwksAddress(text: string): string | 'not-a-url' | 'url-has-password' {
  try {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) return RELATIVE_PATH.test(text) ? text : 'not-a-url';
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'not-a-url';
    return url.username !== '' || url.password !== '' ? 'url-has-password' : url.href;
  } catch {
    return 'not-a-url';
  }
}

function readKeyParam(text: string | undefined): string | ShareDropReason | null {
  if ((text?.trim() ?? '') === '') return null;
  const key = readPublicKey(text ?? '');
  return key.ok ? encodeBase64Url(new TextEncoder().encode(key.text)) : key.reason;
}
