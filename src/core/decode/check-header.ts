import { lookUpJweAlgorithm, lookUpJweEncryption } from '../algorithms/registry';
import { makeFinding } from '../findings/make-finding';
import type { DecodedPart, Finding } from '../types';

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
  const family = typeof alg === 'string' ? lookUpJweAlgorithm(alg)?.family : undefined;
  // RFC 7518 §4.5, §4.6: "dir" and "ECDH-ES" agree on the content key; there is nothing to encrypt.
  const isDirect = family === 'dir' || family === 'ECDH-ES';
  if (typeof alg === 'string' && family !== undefined && encryptedKey?.byteLength != null) {
    if (isDirect && encryptedKey.byteLength > 0) {
      bad(
        encryptedKey,
        `Encrypted key: alg "${alg}" uses no encrypted key, yet ${encryptedKey.byteLength} bytes are present.`,
      );
    } else if (!isDirect && encryptedKey.byteLength === 0) {
      bad(encryptedKey, `Encrypted key: alg "${alg}" needs an encrypted content key, but the part is empty.`);
    }
  }

  const lengths = lookUpJweEncryption(enc);
  if (!lengths) return;
  const { iv, tag, ciphertext } = parts;
  if (iv?.byteLength != null && iv.byteLength !== lengths.ivBytes) {
    bad(iv, `IV: ${enc} uses a ${lengths.ivBytes}-byte IV; this one has ${iv.byteLength} bytes.`);
  }
  if (tag?.byteLength != null && tag.byteLength !== lengths.tagBytes) {
    bad(tag, `Tag: ${enc} produces a ${lengths.tagBytes}-byte tag; this one has ${tag.byteLength} bytes.`);
  }
  if (
    lengths.isBlockCipher &&
    ciphertext?.byteLength != null &&
    (ciphertext.byteLength === 0 || ciphertext.byteLength % 16 !== 0)
  ) {
    bad(
      ciphertext,
      `Ciphertext: ${enc} is AES-CBC, so the ciphertext is a non-zero multiple of 16 bytes; this one has ${ciphertext.byteLength}.`,
    );
  }
}
