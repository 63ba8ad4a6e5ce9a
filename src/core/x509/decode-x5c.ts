import { decodeBase64 } from '../encoding/base64';
import type { X5cFailureReason } from './types';

/** Longest chain checked: real ones have 2 to 4 certificates. A longer one is refused before any parsing. */
export const MAX_X5C_CERTIFICATES = 10;
/** Largest certificate read: real ones are 1–8 KB, even with long SAN lists. */
export const MAX_CERTIFICATE_BYTES = 32 * 1024;

export type DecodedX5c =
  | { ok: true; ders: Array<Uint8Array<ArrayBuffer>> }
  | { ok: false; problems: Array<{ reason: X5cFailureReason; index: number | null; message: string }> };

/**
 * Reads the header's `x5c` (RFC 7515 §4.1.6): a non-empty JSON array of base64 (RFC 4648 §4, not
 * base64url) DER certificates, the leaf first. Caps the count and each size before decoding anything, so
 * a hostile header costs no more than its length.
 */
export function decodeX5c(x5c: unknown): DecodedX5c {
  if (!Array.isArray(x5c) || x5c.length === 0) {
    const message = 'x5c must be a non-empty array of base64 certificates, so there is no chain to check.';
    return { ok: false, problems: [{ reason: 'not-a-chain', index: null, message }] };
  }
  if (x5c.length > MAX_X5C_CERTIFICATES) {
    const message = `x5c holds ${x5c.length} certificates; JWT Lens checks chains of at most ${MAX_X5C_CERTIFICATES} (real ones have 2 to 4), so this one is not used.`;
    return { ok: false, problems: [{ reason: 'chain-too-long', index: null, message }] };
  }
  const ders: Array<Uint8Array<ArrayBuffer>> = [];
  const problems: Extract<DecodedX5c, { ok: false }>['problems'] = [];
  x5c.forEach((item: unknown, index) => {
    const which = `x5c[${index}]`;
    if (typeof item !== 'string') {
      problems.push({ reason: 'base64-invalid', index, message: `${which} is not a string, so it is no certificate.` });
      return;
    }
    if (item.length > Math.ceil(MAX_CERTIFICATE_BYTES / 3) * 4) {
      const message = `${which} is ${item.length} characters long, more than a ${MAX_CERTIFICATE_BYTES / 1024} KB certificate; it is not read.`;
      problems.push({ reason: 'certificate-too-large', index, message });
      return;
    }
    const decoded = decodeBase64(item);
    if (!decoded.ok) {
      const message = `${which} is not base64 (RFC 7515 §4.1.6 asks for base64, not base64url): at character ${decoded.index}, ${decoded.message}.`;
      problems.push({ reason: 'base64-invalid', index, message });
      return;
    }
    ders.push(new Uint8Array(decoded.bytes));
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, ders };
}
