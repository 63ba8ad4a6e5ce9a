import { decodeBase64 } from '../encoding/base64';
import { decodeBase64Url } from '../encoding/base64url';
import { decodeHex } from '../encoding/hex';
import type { SecretEncoding } from '../inspect/types';

export type SecretResult =
  { ok: true; bytes: Uint8Array; source: string } | { ok: false; index: number; message: string };

const SOURCES: Readonly<Record<SecretEncoding, string>> = {
  utf8: 'read as UTF-8 text',
  base64: 'decoded from base64',
  base64url: 'decoded from base64url',
  hex: 'decoded from hex',
};

/**
 * Turns a pasted secret (an HMAC key, RFC 7518 §3.2; a dir or AES key, §4.4–4.5; a PBES2 password,
 * §4.8) into bytes. base64 is standard with optional padding (RFC 4648 §4); base64url may carry
 * padding too (§5); hex is two digits per byte (§8). On failure `index` is within `text`.
 */
export function readSecret(text: string, encoding: SecretEncoding): SecretResult {
  const source = SOURCES[encoding];
  switch (encoding) {
    case 'utf8':
      return { ok: true, bytes: new TextEncoder().encode(text), source };
    case 'base64': {
      const decoded = decodeBase64(text);
      return decoded.ok ? { ok: true, bytes: decoded.bytes, source } : failure('base64', decoded, true);
    }
    case 'base64url': {
      const unpadded = text.replace(/={1,2}$/, '');
      const decoded = decodeBase64Url(unpadded);
      return decoded.ok ? { ok: true, bytes: decoded.bytes, source } : failure('base64url', decoded, false);
    }
    case 'hex': {
      const decoded = decodeHex(text);
      return decoded.ok ? { ok: true, bytes: decoded.bytes, source } : failure('hex', decoded, true);
    }
  }
}

function failure(name: string, problem: { index: number; message: string }, needsPosition: boolean): SecretResult {
  // The base64url decoder already names the position; the others leave it to the caller.
  const where = needsPosition ? ` (character ${problem.index})` : '';
  return { ok: false, index: problem.index, message: `The secret is not valid ${name}${where}: ${problem.message}.` };
}
