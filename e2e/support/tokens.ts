import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export { SAMPLE_TOKEN, SAMPLE_VERIFICATION_KEY } from '../../src/app/sample-token';

export function b64url(data: string | Uint8Array): string {
  return Buffer.from(data).toString('base64url');
}

/** A well-formed JWS with a random (unverifiable) signature: decoding needs no key. */
export function makeJws(header: object, payload: object | string, signatureBytes = 32): string {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return `${b64url(JSON.stringify(header))}.${b64url(body)}.${b64url(new Uint8Array(signatureBytes).fill(7))}`;
}

interface CookbookCase {
  input: { key?: unknown; pwd?: string; payload?: string; plaintext?: string };
  output: { compact?: string; json?: unknown; json_flat?: unknown };
}

/** An RFC 7520 cookbook example from test-vectors/. */
export function cookbook(path: string): CookbookCase {
  const file = fileURLToPath(new URL(`../../test-vectors/rfc7520/${path}`, import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as CookbookCase;
}

interface NestedCase {
  sign: { input: { key: unknown } };
  encrypt: { input: { key: unknown }; output: { compact: string } };
}

/** RFC 7520 §6: a JWS signed with one key, then encrypted to another. */
export function cookbookNested(): NestedCase {
  const file = fileURLToPath(
    new URL('../../test-vectors/rfc7520/6.nesting_signatures_and_encryption.json', import.meta.url),
  );
  return JSON.parse(readFileSync(file, 'utf8')) as NestedCase;
}
