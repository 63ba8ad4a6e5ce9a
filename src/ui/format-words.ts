import type { DecodedToken } from '../core';

/** What each serialization is called, in the token summary and the list of tokens found. */
export const FORMAT_WORDS: Record<DecodedToken['format'], string> = {
  'jws-compact': 'JWS · compact serialization',
  'jwe-compact': 'JWE · compact serialization',
  'jws-json': 'JWS · JSON serialization',
  'jwe-json': 'JWE · JSON serialization',
  'sd-jwt': 'SD-JWT · compact (issuer JWT ~ disclosures ~ key binding)',
  'sd-jwt-json': 'SD-JWT · JSON serialization',
  unknown: 'Not a token',
};
