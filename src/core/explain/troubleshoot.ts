import type { FindingCode } from '../findings/catalogue';

/** What an experienced IAM engineer would say about a finding: the usual reasons, then what to do. */
export interface Troubleshooting {
  /** Most likely first. */
  causes: string[];
  fix: string;
}

const OK = 'Nothing to fix.';

/**
 * Likely causes and the fix for every finding code (`FINDINGS`). Typed over `FindingCode`, so a new code
 * without an entry fails to compile. An honest catalogue: long because it is one table.
 */
export const TROUBLESHOOTING: Readonly<Record<FindingCode, Troubleshooting>> = {
  'input-normalized': {
    causes: ['the token was copied with "Bearer ", quotes, a header name or whitespace around it'],
    fix: OK,
  },
  'input-empty': { causes: ['nothing was pasted yet'], fix: 'Paste a JWT, a JWS or a JWE.' },
  'input-too-large': {
    causes: ['a whole log file or HTTP dump was pasted', 'the token embeds a large document or image'],
    fix: 'Paste only the token. Tokens in headers are limited to a few kilobytes by most servers anyway.',
  },
  'not-a-token': {
    causes: [
      'an opaque access token (a random string) was pasted: only the authorization server can introspect it',
      'a refresh token or authorization code was pasted instead of the access or ID token',
      'the copy is truncated (a dot-separated part is missing)',
    ],
    fix: 'Copy the whole token. If it has no dots it is opaque: ask the issuer’s introspection endpoint (RFC 7662) instead.',
  },
  'base64url-invalid': {
    causes: [
      'the token was URL-encoded or base64 (not base64url) encoded by some hop: look for %2B, +, / or =',
      'a line break or space was inserted when copying from a terminal or an email',
      'the copy was truncated',
    ],
    fix: 'Copy the raw token again from its source (the HTTP header, not a log that wraps lines).',
  },
  'utf8-invalid': {
    causes: ['the issuer encoded the header or claims in Latin-1 or UTF-16', 'the part is binary, not JSON'],
    fix: 'Fix the issuer’s serializer to emit UTF-8 JSON before base64url encoding.',
  },
  'json-invalid': {
    causes: [
      'a hand-made token with a typo',
      'the issuer’s serializer wrote single quotes, trailing commas or NaN',
      'the part was truncated',
    ],
    fix: 'Use a JOSE library to build tokens rather than string concatenation.',
  },
  'json-too-deep': {
    causes: ['a hostile token meant to exhaust a parser', 'a broken serializer that recursed'],
    fix: 'Reject the token; legitimate issuers never nest claims this deeply.',
  },
  'json-duplicate-member': {
    causes: [
      'an attacker added a second "alg", "sub" or "role" hoping another parser reads a different value',
      'a hand-made token where a member was added twice',
    ],
    fix: 'Reject the token. If you make such tokens, build the header and claims as objects, not text.',
  },
  'json-number-imprecise': {
    causes: [
      'a 64-bit database or snowflake ID written as a JSON number by a language with exact integers',
      'a time in milliseconds or with sub-second digits where a NumericDate of whole seconds was meant',
    ],
    fix: 'Issue large IDs as strings and times as integer seconds; verifiers in JavaScript compare the rounded value.',
  },
  'header-param-invalid': {
    causes: [
      'a hand-written or fuzzed header (kid as a number, crit as a string)',
      'a library that serializes a numeric key id without quoting it',
      'an attacker probing whether a verifier treats a malformed kid as "no kid" and tries every key',
    ],
    fix: 'Give each header parameter its registered type (kid a string, crit an array of names, b64 a boolean, epk a JWK object); a verifier rejects the token as it is.',
  },
  'header-not-object': {
    causes: ['the parts are in the wrong order', 'the token is not JOSE at all (e.g. a base64 blob)'],
    fix: 'Check that the first part decodes to a JSON object such as {"alg":"RS256","typ":"JWT"}.',
  },
  'alg-invalid': {
    causes: ['a hand-made header without "alg"', 'a typo such as "rs256" (names are case-sensitive)'],
    fix: 'Set "alg" to a registered name, e.g. "RS256" or "ES256".',
  },
  'alg-none': {
    causes: [
      'a test token, or a library default in development',
      'an attack: a real token with its signature stripped and "alg" changed to "none"',
    ],
    fix: 'Never accept "none": pin the algorithms you expect in your verifier.',
  },
  'enc-invalid': {
    causes: ['the JWE header lacks "enc"', 'a typo or an unregistered value'],
    fix: 'Set "enc" to a registered value such as "A256GCM" or "A128CBC-HS256".',
  },
  'signature-missing': {
    causes: [
      'someone stripped the signature to test (or attack) the verifier',
      'the copy lost its last part',
      'an unsecured token whose header was later changed',
    ],
    fix: 'Get the complete token from its issuer; reject tokens without a signature.',
  },
  'payload-detached': {
    causes: ['the payload travels separately, e.g. in an HTTP body next to a JWS signature header'],
    fix: 'Paste the detached payload to verify the signature.',
  },
  'payload-not-json': {
    causes: ['a JWS over arbitrary content (not a JWT)', 'the payload is compressed or binary'],
    fix: 'Fine for a general JWS; a JWT must carry a JSON object of claims.',
  },
  'payload-nested-token': { causes: ['a nested JWT: signed, then wrapped in another layer'], fix: OK },
  'jwe-invalid': {
    causes: [
      'a part was truncated or swapped',
      'the IV or tag length does not match "enc" (a producer bug)',
      '"dir" or "ECDH-ES" with a non-empty encrypted key',
    ],
    fix: 'Copy the token again; if it persists, the producer builds the JWE incorrectly.',
  },
  'serialization-invalid': {
    causes: [
      'a hand-made JSON serialization',
      'a member such as "signature" or "ciphertext" is missing or not a string',
    ],
    fix: 'Compare the object with RFC 7515 §7.2 / RFC 7516 §7.2, or produce it with a JOSE library.',
  },
  'timestamp-suspicious': {
    causes: [
      'the issuer wrote milliseconds (JavaScript Date.now()) where seconds are required',
      'a fuzzed or forged value (1e16, 2^53 + 1, 1e400) meant to overflow a verifier’s date arithmetic',
    ],
    fix: 'Divide by 1000 at the issuer: NumericDate is seconds since 1970 (Math.floor(Date.now() / 1000)). A value outside the range of dates must be rejected.',
  },
  'claim-type-invalid': {
    causes: [
      'exp, nbf or iat was written as a string ("1700000000") or an ISO date',
      'aud was written as a comma-separated string instead of an array',
      'a boolean claim was serialized as a string ("true"), or sub as a number or an object',
    ],
    fix: 'Fix the issuer: give each claim its registered type (NumericDates numbers, aud a string or an array of strings, sub a string).',
  },
  'alg-not-allowed': {
    causes: [
      'the issuer switched algorithms (e.g. RS256 to PS256 or ES256) and your allow-list did not follow',
      'an algorithm-confusion attack: HS256 with the public key as the secret',
      'the token comes from another issuer',
    ],
    fix: 'Allow exactly the algorithms your issuer publishes in its JWKS ("alg") or discovery document.',
  },
  'alg-unsupported': {
    causes: ['the algorithm, or a key or curve it is used with, is one JWT Lens cannot run'],
    fix: 'Verify it with a server-side library, or ask the issuer for a WebCrypto algorithm (RS256, PS256, ES256, EdDSA).',
  },
  'alg-deprecated': {
    causes: ['an older issuer still encrypts the content key with RSA1_5 (RSAES-PKCS1-v1_5)'],
    fix: 'Move the issuer to RSA-OAEP-256 or ECDH-ES; servers must refuse RSA1_5 (Bleichenbacher padding oracle).',
  },
  'key-invalid': {
    causes: [
      'a PEM block lost its line breaks or its BEGIN/END lines',
      'a JWK is missing members ("n"/"e", "x"/"y", "k")',
      'an encrypted private key (ENCRYPTED PRIVATE KEY) was pasted',
    ],
    fix: 'Paste the public key as PEM, a JWK, or the issuer’s JWKS; decrypt private keys first (openssl pkcs8).',
  },
  'key-recognized': { causes: ['the pasted key material was parsed'], fix: OK },
  'key-missing': {
    causes: ['no verification or decryption key was given'],
    fix: 'Paste the issuer’s public key or JWKS, or load it from the issuer’s jwks_uri; for a JWE, the recipient’s key.',
  },
  'key-not-found': {
    causes: [
      'the issuer rotated its signing key and your cached JWKS is stale',
      'the keys are from another issuer, tenant or environment (staging vs production)',
      'a Microsoft Graph or other first-party token, signed with keys you are not meant to use',
    ],
    fix: 'Fetch the issuer’s current JWKS (jwks_uri from its discovery document) and refresh caches when a kid is unknown.',
  },
  'key-alg-mismatch': {
    causes: [
      'an RSA key for an ES* token, or an EC key for RS* (the issuer changed key type)',
      'a public key pasted for an HS* token: an algorithm-confusion attack or a misconfigured issuer',
    ],
    fix: 'Use a key of the type the algorithm needs, and pin the algorithm rather than trusting the header.',
  },
  'key-wrong-use': {
    causes: ['an encryption key ("use": "enc") was used to verify, or a signing key to decrypt'],
    fix: 'Pick the key published for this purpose; keep signing and encryption keys apart.',
  },
  'key-in-wrong-box': {
    causes: [
      'the recipient’s private key was pasted under "Verification key" for an encrypted token',
      'a public key was pasted under "Decryption key": it can verify a signature but decrypt nothing',
    ],
    fix: 'Use the button beside the key to move it to the other box.',
  },
  'key-weak': {
    causes: ['a legacy 1024-bit RSA key', 'an HMAC secret shorter than the hash (often a human-chosen password)'],
    fix: 'Rotate to 2048-bit (or larger) RSA or to EC keys, and to random HMAC secrets of at least 32 bytes.',
  },
  'header-key-ignored': {
    causes: [
      'the issuer includes x5c or jwk for convenience',
      'an attack: the token embeds the attacker’s own key hoping the verifier trusts it',
    ],
    fix: 'Verify with keys from a source you trust (pinned JWKS or certificate), never from the token itself.',
  },
  'kid-suspicious': {
    causes: ['a tester’s kid injection (path traversal or SQL) aimed at validators that read kid as a file or a query'],
    fix: 'Look kid up in a fixed map of trusted keys; never use it as a path or in a query.',
  },
  'x5c-chain-valid': { causes: ['the issuer’s certificate chains to a CA you listed as a trust anchor'], fix: OK },
  'x5c-chain-invalid': {
    causes: [
      'a certificate in the chain expired (often the leaf, rotated on the issuer but not in its signing config)',
      'the chain is out of order or misses the intermediate: x5c lists the leaf first, then each issuer',
      'an intermediate without basicConstraints cA=true, or a leaf whose keyUsage lacks digitalSignature',
      'x5t#S256 was computed over another certificate, or over PEM text instead of the DER bytes',
      'x5c holds base64url or PEM text instead of base64 DER',
    ],
    fix: 'Rebuild x5c from the signing certificate and its issuers (base64 DER, leaf first) and renew any expired certificate.',
  },
  'x5c-untrusted': {
    causes: [
      'no trust anchor was given, or another CA’s certificate was pasted',
      'the issuer’s CA was re-keyed and the anchor is the old certificate',
    ],
    fix: 'Paste the certificate of the CA you trust for this issuer under Trust anchors; a chain that ends at it is used.',
  },
  'trust-anchor-invalid': {
    causes: ['a key or a CSR was pasted instead of a certificate', 'the PEM was cut off or its line breaks escaped'],
    fix: 'Paste each CA certificate as a PEM "-----BEGIN CERTIFICATE-----" block.',
  },
  'header-private-key': {
    causes: ['the issuer serialized its private JWK (with "d") instead of the public one'],
    fix: 'Treat the key as compromised: rotate it now and fix the issuer to export the public key only.',
  },
  'signature-valid': { causes: ['the key matched'], fix: OK },
  'signature-invalid': {
    causes: [
      'the signing key was rotated and your JWKS cache is stale',
      'the token was changed after signing (a claim edited, a part swapped)',
      'a different environment or issuer signed it (staging vs production, another tenant)',
      'the token was re-serialized: JSON whitespace or member order changed, so the signed bytes differ',
      'the wrong secret, or the right secret in the wrong encoding (base64 vs text)',
    ],
    fix: 'Verify with the current key of the issuer named in "iss", and pass the token through unmodified.',
  },
  'crit-unsupported': {
    causes: ['the issuer uses an extension (e.g. "b64" or a custom one) that this verifier does not implement'],
    fix: 'Use a verifier that implements the extension, or ask the issuer not to mark it critical.',
  },
  'crit-invalid': {
    causes: ['"crit" is empty, not an array, names a member that is absent, or lists a standard parameter'],
    fix: 'List only extension names that appear in the protected header.',
  },
  decrypted: { causes: ['the key opened the content key and the tag matched'], fix: OK },
  'decryption-failed': {
    causes: [
      'the wrong private key or shared secret (another environment, a rotated key)',
      'the right secret in the wrong encoding (base64 vs text)',
      'the token was changed or truncated, so the authentication tag fails',
      'the JWE was encrypted to another recipient',
    ],
    fix: 'Use the recipient key whose kid the header names, in its exact bytes, and an unmodified token.',
  },
  'epk-invalid': {
    causes: ['an invalid-curve attack', 'a producer that writes the ephemeral key on another curve'],
    fix: 'Reject the token.',
  },
  'pbes2-count-exceeded': {
    causes: ['a denial-of-service attempt with a huge p2c', 'a producer with an unusually high iteration count'],
    fix: 'Raise the limit only for a token from a source you trust.',
  },
  'zip-limit-exceeded': {
    causes: ['a decompression bomb', 'a genuinely large payload'],
    fix: 'Reject it, or raise the limit only for a trusted source.',
  },
  'zip-unsupported': {
    causes: ['a "zip" value other than "DEF"', '"zip" placed in an unprotected header, or used on a JWS'],
    fix: 'Use "zip": "DEF" in the protected header of a JWE only.',
  },
  'nested-inner-unsecured': {
    causes: ['the producer encrypted claims without signing them first'],
    fix: 'Sign, then encrypt (RFC 7519 §11.2): with public-key encryption anyone can make such a token.',
  },
  'exp-expired': {
    causes: [
      'the client did not refresh the token: an old token from a cache or a log was reused',
      'the clocks disagree: this machine’s clock is ahead of the issuer’s',
      'the token lifetime is shorter than the time the request took to arrive (queues, retries)',
    ],
    fix: 'Get a fresh token. If it expired only seconds ago, compare the clocks (date -u on both hosts, NTP) and allow a small leeway (30–60 s).',
  },
  'exp-missing': {
    causes: ['the issuer does not set "exp" (common in hand-made or long-lived service tokens)'],
    fix: 'Have the issuer set a short "exp"; reject tokens without one where you can.',
  },
  'nbf-future': {
    causes: [
      'the issuer’s clock is ahead of this machine’s',
      'the token is used immediately after issuance and the clocks differ by a few seconds',
    ],
    fix: 'Compare the clocks (NTP on both) and allow a small leeway; the skew is how far "nbf" is ahead of now.',
  },
  'iat-future': {
    causes: [
      'the issuer’s clock is ahead of this machine’s',
      'this machine’s clock is behind (a VM resumed from sleep)',
    ],
    fix: 'Compare the clocks (NTP on both) and allow a small leeway; the skew is how far "iat" is ahead of now.',
  },
  'iss-mismatch': {
    causes: [
      'a trailing slash or scheme differs ("https://issuer/" vs "https://issuer")',
      'Entra v1.0 (sts.windows.net) vs v2.0 (login.microsoftonline.com/…/v2.0) issuers',
      'a token from another tenant, realm or environment',
    ],
    fix: 'Set the expected issuer to the "issuer" of the discovery document, character for character.',
  },
  'aud-mismatch': {
    causes: [
      'valid in one service and not another: the token was requested for another audience (resource, scope)',
      'an ID token (aud = client ID) was sent to an API that expects an access token',
      'Entra: the audience is the app ID URI ("api://…") in one place and the client ID GUID in another',
    ],
    fix: 'Request a token for this API’s audience (resource / scope), and configure the API’s expected audience to match.',
  },
  'sub-mismatch': {
    causes: ['the token belongs to another user or client', 'pairwise subject identifiers differ per client'],
    fix: 'Check which user or client the token was issued for.',
  },
  'typ-mismatch': {
    causes: [
      'an ID token was sent where an access token ("at+jwt") is expected, or the reverse',
      'the issuer does not set "typ"',
    ],
    fix: 'Send the right kind of token; set the expected typ to what your issuer actually emits.',
  },
  'jwks-url-invalid': {
    causes: ['a relative or mistyped URL', 'the issuer URL was given instead of its jwks_uri'],
    fix: 'Use the absolute https jwks_uri from the discovery document.',
  },
  'jwks-mixed-content': {
    causes: ['an http:// URL from this https page'],
    fix: 'Use the https URL, or paste the JWKS.',
  },
  'jwks-cors-or-network': {
    causes: [
      'the key server sends no Access-Control-Allow-Origin',
      'the host is unreachable or only on a private network',
    ],
    fix: 'Open the URL in a new tab and paste the JWKS into the key field.',
  },
  'jwks-timeout': { causes: ['the key server is slow or unreachable'], fix: 'Try again, or paste the JWKS.' },
  'jwks-http-status': {
    causes: ['a wrong path (404)', 'the key set needs authentication (401/403), which a public JWKS should not'],
    fix: 'Take jwks_uri from the issuer’s /.well-known/openid-configuration.',
  },
  'jwks-too-large': { causes: ['the URL serves something other than a key set'], fix: 'Check the URL.' },
  'jwks-not-json': {
    causes: ['the URL answers with an HTML login or error page', 'a proxy rewrote the response'],
    fix: 'Open the URL in a tab to see what it serves.',
  },
  'jwks-not-a-jwks': {
    causes: ['the discovery document or a single JWK was given instead of the key set'],
    fix: 'Use the jwks_uri (an object with a "keys" array).',
  },
  'discovery-invalid': {
    causes: ['the URL is not /.well-known/openid-configuration', 'the provider is OAuth-only (RFC 8414 metadata)'],
    fix: 'Use the issuer’s /.well-known/openid-configuration or /.well-known/oauth-authorization-server.',
  },
  'discovery-issuer-mismatch': {
    causes: [
      'a trailing slash differs',
      'a multi-tenant "common" endpoint whose issuer is a template',
      'a proxy or wrong host',
    ],
    fix: 'Use the discovery document of the exact issuer in the token’s "iss".',
  },
  'issue-no-exp': { causes: ['no lifetime was chosen'], fix: 'Set "exp", minutes for access tokens.' },
  'issue-long-lifetime': {
    causes: ['a long lifetime chosen to avoid refreshing'],
    fix: 'Keep access tokens short-lived and use refresh tokens.',
  },
  'issue-short-secret': {
    causes: ['a human-chosen password used as an HMAC key'],
    fix: 'Generate a random secret of at least the hash length (openssl rand -base64 32).',
  },
  'issue-pii-in-jws': {
    causes: ['personal data added to a signed (readable) token'],
    fix: 'Leave it out, or sign then encrypt.',
  },
  'issue-unsecured': { causes: ['"none" was chosen to test a validator'], fix: 'Never send it to a real service.' },
  'issue-p2c-out-of-range': {
    causes: ['an iteration count outside what decoders accept'],
    fix: 'Choose a whole p2c between 1,000 and 600,000.',
  },
  'issue-failed': {
    causes: ['the key does not fit the algorithm', 'a header member is malformed'],
    fix: 'Read the message: it names the refused part.',
  },
  'profile-detected': {
    causes: ['the token’s typ or claims say what it is for'],
    fix: OK,
  },
  'profile-typ-mismatch': {
    causes: [
      'the issuer does not set explicit types (typ "JWT" or none)',
      'the token is another kind than the one it is validated as',
    ],
    fix: "Set the profile's typ at the issuer and check it in every validator.",
  },
  'token-confusion': {
    causes: [
      'an ID token sent to an API as if it were an access token',
      'a logout token or another SET accepted where an ID token is expected',
      'the "Validate as" choice does not match the token',
    ],
    fix: 'Send each token only where it belongs; validators must check typ (RFC 8725 §3.11).',
  },
  'profile-claim-missing': {
    causes: ['the issuer does not implement the profile fully', 'a generic JWT validated as a profile token'],
    fix: 'Add the claim at the issuer, or validate the token as what it is.',
  },
  'profile-claim-forbidden': {
    causes: [
      'the issuer copied claims from another kind of token (a nonce into a logout token)',
      'a request object that nests request or request_uri',
    ],
    fix: 'Remove the claim at the issuer.',
  },
  'profile-alg-forbidden': {
    causes: ['an HMAC or "none" token where the profile needs a signature by a key only the sender has'],
    fix: 'Sign with an allowed asymmetric algorithm.',
  },
  'nonce-missing': {
    causes: [
      'the nonce was not sent in the authorization request',
      'the provider drops it (some do in the refresh flow, where ID tokens need no nonce)',
    ],
    fix: 'Send a nonce and refuse ID tokens from the authorization flow without it.',
  },
  'nonce-mismatch': {
    causes: [
      'two logins in two tabs overwrote the stored nonce',
      'the ID token is replayed from another login',
      'the nonce was stored hashed and compared raw (or the reverse)',
    ],
    fix: 'Store one nonce per login attempt and compare exactly.',
  },
  'azp-missing': {
    causes: ['the provider issues ID tokens for several audiences without azp'],
    fix: 'Check which client the token was issued to, or ask the provider to add azp.',
  },
  'azp-mismatch': {
    causes: ['the ID token was issued to another client of the same provider', 'a wrong client ID configured'],
    fix: 'Refuse the token; check the client ID.',
  },
  'at-hash-mismatch': {
    causes: [
      'the access token compared is not the one returned with this ID token (a refreshed one, another login’s)',
      'the hash was taken with SHA-256 for a non-256 alg, or over the whole digest instead of its left half',
      'the access token was trimmed, decoded or re-encoded before hashing',
    ],
    fix: 'Hash the exact access token from the same response with the hash of the ID token’s alg and compare the left half.',
  },
  'c-hash-mismatch': {
    causes: ['the code compared is from another response', 'the code was URL-decoded differently'],
    fix: 'Hash the exact code from the same response.',
  },
  's-hash-mismatch': {
    causes: ['the state compared is from another request'],
    fix: 'Hash the exact state sent in this request.',
  },
  'auth-time-too-old': {
    causes: [
      'the provider reused an old session (single sign-on) although max_age was sent',
      'max_age given in minutes instead of seconds',
    ],
    fix: 'Ask for a fresh login (prompt=login) or a larger max_age.',
  },
  'client-id-mismatch': {
    causes: [
      'the token was issued to another client',
      'a client assertion whose iss and sub differ (sub must be the client ID)',
      'a request object signed for another client',
    ],
    fix: 'Check the client ID on both sides; for a client assertion set iss and sub to the client ID.',
  },
  'events-invalid': {
    causes: [
      'events holds a string or an array instead of an object of objects',
      'a logout token without the back-channel logout event',
    ],
    fix: 'Make events a JSON object of event URIs, each mapping to an object ({} for logout).',
  },
  'state-mismatch': {
    causes: ['the response answers another request (two tabs)', 'a forged response (CSRF)'],
    fix: 'Store the state per request and compare exactly.',
  },
  'dpop-jwk-invalid': {
    causes: [
      'the client put its private key (d) or a symmetric key in the header',
      'the header has no jwk, or a kid instead',
    ],
    fix: 'Put the public JWK (kty, crv, x, y or n, e) in the header.',
  },
  'dpop-key-embedded': {
    causes: ['a DPoP proof carries its own public key by design'],
    fix: OK,
  },
  'dpop-htm-mismatch': {
    causes: ['a proof made for GET reused for POST', 'htm in lower case'],
    fix: 'Sign a new proof with the exact method.',
  },
  'dpop-htu-mismatch': {
    causes: [
      'htu includes the query string or fragment',
      'a proxy or load balancer changes scheme, host or port',
      'a trailing slash or path differs',
    ],
    fix: 'Use scheme://host[:port]/path without query and fragment, as the server sees it.',
  },
  'dpop-ath-mismatch': {
    causes: [
      'the proof was made for another (older) access token',
      'ath hashed "Bearer"/"DPoP" and the token, or hex instead of base64url',
      'no ath although the proof goes with an access token',
    ],
    fix: 'Set ath to base64url(SHA-256(access token)) for the token sent with the proof.',
  },
  'dpop-nonce-mismatch': {
    causes: ['a stale nonce after the server rotated it'],
    fix: 'Retry with the nonce from the latest DPoP-Nonce header.',
  },
  'dpop-iat-window': {
    causes: ['a proof cached and reused', 'the client clock is off'],
    fix: 'Make a fresh proof for each request and sync the clock.',
  },
  'dpop-binding-mismatch': {
    causes: [
      'the client rotated its DPoP key but kept the old access token',
      'the access token is a plain bearer token with no cnf.jkt',
      'the thumbprint was computed over the wrong members or not in RFC 7638 order',
    ],
    fix: 'Use the key the token was issued to, or get a new token for the new key.',
  },
  'vendor-graph-header-nonce': {
    causes: [
      'a token for Microsoft Graph (aud 00000003-0000-0000-c000-000000000000) is being validated by your own code',
    ],
    fix: 'Do not validate Graph tokens: they are for Graph. Request a token for your own API’s scope.',
  },
  'vendor-note': {
    causes: ['this issuer follows its own conventions'],
    fix: OK,
  },
  'sd-disclosure-invalid': {
    causes: [
      'the disclosure was cut when copying, or two "~" follow each other',
      'an implementation of an old draft encodes disclosures differently',
    ],
    fix: 'Copy the SD-JWT again whole; issue disclosures as RFC 9901 §4.2 says.',
  },
  'sd-disclosure-unreferenced': {
    causes: [
      'a disclosure from another credential was added',
      'the disclosure was changed (one character is enough)',
      'the issuer hashed with another algorithm than _sd_alg says',
    ],
    fix: 'Present the disclosures exactly as the issuer gave them.',
  },
  'sd-digest-duplicate': {
    causes: [
      'a disclosure was presented twice',
      'the issuer reused a digest (a bug, or an attempt to confuse verifiers)',
    ],
    fix: 'Present each disclosure once; issuers must use fresh salts.',
  },
  'sd-claim-name-invalid': {
    causes: ['a crafted disclosure tries to inject digests'],
    fix: 'Reject the SD-JWT.',
  },
  'sd-claim-collision': {
    causes: [
      'a crafted disclosure tries to replace a signed claim',
      'the issuer put a claim both in the clear and as a disclosure',
    ],
    fix: 'Reject the SD-JWT; issuers must not do both.',
  },
  'sd-alg-unsupported': {
    causes: ['a hash WebCrypto lacks (sha3-256)', '_sd_alg placed inside a nested object'],
    fix: 'Issue with sha-256 at the top level.',
  },
  'kb-jwt-missing': {
    causes: ['the holder presented without key binding', 'the KB-JWT was cut off when copying'],
    fix: 'Present with a key-binding JWT.',
  },
  'kb-jwt-invalid': {
    causes: [
      'signed with another key than the one in cnf',
      'typ missing or not kb+jwt',
      'a KB-JWT of an older presentation',
    ],
    fix: 'Sign a fresh KB-JWT with the holder key the credential is bound to.',
  },
  'kb-sd-hash-mismatch': {
    causes: [
      'disclosures were added or removed after the KB-JWT was made',
      'the hash was taken without the final "~" or over the issuer JWT only',
    ],
    fix: 'Make the KB-JWT after choosing the disclosures, over exactly what is sent.',
  },
  'kb-nonce-mismatch': {
    causes: ['a replayed presentation', 'the wallet used an old nonce'],
    fix: 'Present again with the verifier’s fresh nonce.',
  },
  'kb-aud-mismatch': {
    causes: ['a presentation meant for another verifier was forwarded'],
    fix: 'Present to the verifier named in aud, or make a new presentation.',
  },
  'kb-iat-window': {
    causes: ['a stored presentation replayed', 'the wallet clock is off'],
    fix: 'Make a fresh presentation.',
  },
  'kb-cnf-missing': {
    causes: ['the credential was issued without holder binding'],
    fix: 'Issue the credential with cnf.jwk, or do not require key binding.',
  },
  'sd-vc-vct-missing': {
    causes: ['an SD-JWT that is not a VC was typed dc+sd-jwt'],
    fix: 'Add vct at the issuer.',
  },
  'sd-vc-claim-not-disclosable': {
    causes: ['the issuer made every claim disclosable'],
    fix: 'Issue those claims in the clear.',
  },
};
