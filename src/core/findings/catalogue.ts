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
    hint: 'exp, nbf and iat must be numbers (seconds since 1970); aud a string or an array of strings; iss and sub strings.',
    ref: 'RFC 7519 §4.1',
  },
  'alg-not-allowed': {
    severity: 'error',
    title: 'Algorithm not allowed',
    hint: 'The token’s alg is not in your allow-list. Pin the algorithms you expect; never let the token choose.',
    ref: 'RFC 8725 §3.1',
  },
  'alg-unsupported': {
    severity: 'warning',
    title: 'Algorithm not supported here',
    hint: 'This browser’s WebCrypto cannot run it (e.g. RSA1_5, ES256K, 192-bit AES); verify it with a server-side library.',
    ref: 'RFC 7518 §3.1, §4.1, §5.1',
  },
  'key-invalid': {
    severity: 'error',
    title: 'Key not usable',
    hint: 'Paste a PEM block (public key, private key or certificate), a JWK, a JWKS, or the shared secret.',
    ref: 'RFC 7517 §4, RFC 7468',
  },
  'key-recognized': {
    severity: 'info',
    title: 'Key recognized',
    hint: 'This is what the pasted key material was read as.',
    ref: 'RFC 7517',
  },
  'key-missing': {
    severity: 'info',
    title: 'No key given',
    hint: 'Paste the issuer’s public key, certificate, JWKS or shared secret (or the recipient’s private key for a JWE).',
    ref: 'RFC 7515 §5.2, RFC 7516 §5.2',
  },
  'key-not-found': {
    severity: 'error',
    title: 'No key with this kid',
    hint: 'The token names a kid that none of the keys has: the issuer may have rotated its keys, or the keys are from another issuer.',
    ref: 'RFC 7515 §4.1.4',
  },
  'key-alg-mismatch': {
    severity: 'error',
    title: 'Key does not fit the algorithm',
    hint: 'Use a key of the type the algorithm needs (RSA for RS/PS, EC for ES, OKP for EdDSA, a secret for HS).',
    ref: 'RFC 8725 §3.1, RFC 7518 §3',
  },
  'key-wrong-use': {
    severity: 'error',
    title: 'Key not meant for this',
    hint: 'The key’s "use", "key_ops" or "alg" says it is for something else.',
    ref: 'RFC 7517 §4.2–4.4',
  },
  'key-weak': {
    severity: 'warning',
    title: 'Weak key',
    hint: 'Use at least 2048-bit RSA, and an HMAC secret at least as long as the hash output.',
    ref: 'RFC 7518 §3.2, §3.3',
  },
  'header-key-ignored': {
    severity: 'warning',
    title: 'Key reference in the header ignored',
    hint: 'A token cannot vouch for its own key. jwk, jku, x5u and x5c are shown but never used or fetched.',
    ref: 'RFC 8725 §3.10',
  },
  'header-private-key': {
    severity: 'error',
    title: 'Private key in the header',
    hint: 'The embedded JWK carries private members: whoever issued this token leaked a private key.',
    ref: 'RFC 7515 §4.1.3',
  },
  'signature-valid': {
    severity: 'info',
    title: 'Signature verified',
    hint: 'The signature matches the key.',
    ref: 'RFC 7515 §5.2',
  },
  'signature-invalid': {
    severity: 'error',
    title: 'Signature does not verify',
    hint: 'The token was changed, or it was signed with another key (key rotation, wrong environment, wrong issuer).',
    ref: 'RFC 7515 §5.2',
  },
  'crit-unsupported': {
    severity: 'error',
    title: 'Unknown critical extension',
    hint: 'The header marks an extension critical that a verifier does not understand, so it must reject the token.',
    ref: 'RFC 7515 §4.1.11',
  },
  'crit-invalid': {
    severity: 'error',
    title: 'Malformed crit',
    hint: '"crit" must be a non-empty array of names that are present in the protected header.',
    ref: 'RFC 7515 §4.1.11',
  },
  decrypted: {
    severity: 'info',
    title: 'Decrypted',
    hint: 'The key unwrapped the content key and the tag matched.',
    ref: 'RFC 7516 §5.2',
  },
  'decryption-failed': {
    severity: 'error',
    title: 'Decryption failed',
    hint: 'Wrong key (or password), or the token was changed: the content key or the tag did not check out.',
    ref: 'RFC 7516 §5.2, §11.5',
  },
  'epk-invalid': {
    severity: 'error',
    title: 'Invalid ephemeral key',
    hint: 'The "epk" is not a valid public key on the expected curve: an invalid-curve attack or a broken producer.',
    ref: 'RFC 7518 §4.6.1.1',
  },
  'pbes2-count-exceeded': {
    severity: 'error',
    title: 'PBES2 iteration count too high',
    hint: 'A huge p2c makes decryption take very long (a denial of service). Raise the limit only for a token you trust.',
    ref: 'RFC 8725 §3.5, RFC 7518 §4.8.1.2',
  },
  'zip-limit-exceeded': {
    severity: 'error',
    title: 'Decompressed payload too large',
    hint: 'The compressed payload expands past the limit: possibly a decompression bomb.',
    ref: 'RFC 8725 §3.6',
  },
  'zip-unsupported': {
    severity: 'error',
    title: 'Unsupported compression',
    hint: 'Only "zip": "DEF" is defined, and it must be in the protected header.',
    ref: 'RFC 7516 §4.1.3',
  },
  'nested-inner-unsecured': {
    severity: 'error',
    title: 'Inner token is not signed',
    hint: 'Encryption alone does not say who issued the claims: anyone with the public key can encrypt. Sign, then encrypt.',
    ref: 'RFC 7519 §11.2',
  },
  'exp-expired': {
    severity: 'error',
    title: 'Expired',
    hint: 'Get a fresh token. If it expired only seconds ago, compare the clocks of issuer and receiver.',
    ref: 'RFC 7519 §4.1.4',
  },
  'exp-missing': {
    severity: 'warning',
    title: 'No expiry',
    hint: 'A token without "exp" never expires: a stolen copy works forever.',
    ref: 'RFC 8725 §3.10, RFC 9068 §2.2',
  },
  'nbf-future': {
    severity: 'error',
    title: 'Not yet valid',
    hint: 'The token is not valid before its "nbf": usually a clock difference between issuer and receiver.',
    ref: 'RFC 7519 §4.1.5',
  },
  'iat-future': {
    severity: 'error',
    title: 'Issued in the future',
    hint: 'The issuer’s clock is ahead of this one by more than the tolerance.',
    ref: 'RFC 7519 §4.1.6',
  },
  'iss-mismatch': {
    severity: 'error',
    title: 'Unexpected issuer',
    hint: 'Compare "iss" exactly (scheme, host, path, trailing slash) with the issuer you trust.',
    ref: 'RFC 7519 §4.1.1',
  },
  'aud-mismatch': {
    severity: 'error',
    title: 'Not for this audience',
    hint: 'The token was issued for another service: request one for this audience.',
    ref: 'RFC 7519 §4.1.3',
  },
  'sub-mismatch': {
    severity: 'error',
    title: 'Unexpected subject',
    hint: 'The token is about another subject than expected.',
    ref: 'RFC 7519 §4.1.2',
  },
  'typ-mismatch': {
    severity: 'error',
    title: 'Unexpected token type',
    hint: 'Check "typ" to keep token kinds apart (e.g. "at+jwt" access tokens vs ID tokens).',
    ref: 'RFC 8725 §3.11, RFC 9068 §4',
  },
  'jwks-url-invalid': {
    severity: 'error',
    title: 'Not a usable URL',
    hint: 'Give an absolute http(s) URL, or a path relative to this page such as ./.well-known/jwks.json.',
    ref: 'RFC 7517 §5',
  },
  'jwks-mixed-content': {
    severity: 'error',
    title: 'http URL from an https page',
    hint: 'Browsers block plain-http requests from an https page. Use the https URL of the key set, or paste the JWKS.',
    ref: 'W3C Mixed Content §4',
  },
  'jwks-cors-or-network': {
    severity: 'error',
    title: 'Blocked by CORS or unreachable',
    hint: 'The browser only says "Failed to fetch". Usually the server does not send Access-Control-Allow-Origin, so this page may not read it; or the host is down or offline. Open the URL in a new tab and paste the JWKS into "Verification key" instead.',
    ref: 'Fetch Standard §3.2 (CORS)',
  },
  'jwks-timeout': {
    severity: 'error',
    title: 'No answer in time',
    hint: 'The server did not answer within 5 s. Try again, or paste the JWKS.',
    ref: 'RFC 7517 §5',
  },
  'jwks-http-status': {
    severity: 'error',
    title: 'HTTP error',
    hint: 'Check the URL: a JWKS is usually published at the jwks_uri of the issuer’s discovery document.',
    ref: 'OpenID Connect Discovery §3',
  },
  'jwks-too-large': {
    severity: 'error',
    title: 'Response too large',
    hint: 'A key set is a few kilobytes; more than 1 MB is not a JWKS.',
    ref: 'RFC 7517 §5',
  },
  'jwks-not-json': {
    severity: 'error',
    title: 'Not JSON',
    hint: 'The URL answered with something else (often an HTML login or error page). Check the URL.',
    ref: 'RFC 7517 §8.5',
  },
  'jwks-not-a-jwks': {
    severity: 'error',
    title: 'Not a JWK Set',
    hint: 'A JWKS is an object with a "keys" array of JWKs. Did you give the discovery document or a single key?',
    ref: 'RFC 7517 §5',
  },
  'discovery-invalid': {
    severity: 'error',
    title: 'Invalid discovery document',
    hint: 'The OpenID configuration must be a JSON object with "issuer" and "jwks_uri" strings.',
    ref: 'OpenID Connect Discovery §3',
  },
  'discovery-issuer-mismatch': {
    severity: 'error',
    title: 'Discovery names another issuer',
    hint: 'The document’s "issuer" must equal the issuer you asked about exactly; otherwise its keys cannot vouch for this issuer’s tokens.',
    ref: 'OpenID Connect Discovery §4.3',
  },
  // The issuer side: guard rails that teach while making a token (warnings, never blocks), and refusals.
  'issue-no-exp': {
    severity: 'warning',
    title: 'Token never expires',
    hint: 'Add "exp" (seconds since 1970): without it a leaked copy works forever.',
    ref: 'RFC 7519 §4.1.4, RFC 8725 §3.10',
  },
  'issue-long-lifetime': {
    severity: 'warning',
    title: 'Long-lived access token',
    hint: 'Access tokens are bearer credentials: keep them short (minutes) and use a refresh token for longer sessions.',
    ref: 'RFC 9068 §2.2, RFC 9700 §4.14',
  },
  'issue-short-secret': {
    severity: 'warning',
    title: 'HMAC secret too short',
    hint: 'Use a random secret at least as long as the hash output (32 bytes for HS256, 48 for HS384, 64 for HS512).',
    ref: 'RFC 7518 §3.2',
  },
  'issue-pii-in-jws': {
    severity: 'warning',
    title: 'Personal data in a readable token',
    hint: 'A JWS is signed, not encrypted: anyone holding it can read the claims. Leave personal data out, or encrypt (JWE, or sign then encrypt).',
    ref: 'RFC 7519 §12, RFC 8725 §3.2',
  },
  'issue-unsecured': {
    severity: 'error',
    title: 'Unsecured token made (alg: none)',
    hint: 'Anyone can forge this token. Use it only to test that validators reject it.',
    ref: 'RFC 7519 §6, RFC 8725 §2.1',
  },
  'issue-p2c-out-of-range': {
    severity: 'error',
    title: 'PBES2 iteration count out of range',
    hint: 'Choose a whole "p2c" between 1,000 and 600,000; decoders (this one included) may refuse counts above 10,000.',
    ref: 'RFC 7518 §4.8.1.2, RFC 8725 §3.5',
  },
  'issue-failed': {
    severity: 'error',
    title: 'Token not made',
    hint: 'The request is incomplete or the library refused the header or key; the message says which.',
    ref: 'RFC 7515 §5.1, RFC 7516 §5.1',
  },
} as const satisfies Record<string, FindingInfo>;

export type FindingCode = keyof typeof FINDINGS;
