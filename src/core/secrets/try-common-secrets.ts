import { flattenedVerify, type FlattenedJWSInput } from 'jose';
import { makeFinding } from '../findings/make-finding';
import { checkCrit } from '../inspect/check-crit';
import type { DecodedToken, Finding } from '../types';
import { readHmacJws } from './read-hmac-jws';

/** How often progress is said: often enough for a smooth bar, rarely enough that messages stay cheap. */
export const SECRETS_PROGRESS_EVERY = 100;

export interface CommonSecretsResult {
  /** The secret (as UTF-8 text) that verifies the signature, or null. */
  found: string | null;
  tried: number;
  total: number;
  /** True when the signal stopped the run before every secret was tried. */
  isCancelled: boolean;
  /** A `key-weak` error naming the secret, when one was found. */
  finding: Finding | null;
}

export interface TrySecretsOptions {
  onProgress?: (tried: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Tries each secret, as UTF-8 bytes, as the HMAC key of an HS256/HS384/HS512 JWS (RFC 7518 §3.2),
 * through jose; stops at the first that verifies or when `signal` aborts. Time is linear in the list.
 * Throws, before trying anything, for a token that is not an HMAC-signed JWS or cannot verify at all.
 */
export async function tryCommonSecrets(
  decoded: DecodedToken,
  secrets: readonly string[],
  { onProgress, signal }: TrySecretsOptions = {},
): Promise<CommonSecretsResult> {
  const hmac = readHmacJws(decoded);
  if (!hmac.ok) throw new Error(hmac.reason);
  const { jws, alg } = hmac;
  // Extensions the token marks critical are accepted here: a weak key is weak whatever extensions it uses.
  const entry = decoded.entries[0];
  const { unknown } = checkCrit(entry?.protectedHeader ?? null, entry?.unprotectedHeader ?? null, {});
  const options = { algorithms: [alg], crit: Object.fromEntries(unknown.map((name) => [name, true])) };
  const encoder = new TextEncoder();
  const total = secrets.length;
  const answer = (found: string | null, tried: number): CommonSecretsResult => ({
    found,
    tried,
    total,
    isCancelled: found === null && tried < total,
    finding: found === null ? null : weakSecretFinding(found, alg),
  });
  for (let tried = 0; tried < total; tried += 1) {
    if (tried % SECRETS_PROGRESS_EVERY === 0) onProgress?.(tried, total);
    if (signal?.aborted) return answer(null, tried);
    const secret = secrets[tried] ?? '';
    // WebCrypto refuses an empty HMAC key outright; no token can be signed with one.
    if (secret === '') continue;
    try {
      await flattenedVerify(jws as FlattenedJWSInput, encoder.encode(secret), options);
      return answer(secret, tried + 1);
    } catch (error) {
      // Only a wrong key goes on to the next secret; anything else would fail for every secret alike.
      if (!isWrongKey(error)) throw cannotTry(error);
    }
  }
  onProgress?.(total, total);
  return answer(null, total);
}

function weakSecretFinding(secret: string, alg: string): Finding {
  return makeFinding(
    'key-weak',
    `The ${alg} signature verifies with the well-known secret “${secret}”: anyone can forge this issuer’s tokens.`,
    { severity: 'error', part: 'signature', source: 'token' },
  );
}

/** jose's own code for a signature that does not verify under the key (switched on, never its name). */
function isWrongKey(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED';
}

function cannotTry(error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`No secret can verify this token: ${reason}`);
}
