import type { Severity } from '../types';

/** What the catalogue knows about one finding code: the engine, the UI and the docs all read this. */
export interface FindingInfo {
  severity: Severity;
  /** Short title a person understands. */
  title: string;
  /** The likely fix. */
  hint: string;
  /** Where the rule comes from. */
  ref: string;
}

/**
 * Every finding code the decoder can report. Codes are stable kebab-case strings: tests and the UI
 * switch on them, so rename one only everywhere at once.
 */
export const FINDINGS = {
  'input-normalized': {
    severity: 'info',
    title: 'Input cleaned up before decoding',
    hint: 'Only wrapping around the token was removed; nothing inside a segment was changed.',
    ref: 'RFC 6750 §2.1',
  },
  'input-empty': {
    severity: 'info',
    title: 'Nothing to decode',
    hint: 'Paste a JWT, a JWS or a JWE (compact or JSON serialization).',
    ref: 'RFC 7519 §3',
  },
  'input-too-large': {
    severity: 'error',
    title: 'Input too large',
    hint: 'Tokens are normally a few kilobytes; check that only the token was pasted.',
    ref: 'RFC 7515 §10.12',
  },
  'not-a-token': {
    severity: 'error',
    title: 'Not a JWS or JWE',
    hint: 'A JWS has 3 dot-separated parts, a JWE 5; the JSON serializations are objects with "signature(s)" or "ciphertext".',
    ref: 'RFC 7515 §7.1, RFC 7516 §7.1',
  },
  'base64url-invalid': {
    severity: 'error',
    title: 'Invalid base64url',
    hint: 'Each segment must be unpadded base64url (A–Z a–z 0–9 - _). Look for a truncated copy, "+", "/", "=" or a line break.',
    ref: 'RFC 7515 §2, RFC 4648 §5',
  },
  'utf8-invalid': {
    severity: 'error',
    title: 'Not valid UTF-8',
    hint: 'Headers and JSON payloads must be UTF-8 encoded before base64url encoding.',
    ref: 'RFC 7515 §5.2 step 7, RFC 8259 §8.1',
  },
  'json-invalid': {
    severity: 'error',
    title: 'Invalid JSON',
    hint: 'The segment decodes, but its text is not valid JSON: check the issuer’s serializer.',
    ref: 'RFC 8259',
  },
  'json-too-deep': {
    severity: 'error',
    title: 'JSON nested too deeply',
    hint: 'Legitimate headers and claims are shallow; this looks like a hostile or broken token.',
    ref: 'RFC 8259 §9',
  },
  'json-duplicate-member': {
    severity: 'warning',
    title: 'Duplicate JSON member',
    hint: 'Parsers disagree on which duplicate wins; a conforming JOSE parser must reject it or use the last one. Reject such tokens.',
    ref: 'RFC 7515 §5.2 step 4, RFC 7519 §4',
  },
  'header-not-object': {
    severity: 'error',
    title: 'Header is not a JSON object',
    hint: 'The JOSE header must be a JSON object such as {"alg":"RS256"}.',
    ref: 'RFC 7515 §4',
  },
  'alg-invalid': {
    severity: 'error',
    title: 'Missing or malformed alg',
    hint: 'Every JOSE header needs "alg" as a string naming the algorithm.',
    ref: 'RFC 7515 §4.1.1',
  },
  'alg-none': {
    severity: 'warning',
    title: 'Unsecured token (alg: none)',
    hint: 'Anyone can forge it. Never accept alg "none" outside of tests.',
    ref: 'RFC 7519 §6, RFC 7518 §3.6',
  },
  'enc-invalid': {
    severity: 'error',
    title: 'Missing or malformed enc',
    hint: 'A JWE header needs "enc" naming the content encryption algorithm, e.g. "A256GCM".',
    ref: 'RFC 7516 §4.1.2',
  },
  'signature-missing': {
    severity: 'error',
    title: 'Signature segment is empty',
    hint: 'The header names an algorithm but the token carries no signature: the signature was stripped or the copy is truncated.',
    ref: 'RFC 7515 §7.1',
  },
  'payload-detached': {
    severity: 'info',
    title: 'Detached payload',
    hint: 'The payload segment is empty: the payload travels separately and is needed to verify the signature.',
    ref: 'RFC 7515 Appendix F',
  },
  'payload-not-json': {
    severity: 'info',
    title: 'Payload is not JSON',
    hint: 'Fine for a general JWS; a JWT’s claims set must be a JSON object.',
    ref: 'RFC 7519 §7.2 step 10',
  },
  'payload-nested-token': {
    severity: 'info',
    title: 'Payload is itself a token',
    hint: 'A nested JWT: the inner token is inspected once the outer layer is verified or decrypted.',
    ref: 'RFC 7519 §5.2',
  },
  'jwe-invalid': {
    severity: 'error',
    title: 'Malformed JWE part',
    hint: 'A part has the wrong length for the algorithm named in the header: the token was truncated or built incorrectly.',
    ref: 'RFC 7516 §5.2, RFC 7518 §4.5, §5.2, §5.3',
  },
  'serialization-invalid': {
    severity: 'error',
    title: 'Malformed JSON serialization',
    hint: 'A member required by the JWS/JWE JSON serialization is missing or is not a string.',
    ref: 'RFC 7515 §7.2, RFC 7516 §7.2',
  },
  'timestamp-suspicious': {
    severity: 'warning',
    title: 'Suspicious timestamp',
    hint: 'NumericDate is seconds since 1970; a value this large is usually milliseconds.',
    ref: 'RFC 7519 §2',
  },
  'claim-type-invalid': {
    severity: 'warning',
    title: 'Claim has the wrong type',
    hint: 'exp, nbf and iat must be numbers (seconds since 1970).',
    ref: 'RFC 7519 §4.1',
  },
} as const satisfies Record<string, FindingInfo>;

export type FindingCode = keyof typeof FINDINGS;
