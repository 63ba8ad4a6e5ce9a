import type { FindingCode } from '../findings/catalogue';

export interface ErrorMeaning {
  code: FindingCode;
  message: string;
  /** True when this runtime cannot do it, as opposed to the token or key being wrong. */
  isUnsupported: boolean;
}

function readCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

function readMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Turns a jose or WebCrypto error into a finding. jose errors are told apart by `code` (class names
 * are minified in builds); WebCrypto's DOMException names are platform names and survive minification.
 */
export function mapJoseError(error: unknown, operation: 'verify' | 'decrypt'): ErrorMeaning {
  const code = readCode(error);
  const message = readMessage(error);
  switch (code) {
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return {
        code: 'signature-invalid',
        message: 'The signature does not match the header and payload under this key.',
        isUnsupported: false,
      };
    case 'ERR_JWE_DECRYPTION_FAILED':
      return {
        code: 'decryption-failed',
        message: 'Decryption failed: the key does not open this token, or the token was changed.',
        isUnsupported: false,
      };
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return { code: 'alg-not-allowed', message, isUnsupported: false };
    case 'ERR_JOSE_NOT_SUPPORTED':
      if (/zip/i.test(message)) return { code: 'zip-unsupported', message, isUnsupported: false };
      return { code: 'alg-unsupported', message, isUnsupported: true };
    case 'ERR_JWE_INVALID':
      if (/decompress/i.test(message)) {
        return /limit/i.test(message)
          ? {
              code: 'zip-limit-exceeded',
              message: 'The decompressed payload exceeds the size limit.',
              isUnsupported: false,
            }
          : { code: 'decryption-failed', message: 'The payload could not be decompressed.', isUnsupported: false };
      }
      if (/zip/i.test(message)) return { code: 'zip-unsupported', message, isUnsupported: false };
      if (/epk/i.test(message)) return { code: 'epk-invalid', message, isUnsupported: false };
      return { code: 'jwe-invalid', message, isUnsupported: false };
    case 'ERR_JWS_INVALID':
      return { code: /crit/i.test(message) ? 'crit-invalid' : 'signature-invalid', message, isUnsupported: false };
    case 'ERR_JWK_INVALID':
      return { code: 'key-invalid', message, isUnsupported: false };
    default:
      break;
  }
  // jose refuses short RSA keys outright (a TypeError without a code): the key, not the token, is at fault.
  if (/modulusLength/.test(message))
    return {
      code: 'key-invalid',
      message: 'RSA keys shorter than 2048 bits are refused (RFC 7518 §3.3, §4.2: 2048 bits or more MUST be used).',
      isUnsupported: false,
    };
  if (typeof DOMException !== 'undefined' && error instanceof DOMException) {
    if (error.name === 'NotSupportedError')
      return {
        code: 'alg-unsupported',
        message: `This runtime's WebCrypto cannot do it: ${message}`,
        isUnsupported: true,
      };
    if (operation === 'decrypt' && error.name === 'DataError')
      return { code: 'epk-invalid', message: `WebCrypto rejected a key: ${message}`, isUnsupported: false };
    if (error.name === 'DataError')
      return { code: 'key-invalid', message: `WebCrypto rejected the key: ${message}`, isUnsupported: false };
  }
  if (/epk|curve|point/i.test(message) && operation === 'decrypt')
    return { code: 'epk-invalid', message, isUnsupported: false };
  return operation === 'verify'
    ? { code: 'signature-invalid', message: `Verification failed: ${message}`, isUnsupported: false }
    : { code: 'decryption-failed', message: `Decryption failed: ${message}`, isUnsupported: false };
}
