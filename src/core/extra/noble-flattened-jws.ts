import { decodeBase64Url } from '../encoding/base64url';
import { describeError } from '../keys/describe-error';
import { importKeyFor } from '../keys/import-key-for';
import { isNobleKey, type NobleKey } from '../keys/noble-key';
import { readJwk } from '../keys/read-jwk';
import { loadNobleJws } from './load-noble-jws';

/** A jose-shaped error, so the one error mapper (map-jose-error.ts) reads it by its code. */
class NobleJwsError extends Error {
  constructor(
    readonly code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' | 'ERR_JWS_INVALID' | 'ERR_JOSE_NOT_SUPPORTED',
    message: string,
  ) {
    super(message);
    this.name = 'NobleJwsError';
  }
}

/**
 * The JWS signing input (RFC 7515 §5.1 step 5): ASCII(BASE64URL(protected) ‖ '.' ‖ payload), where the
 * payload is as it stands in the JWS — base64url, or the raw text with "b64": false (RFC 7797 §3).
 */
export function jwsSigningInput(protectedHeader: string, payload: string | Uint8Array): Uint8Array {
  const head = new TextEncoder().encode(`${protectedHeader}.`);
  const body = typeof payload === 'string' ? new TextEncoder().encode(payload) : payload;
  const input = new Uint8Array(head.length + body.length);
  input.set(head);
  input.set(body, head.length);
  return input;
}

/**
 * Verifies one flattened JWS entry with the noble engine (RFC 7515 §5.2 steps 7–8), failing the way jose's
 * flattenedVerify fails: ERR_JWS_INVALID for a signature that is not base64url, and
 * ERR_JWS_SIGNATURE_VERIFICATION_FAILED for one that does not verify; ERR_JOSE_NOT_SUPPORTED when the engine
 * could not be loaded. Header checks (alg, crit, b64) are
 * the caller's, as they are before jose runs.
 */
export async function verifyFlattenedWithNoble(
  jws: { protected?: string; payload: string; signature: string },
  key: NobleKey,
): Promise<void> {
  const signature = decodeBase64Url(jws.signature);
  if (!signature.ok) throw new NobleJwsError('ERR_JWS_INVALID', 'The signature is not valid base64url.');
  const noble = await loadNobleJws().catch((error: unknown) => {
    // A chunk that did not arrive says nothing about the token: the signature is not checked, not bad.
    throw new NobleJwsError(
      'ERR_JOSE_NOT_SUPPORTED',
      `The noble engine could not be loaded (${describeError(error)}).`,
    );
  });
  const isValid = await noble.verifyWithNoble(key, jwsSigningInput(jws.protected ?? '', jws.payload), signature.bytes);
  if (!isValid) throw new NobleJwsError('ERR_JWS_SIGNATURE_VERIFICATION_FAILED', 'signature verification failed');
}

/**
 * Verifies a compact JWS (RFC 7515 §7.1) under a JWK the noble engine runs — an SD-JWT holder key in
 * `cnf.jwk` (RFC 9901 §4.1.2) on Ed448 or secp256k1, or an AKP key. The JWK is read and fitted to `alg`
 * like a pasted key; every failure throws.
 */
export async function verifyCompactWithNobleJwk(token: string, jwk: unknown, alg: string): Promise<void> {
  const read = await readJwk(jwk);
  if (!read.ok) throw new Error(read.message);
  const key = await importKeyFor({ label: 'the holder key', origin: 'jwk', ...read.key }, alg, 'verify');
  if (!isNobleKey(key)) throw new Error('not a key the noble engine runs');
  const [protectedHeader = '', payload = '', signature = ''] = token.split('.');
  await verifyFlattenedWithNoble({ protected: protectedHeader, payload, signature }, key);
}
