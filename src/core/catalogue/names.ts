export interface NameInfo {
  /** Plain words: "Expiration time". */
  title: string;
  /** One sentence on what it means. */
  description: string;
  ref: string;
}

/**
 * JOSE header parameters (RFC 7515 §4.1, RFC 7516 §4.1, RFC 7797 §3, RFC 8725 §3.11). A short list
 * for now; the complete IANA registry joins it later.
 */
export const HEADER_PARAMETERS: Readonly<Record<string, NameInfo>> = {
  alg: {
    title: 'Algorithm',
    description: 'The algorithm that signs (JWS) or manages the content key (JWE).',
    ref: 'RFC 7515 §4.1.1',
  },
  enc: {
    title: 'Content encryption',
    description: 'The algorithm that encrypts the payload of a JWE.',
    ref: 'RFC 7516 §4.1.2',
  },
  typ: {
    title: 'Type',
    description: 'Media type of the whole token, e.g. "JWT" or "at+jwt"; used to tell token kinds apart.',
    ref: 'RFC 7515 §4.1.9',
  },
  cty: {
    title: 'Content type',
    description: 'Media type of the payload; "JWT" means the payload is itself a token (nested).',
    ref: 'RFC 7515 §4.1.10',
  },
  kid: {
    title: 'Key ID',
    description: 'Names the key that signed or can decrypt the token, to pick it from a key set.',
    ref: 'RFC 7515 §4.1.4',
  },
  jku: {
    title: 'JWK Set URL',
    description: 'A URL of a key set. Never fetched or trusted by JWT Lens: a token cannot vouch for its own key.',
    ref: 'RFC 7515 §4.1.2',
  },
  jwk: {
    title: 'Embedded key',
    description: 'A public key carried in the token. Never trusted: anyone can embed their own key.',
    ref: 'RFC 7515 §4.1.3',
  },
  x5u: {
    title: 'X.509 URL',
    description: 'A URL of a certificate chain. Never fetched or trusted by JWT Lens.',
    ref: 'RFC 7515 §4.1.5',
  },
  x5c: {
    title: 'X.509 chain',
    description: 'A certificate chain carried in the token. Never trusted without your own trust anchor.',
    ref: 'RFC 7515 §4.1.6',
  },
  x5t: {
    title: 'X.509 SHA-1 thumbprint',
    description: 'SHA-1 hash of the signing certificate, to identify it.',
    ref: 'RFC 7515 §4.1.7',
  },
  'x5t#S256': {
    title: 'X.509 SHA-256 thumbprint',
    description: 'SHA-256 hash of the signing certificate, to identify it.',
    ref: 'RFC 7515 §4.1.8',
  },
  crit: {
    title: 'Critical',
    description: 'Extensions the verifier must understand, or else reject the token.',
    ref: 'RFC 7515 §4.1.11',
  },
  zip: {
    title: 'Compression',
    description: '"DEF": the plaintext was DEFLATE-compressed before encryption.',
    ref: 'RFC 7516 §4.1.3',
  },
  b64: {
    title: 'Base64url-encode payload',
    description: 'false: the payload is signed as-is, not base64url-encoded (needs "crit").',
    ref: 'RFC 7797 §3',
  },
  epk: {
    title: 'Ephemeral public key',
    description: 'The sender’s one-time public key for ECDH-ES key agreement.',
    ref: 'RFC 7518 §4.6.1.1',
  },
  apu: {
    title: 'Agreement PartyUInfo',
    description: 'Information about the producer, mixed into the ECDH-ES key derivation.',
    ref: 'RFC 7518 §4.6.1.2',
  },
  apv: {
    title: 'Agreement PartyVInfo',
    description: 'Information about the recipient, mixed into the ECDH-ES key derivation.',
    ref: 'RFC 7518 §4.6.1.3',
  },
  iv: { title: 'Key-wrap IV', description: 'IV of the AES-GCM key wrapping (A*GCMKW).', ref: 'RFC 7518 §4.7.1.1' },
  tag: {
    title: 'Key-wrap tag',
    description: 'Authentication tag of the AES-GCM key wrapping (A*GCMKW).',
    ref: 'RFC 7518 §4.7.1.2',
  },
  p2s: {
    title: 'PBES2 salt',
    description: 'Salt input for deriving the key from a password.',
    ref: 'RFC 7518 §4.8.1.1',
  },
  p2c: {
    title: 'PBES2 count',
    description: 'PBKDF2 iteration count: higher is slower to guess, and slower to decrypt.',
    ref: 'RFC 7518 §4.8.1.2',
  },
};

/** Registered JWT claims (RFC 7519 §4.1) and the most common OpenID Connect ones. */
export const CLAIMS: Readonly<Record<string, NameInfo>> = {
  iss: {
    title: 'Issuer',
    description: 'Who issued the token; compare it exactly with the issuer you trust.',
    ref: 'RFC 7519 §4.1.1',
  },
  sub: { title: 'Subject', description: 'Whom the token is about, unique within the issuer.', ref: 'RFC 7519 §4.1.2' },
  aud: {
    title: 'Audience',
    description: 'Who the token is for; a recipient must find itself here.',
    ref: 'RFC 7519 §4.1.3',
  },
  exp: {
    title: 'Expiration time',
    description: 'After this moment (seconds since 1970, UTC) the token must be rejected.',
    ref: 'RFC 7519 §4.1.4',
  },
  nbf: { title: 'Not before', description: 'Before this moment the token must be rejected.', ref: 'RFC 7519 §4.1.5' },
  iat: { title: 'Issued at', description: 'When the token was issued.', ref: 'RFC 7519 §4.1.6' },
  jti: { title: 'JWT ID', description: 'Unique identifier of this token, to detect replay.', ref: 'RFC 7519 §4.1.7' },
  azp: {
    title: 'Authorized party',
    description: 'The client the ID token was issued to.',
    ref: 'OpenID Connect Core §2',
  },
  nonce: {
    title: 'Nonce',
    description: 'Value from the authentication request, echoed to prevent replay.',
    ref: 'OpenID Connect Core §2',
  },
  auth_time: {
    title: 'Authentication time',
    description: 'When the user actually authenticated.',
    ref: 'OpenID Connect Core §2',
  },
  acr: {
    title: 'Authentication context class',
    description: 'How strongly the user was authenticated.',
    ref: 'OpenID Connect Core §2',
  },
  amr: {
    title: 'Authentication methods',
    description: 'Which methods were used to authenticate, e.g. "pwd", "mfa".',
    ref: 'RFC 8176',
  },
  scope: { title: 'Scope', description: 'Space-separated permissions granted to the client.', ref: 'RFC 8693 §4.2' },
  client_id: { title: 'Client ID', description: 'The OAuth client the token was issued to.', ref: 'RFC 9068 §2.2' },
  name: { title: 'Full name', description: 'The user’s full name.', ref: 'OpenID Connect Core §5.1' },
  email: { title: 'Email', description: 'The user’s email address.', ref: 'OpenID Connect Core §5.1' },
  email_verified: {
    title: 'Email verified',
    description: 'Whether the provider verified the email address.',
    ref: 'OpenID Connect Core §5.1',
  },
  preferred_username: {
    title: 'Preferred username',
    description: 'Shorthand name the user wants to be called by; not unique.',
    ref: 'OpenID Connect Core §5.1',
  },
  roles: { title: 'Roles', description: 'Application roles granted to the subject.', ref: 'RFC 7643 §4.1.2' },
  groups: { title: 'Groups', description: 'Groups the subject belongs to.', ref: 'RFC 7643 §4.1.2' },
  at_hash: {
    title: 'Access token hash',
    description: 'Binds an ID token to the access token issued with it.',
    ref: 'OpenID Connect Core §3.1.3.6',
  },
  sid: {
    title: 'Session ID',
    description: 'Identifies the user’s session at the provider, for logout.',
    ref: 'OpenID Connect Front-Channel Logout §3',
  },
  cnf: {
    title: 'Confirmation',
    description: 'The key the presenter must prove possession of (proof-of-possession).',
    ref: 'RFC 7800 §3.1',
  },
};

/** Looks up a name in own properties only, so "__proto__" or "constructor" never resolve to Object's. */
export function lookUpName(table: Readonly<Record<string, NameInfo>>, name: string): NameInfo | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}
