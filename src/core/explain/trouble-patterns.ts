import type { FindingCode } from '../findings/catalogue';
import type { ProfileId } from '../profiles/types';

/**
 * A mistake seen again and again in real deployments: what the person debugging sees, why it happens and
 * what to change. Unlike `TROUBLESHOOTING` (one entry per finding code) a pattern spans profiles and codes.
 */
export interface TroublePattern {
  /** Stable kebab-case name. */
  id: string;
  symptom: string;
  cause: string;
  fix: string;
  /** The profiles it concerns; the guide of each lists it. */
  profiles: ProfileId[];
  /** The findings the inspector raises for it, most telling first. */
  codes: FindingCode[];
  ref: string;
}

/** The one table of troubleshooting patterns; the profile guide shows those of the chosen profile. */
export const TROUBLE_PATTERNS: readonly TroublePattern[] = [
  {
    id: 'id-token-sent-to-api',
    symptom: 'An API receives an ID token in "Authorization: Bearer" — and either refuses it or, worse, accepts it.',
    cause:
      'The client sent the id_token from the login response instead of the access_token. Both are JWTs from the same issuer signed with the same keys, so an API that checks only the signature and iss cannot tell them apart; the ID token’s aud is the client, not the API.',
    fix: 'Send the access token to APIs and keep the ID token in the client. In the API, require typ "at+jwt" (or whatever marks your provider’s access tokens) and your own identifier in aud.',
    profiles: ['id-token', 'access-token'],
    codes: ['token-confusion', 'profile-typ-mismatch', 'aud-mismatch'],
    ref: 'RFC 8725 §2.8, §3.11; RFC 9068 §4',
  },
  {
    id: 'access-token-without-at-jwt',
    symptom: 'A validator written to RFC 9068 refuses every access token from the provider: "Wrong or missing typ".',
    cause:
      'Many providers issue access tokens with typ "JWT" or no typ at all: their format predates RFC 9068 or is their own. Auto-detection then recognises the token by its claims, not its typ.',
    fix: 'Turn on the provider’s RFC 9068 token profile where it offers one. Otherwise validate the provider’s documented format (aud, client ID, scope) and make sure something still tells its access tokens from its ID tokens.',
    profiles: ['access-token'],
    codes: ['profile-typ-mismatch'],
    ref: 'RFC 9068 §2.1, §4',
  },
  {
    id: 'dpop-htu-with-query',
    symptom: 'Every DPoP-protected request with a query string fails: "htu is not the request URI".',
    cause:
      'The client put the full URL, query (or fragment) included, in htu. htu is the request URI without query and fragment, so a proof whose htu has a "?" never matches.',
    fix: 'Build htu from scheme, host, port and path only. Behind a proxy, use the scheme and host the server sees (or the public ones it is configured to expect).',
    profiles: ['dpop-proof'],
    codes: ['dpop-htu-mismatch'],
    ref: 'RFC 9449 §4.2, §4.3 step 9',
  },
  {
    id: 'dpop-ath-wrong-input',
    symptom: 'The resource server refuses the proof: "ath does not match the access token".',
    cause:
      'ath was computed over "Bearer …" or "DPoP …" rather than the bare token, encoded as hex or padded base64, or the client refreshed the token and sent the new one with a proof made for the old one.',
    fix: 'ath is base64url (no padding) of SHA-256 over the exact ASCII access token sent in the Authorization header; make the proof after choosing the token.',
    profiles: ['dpop-proof', 'access-token'],
    codes: ['dpop-ath-mismatch'],
    ref: 'RFC 9449 §4.2, §4.3 step 12',
  },
  {
    id: 'dpop-proof-other-key',
    symptom:
      'The proof verifies with the key in its own header, yet the resource server refuses it: the access token is not bound to that key.',
    cause:
      'The client made a new key pair (a page reload, a key never stored, another device or instance) after the token was issued, so the token’s cnf.jkt is the thumbprint of a key the client no longer signs with.',
    fix: 'Keep the key pair for as long as the tokens bound to it (a non-extractable key in IndexedDB in a browser) and sign every proof with it; after changing keys, get new tokens with the new key.',
    profiles: ['dpop-proof', 'access-token'],
    codes: ['dpop-binding-mismatch'],
    ref: 'RFC 9449 §6.1, §7.1',
  },
  {
    id: 'at-hash-wrong-input-or-hash',
    symptom: 'The ID token’s at_hash does not match, though the access token came in the same response.',
    cause:
      'The hash went over another token (the ID token itself, the refresh token, "Bearer …"), over all of the digest instead of its left half, or with the wrong hash: it is the hash the ID token’s alg names (SHA-384 for RS384/ES384/PS384), and for EdDSA with Ed25519 it is SHA-512.',
    fix: 'Take the access token returned with this ID token, hash its ASCII with the hash of the ID token’s alg (SHA-512 for EdDSA/Ed25519), keep the left half of the digest and base64url it without padding.',
    profiles: ['id-token'],
    codes: ['at-hash-mismatch'],
    ref: 'OIDC Core §3.1.3.6, §3.2.2.9',
  },
  {
    id: 'id-token-nonce-other-login',
    symptom: 'A login fails now and then with a nonce mismatch, often when the user has two tabs open.',
    cause:
      'The nonce was stored in one place per browser (a cookie or session key) and a second login overwrote it before the first response came back; or the client compared with a nonce from an earlier login.',
    fix: 'Store the nonce per login request (keyed by state) and compare the ID token’s nonce with the one stored for that request.',
    profiles: ['id-token'],
    codes: ['nonce-mismatch', 'nonce-missing'],
    ref: 'OIDC Core §3.1.2.1, §3.1.3.7 step 11',
  },
  {
    id: 'graph-token-only-graph-verifies',
    symptom:
      'A Microsoft Graph access token fails signature verification with the right Entra ID key, while other tokens from the tenant verify.',
    cause:
      'Tokens for Microsoft Graph carry a nonce in the header; Entra signs them over a hash of that nonce, not the nonce shown, so only Graph can verify them.',
    fix: 'Do not validate Graph tokens in your own code. Request a token for your own API (its own scope, e.g. api://<app id>/.default) and validate that one.',
    profiles: ['access-token'],
    codes: ['vendor-graph-header-nonce', 'signature-invalid'],
    ref: 'Microsoft identity platform: access tokens',
  },
  {
    id: 'logout-token-with-nonce',
    symptom: 'A client refuses a back-channel logout token: "A claim the profile forbids is present" (nonce).',
    cause:
      'The provider (or a hand-made test) built the logout token with its ID-token code, which adds a nonce. A logout token must never carry one, so that it can never pass as an ID token.',
    fix: 'Build logout tokens with their own claim set — iss, aud, iat, exp, jti, events with the back-channel logout event, sub and/or sid — typ "logout+jwt", and no nonce.',
    profiles: ['logout-token'],
    codes: ['profile-claim-forbidden'],
    ref: 'Back-Channel Logout §2.4',
  },
  {
    id: 'client-assertion-iss-not-sub',
    symptom: 'The token endpoint answers invalid_client to a private_key_jwt request whose signature is fine.',
    cause:
      'The client assertion’s iss was set to the authorization server (mixing up iss and aud), or its sub to a user; for client authentication both iss and sub are the client ID.',
    fix: 'Set iss and sub to the client ID, aud to the authorization server (its issuer or the token endpoint, as it documents), a short exp and a fresh jti.',
    profiles: ['client-assertion'],
    codes: ['client-id-mismatch', 'aud-mismatch'],
    ref: 'RFC 7523 §3, OIDC Core §9',
  },
];

/** The patterns that concern one profile, in table order. */
export function listTroublePatterns(id: ProfileId): TroublePattern[] {
  return TROUBLE_PATTERNS.filter((pattern) => pattern.profiles.includes(id));
}
