import { compactJws, encodeBytes, encodeJson, encodeText } from '../../test-support/build-token';
import { readRfc7520File } from '../../test-support/rfc7520';

export { SAMPLE_TOKEN, SAMPLE_VERIFICATION_KEY } from '../../src/app/sample-token';

/** base64url of UTF-8 text or of bytes: the one helper in test-support/build-token.ts. */
export { base64url as b64url } from '../../test-support/build-token';

/** A well-formed JWS with a random (unverifiable) signature: decoding needs no key. */
export function makeJws(header: object, payload: object | string, signatureBytes = 32): string {
  return compactJws({
    header: encodeJson(header),
    payload: typeof payload === 'string' ? encodeText(payload) : encodeJson(payload),
    signature: encodeBytes(new Uint8Array(signatureBytes).fill(7)),
  });
}

interface CookbookCase {
  input: { key?: unknown; pwd?: string; payload?: string; plaintext?: string };
  output: { compact?: string; json?: unknown; json_flat?: unknown };
}

/** An RFC 7520 cookbook example from test-vectors/ (read by test-support/rfc7520.ts). */
export function cookbook(path: string): CookbookCase {
  return readRfc7520File(path) as CookbookCase;
}

interface NestedCase {
  sign: { input: { key: unknown } };
  encrypt: { input: { key: unknown }; output: { compact: string } };
}

/** RFC 7520 §6: a JWS signed with one key, then encrypted to another. */
export function cookbookNested(): NestedCase {
  return readRfc7520File('6.nesting_signatures_and_encryption.json') as NestedCase;
}
