import { makeFinding } from '../findings/make-finding';
import type { DecodedPart, Finding } from '../types';

/** IV and tag lengths in bytes that each `enc` requires (RFC 7518 §5.2.3–5.2.5, §5.3). */
const ENC_LENGTHS: Record<string, { iv: number; tag: number; blockCipher: boolean }> = {
  A128GCM: { iv: 12, tag: 16, blockCipher: false },
  A192GCM: { iv: 12, tag: 16, blockCipher: false },
  A256GCM: { iv: 12, tag: 16, blockCipher: false },
  'A128CBC-HS256': { iv: 16, tag: 16, blockCipher: true },
  'A192CBC-HS384': { iv: 16, tag: 24, blockCipher: true },
  'A256CBC-HS512': { iv: 16, tag: 32, blockCipher: true },
};

/** Key management algorithms with no encrypted key (RFC 7518 §4.5, §4.6). */
const DIRECT_ALGS = new Set(['dir', 'ECDH-ES']);

/** Checks `alg` (RFC 7515 §4.1.1) and reports an unsecured token; returns whether it is unsecured. */
export function checkJwsHeader(
  header: Record<string, unknown>,
  signature: DecodedPart | undefined,
  findings: Finding[],
): boolean {
  const alg = header.alg;
  if (typeof alg !== 'string' || alg.length === 0) {
    findings.push(
      makeFinding(
        'alg-invalid',
        alg === undefined ? 'Header has no "alg".' : 'Header "alg" is not a non-empty string.',
        {
          part: 'header',
        },
      ),
    );
    return false;
  }
  if (alg.toLowerCase() === 'none') {
    const signed = signature !== undefined && signature.encoded.length > 0;
    findings.push(
      makeFinding(
        'alg-none',
        `Header says alg "${alg}": the token is unsecured${signed ? ' (and yet carries a signature, which a verifier must ignore)' : ''}.`,
        { part: 'header' },
      ),
    );
    return true;
  }
  if (signature !== undefined && signature.encoded.length === 0) {
    findings.push(
      makeFinding('signature-missing', `Header names alg "${alg}" but the signature segment is empty.`, {
        part: 'signature',
        ...(signature.range ? { at: signature.range } : {}),
      }),
    );
  }
  return false;
}

/** Checks `alg`, `enc` and the part lengths they imply (RFC 7516 §5.2, RFC 7518 §4–5). */
export function checkJweHeader(
  header: Record<string, unknown>,
  parts: Partial<Record<'encrypted-key' | 'iv' | 'tag' | 'ciphertext', DecodedPart>>,
  findings: Finding[],
): void {
  const { alg, enc } = header;
  if (typeof alg !== 'string' || alg.length === 0) {
    findings.push(
      makeFinding('alg-invalid', 'JWE header has no "alg" string naming the key management algorithm.', {
        part: 'header',
      }),
    );
  }
  if (typeof enc !== 'string' || enc.length === 0) {
    findings.push(
      makeFinding('enc-invalid', 'JWE header has no "enc" string naming the content encryption algorithm.', {
        part: 'header',
      }),
    );
    return;
  }
  const bad = (part: DecodedPart, message: string) =>
    findings.push(makeFinding('jwe-invalid', message, { part: part.name, ...(part.range ? { at: part.range } : {}) }));

  const encryptedKey = parts['encrypted-key'];
  if (typeof alg === 'string' && encryptedKey?.byteLength != null) {
    if (DIRECT_ALGS.has(alg) && encryptedKey.byteLength > 0) {
      bad(
        encryptedKey,
        `Encrypted key: alg "${alg}" uses no encrypted key, yet ${encryptedKey.byteLength} bytes are present.`,
      );
    } else if (!DIRECT_ALGS.has(alg) && alg.toLowerCase() !== 'none' && encryptedKey.byteLength === 0) {
      bad(encryptedKey, `Encrypted key: alg "${alg}" needs an encrypted content key, but the part is empty.`);
    }
  }

  const lengths = ENC_LENGTHS[enc];
  if (!lengths) return;
  const { iv, tag, ciphertext } = parts;
  if (iv?.byteLength != null && iv.byteLength !== lengths.iv) {
    bad(iv, `IV: ${enc} uses a ${lengths.iv}-byte IV; this one has ${iv.byteLength} bytes.`);
  }
  if (tag?.byteLength != null && tag.byteLength !== lengths.tag) {
    bad(tag, `Tag: ${enc} produces a ${lengths.tag}-byte tag; this one has ${tag.byteLength} bytes.`);
  }
  if (
    lengths.blockCipher &&
    ciphertext?.byteLength != null &&
    (ciphertext.byteLength === 0 || ciphertext.byteLength % 16 !== 0)
  ) {
    bad(
      ciphertext,
      `Ciphertext: ${enc} is AES-CBC, so the ciphertext is a non-zero multiple of 16 bytes; this one has ${ciphertext.byteLength}.`,
    );
  }
}
