import type { NameInfo } from './name-info';

const OIDC_PROFILE = 'OpenID Connect Core §5.1';
const OIDC_ID_TOKEN = 'OpenID Connect Core §2';

/**
 * Claims of the IANA "JSON Web Token Claims" registry (RFC 7519 §10.1) that a JWT debugger user meets:
 * RFC 7519, OpenID Connect, OAuth (RFC 7800, 8693, 9068, 9396, 9449, 9701), Security Event Tokens
 * (RFC 8417), PASSporT/STIR (RFC 8225, 8443, 8588, 8946), SD-JWT (RFC 9901). Left out on purpose: the
 * SIP `sip_*` claims (RFC 8055), CDNI `cdni*` (RFC 9246), EAT device claims (RFC 9711), OpenID Federation
 * entity-statement claims, and Identity Assurance claims other than `verified_claims`.
 */
export const REGISTERED_CLAIMS: Readonly<Record<string, NameInfo>> = {
  iss: {
    title: 'Issuer',
    description:
      'Who issued the token; compare it exactly (scheme, host, path, trailing slash) with the issuer you trust.',
    ref: 'RFC 7519 §4.1.1',
    type: 'string',
  },
  sub: {
    title: 'Subject',
    description: 'Whom the token is about, unique within the issuer.',
    ref: 'RFC 7519 §4.1.2',
    type: 'string',
  },
  aud: {
    title: 'Audience',
    description: 'Who the token is for (a string or an array); a recipient must find itself here, or reject the token.',
    ref: 'RFC 7519 §4.1.3',
    type: 'string-or-string-array',
  },
  exp: {
    title: 'Expiration time',
    description: 'After this moment (seconds since 1970, UTC) the token must be rejected.',
    ref: 'RFC 7519 §4.1.4',
    type: 'numeric-date',
  },
  nbf: {
    title: 'Not before',
    description: 'Before this moment the token must be rejected.',
    ref: 'RFC 7519 §4.1.5',
    type: 'numeric-date',
  },
  iat: {
    title: 'Issued at',
    description: 'When the token was issued (seconds since 1970, UTC).',
    ref: 'RFC 7519 §4.1.6',
    type: 'numeric-date',
  },
  jti: {
    title: 'JWT ID',
    description: 'Unique identifier of this token, to detect replay.',
    ref: 'RFC 7519 §4.1.7',
    type: 'string',
  },

  name: { title: 'Full name', description: 'The user’s full name, for display.', ref: OIDC_PROFILE, type: 'string' },
  given_name: { title: 'Given name', description: 'The user’s first name(s).', ref: OIDC_PROFILE, type: 'string' },
  family_name: { title: 'Family name', description: 'The user’s surname(s).', ref: OIDC_PROFILE, type: 'string' },
  middle_name: { title: 'Middle name', description: 'The user’s middle name(s).', ref: OIDC_PROFILE, type: 'string' },
  nickname: { title: 'Nickname', description: 'A casual name the user goes by.', ref: OIDC_PROFILE, type: 'string' },
  preferred_username: {
    title: 'Preferred username',
    description: 'Shorthand name the user wants to be called by. Not unique and may change: key accounts on iss + sub.',
    ref: OIDC_PROFILE,
    type: 'string',
  },
  profile: { title: 'Profile page', description: 'URL of the user’s profile page.', ref: OIDC_PROFILE, type: 'string' },
  picture: { title: 'Picture', description: 'URL of the user’s profile picture.', ref: OIDC_PROFILE, type: 'string' },
  website: { title: 'Website', description: 'URL of the user’s web page or blog.', ref: OIDC_PROFILE, type: 'string' },
  email: {
    title: 'Email',
    description: 'The user’s email address. Not unique and may change: never key accounts on it alone.',
    ref: OIDC_PROFILE,
    type: 'string',
  },
  email_verified: {
    title: 'Email verified',
    description: 'Whether the provider verified the email address. Trust "email" for account linking only when true.',
    ref: OIDC_PROFILE,
    type: 'boolean',
  },
  gender: {
    title: 'Gender',
    description: 'The user’s gender, as the user gave it.',
    ref: OIDC_PROFILE,
    type: 'string',
  },
  birthdate: {
    title: 'Birthdate',
    description: 'The user’s birthday, "YYYY-MM-DD" or "YYYY".',
    ref: OIDC_PROFILE,
    type: 'string',
  },
  zoneinfo: {
    title: 'Time zone',
    description: 'The user’s time zone, e.g. "Europe/Paris".',
    ref: OIDC_PROFILE,
    type: 'string',
  },
  locale: {
    title: 'Locale',
    description: 'The user’s locale, e.g. "en-US" or "fr-CA".',
    ref: OIDC_PROFILE,
    type: 'string',
  },
  phone_number: {
    title: 'Phone number',
    description: 'The user’s phone number, preferably E.164.',
    ref: OIDC_PROFILE,
    type: 'string',
  },
  phone_number_verified: {
    title: 'Phone number verified',
    description: 'Whether the provider verified the phone number.',
    ref: OIDC_PROFILE,
    type: 'boolean',
  },
  address: {
    title: 'Address',
    description: 'The user’s postal address, as a JSON object.',
    ref: OIDC_PROFILE,
    type: 'object',
  },
  updated_at: {
    title: 'Profile updated at',
    description: 'When the user’s profile information last changed (seconds since 1970).',
    ref: OIDC_PROFILE,
    type: 'numeric-date',
  },

  azp: {
    title: 'Authorized party',
    description: 'The client the ID token was issued to; needed when "aud" names several parties.',
    ref: OIDC_ID_TOKEN,
    type: 'string',
  },
  nonce: {
    title: 'Nonce',
    description:
      'Value from the authentication request, echoed back: the client must compare it to stop replayed ID tokens.',
    ref: OIDC_ID_TOKEN,
    type: 'string',
  },
  auth_time: {
    title: 'Authentication time',
    description: 'When the user actually authenticated, which may be long before "iat" (single sign-on).',
    ref: OIDC_ID_TOKEN,
    type: 'numeric-date',
  },
  acr: {
    title: 'Authentication context class',
    description: 'How strongly the user was authenticated, e.g. a level of assurance URI.',
    ref: OIDC_ID_TOKEN,
    type: 'string',
  },
  amr: {
    title: 'Authentication methods',
    description: 'Which methods were used to authenticate, e.g. "pwd", "otp", "mfa" (values: RFC 8176).',
    ref: `${OIDC_ID_TOKEN}, RFC 8176`,
    type: 'string-array',
  },
  at_hash: {
    title: 'Access token hash',
    description: 'Left half of the hash of the access token issued with this ID token, binding the two together.',
    ref: 'OpenID Connect Core §3.1.3.6',
    type: 'string',
  },
  c_hash: {
    title: 'Code hash',
    description: 'Left half of the hash of the authorization code, binding the ID token to it (hybrid flow).',
    ref: 'OpenID Connect Core §3.3.2.11',
    type: 'string',
  },
  s_hash: {
    title: 'State hash',
    description: 'Left half of the hash of the "state" value, binding the ID token to the request (FAPI).',
    ref: 'FAPI 1.0 Advanced §5.1',
    type: 'string',
  },
  sub_jwk: {
    title: 'Subject public key',
    description: 'Self-issued ID tokens: the key that signed the token, and whose thumbprint is the "sub".',
    ref: 'OpenID Connect Core §7.4',
    type: 'object',
  },
  _claim_names: {
    title: 'Aggregated/distributed claim names',
    description:
      'Maps claim names to sources in "_claim_sources". Entra uses it for group overage: too many groups, fetch them from Graph.',
    ref: 'OpenID Connect Core §5.6.2',
    type: 'object',
  },
  _claim_sources: {
    title: 'Claim sources',
    description: 'Where aggregated or distributed claims come from: an embedded JWT or an endpoint to call.',
    ref: 'OpenID Connect Core §5.6.2',
    type: 'object',
  },
  sid: {
    title: 'Session ID',
    description: 'Identifies the user’s session at the provider, so a logout can end the right sessions.',
    ref: 'OpenID Connect Front-Channel Logout 1.0 §3',
    type: 'string',
  },
  events: {
    title: 'Security events',
    description:
      'Security Event Token: the events it reports, keyed by event type URI. Also marks a back-channel logout token.',
    ref: 'RFC 8417 §2.2',
    type: 'object',
  },
  toe: {
    title: 'Time of event',
    description: 'When the reported security event happened.',
    ref: 'RFC 8417 §2.2',
    type: 'numeric-date',
  },
  txn: {
    title: 'Transaction ID',
    description: 'Ties together security events that come from the same original transaction.',
    ref: 'RFC 8417 §2.2',
    type: 'string',
  },
  sub_id: {
    title: 'Subject identifier',
    description: 'A structured subject identifier (email, phone, iss + sub, …) in Security Event Tokens.',
    ref: 'RFC 9493 §4.1',
    type: 'object',
  },
  cnf: {
    title: 'Confirmation',
    description:
      'The key (or certificate thumbprint "x5t#S256", or JWK thumbprint "jkt") the presenter must prove possession of: a sender-constrained token.',
    ref: 'RFC 7800 §3.1',
    type: 'object',
  },
  act: {
    title: 'Actor',
    description: 'Token exchange: the party acting on behalf of the subject (delegation); may nest for a chain.',
    ref: 'RFC 8693 §4.1',
    type: 'object',
  },
  scope: {
    title: 'Scope',
    description: 'Space-separated permissions granted to the client. Check it per API call, not just at login.',
    ref: 'RFC 8693 §4.2',
    type: 'string',
  },
  client_id: {
    title: 'Client ID',
    description: 'The OAuth client the token was issued to.',
    ref: 'RFC 8693 §4.3',
    type: 'string',
  },
  may_act: {
    title: 'May act',
    description: 'Token exchange: who is allowed to act on behalf of the subject.',
    ref: 'RFC 8693 §4.4',
    type: 'object',
  },
  roles: {
    title: 'Roles',
    description: 'Roles granted to the subject, as in SCIM; app roles in Microsoft Entra tokens.',
    ref: 'RFC 9068 §2.2.3.1',
  },
  groups: {
    title: 'Groups',
    description: 'Groups the subject belongs to, as in SCIM. In Entra these are object IDs, not names.',
    ref: 'RFC 9068 §2.2.3.1',
  },
  entitlements: {
    title: 'Entitlements',
    description: 'Entitlements of the subject, as in SCIM.',
    ref: 'RFC 9068 §2.2.3.1',
  },
  htm: {
    title: 'HTTP method',
    description: 'DPoP proof: the HTTP method of the request it was made for.',
    ref: 'RFC 9449 §4.2',
    type: 'string',
  },
  htu: {
    title: 'HTTP URI',
    description: 'DPoP proof: the request URI (without query and fragment) it was made for.',
    ref: 'RFC 9449 §4.2',
    type: 'string',
  },
  ath: {
    title: 'Access token hash (DPoP)',
    description: 'DPoP proof: base64url SHA-256 of the access token it accompanies.',
    ref: 'RFC 9449 §4.2',
    type: 'string',
  },
  authorization_details: {
    title: 'Authorization details',
    description: 'Rich authorization request: fine-grained permissions as JSON objects with a "type".',
    ref: 'RFC 9396 §9.1',
    type: 'array',
  },
  token_introspection: {
    title: 'Token introspection',
    description: 'The introspection response, signed as a JWT by the authorization server.',
    ref: 'RFC 9701 §5',
    type: 'object',
  },
  verified_claims: {
    title: 'Verified claims',
    description: 'Claims the provider verified against evidence (e.g. an ID document), with how and when.',
    ref: 'OpenID Identity Assurance Schema Definition 1.0',
  },
  vot: {
    title: 'Vector of trust',
    description: 'Trust components of the authentication, e.g. "P1.Cc".',
    ref: 'RFC 8485 §3',
    type: 'string',
  },
  vtm: {
    title: 'Trust mark',
    description: 'URL of the trustmark that defines the "vot" values.',
    ref: 'RFC 8485 §3',
    type: 'string',
  },
  orig: {
    title: 'Originator',
    description: 'PASSporT: the calling party’s telephone number or URI.',
    ref: 'RFC 8225 §5.2.1',
    type: 'object',
  },
  dest: {
    title: 'Destination',
    description: 'PASSporT: the called party’s telephone numbers or URIs.',
    ref: 'RFC 8225 §5.2.1',
    type: 'object',
  },
  mky: {
    title: 'Media key',
    description: 'PASSporT: fingerprints of the media (DTLS-SRTP) keys of the call.',
    ref: 'RFC 8225 §5.2.2',
    type: 'array',
  },
  rph: {
    title: 'Resource priority header',
    description: 'PASSporT: the priority of an emergency or priority call.',
    ref: 'RFC 8443 §3',
    type: 'object',
  },
  attest: {
    title: 'Attestation level',
    description: 'SHAKEN: how well the carrier knows the caller: "A" full, "B" partial, "C" gateway.',
    ref: 'RFC 8588 §4',
    type: 'string',
  },
  origid: {
    title: 'Origination ID',
    description: 'SHAKEN: an opaque UUID of where the call entered the network.',
    ref: 'RFC 8588 §4',
    type: 'string',
  },
  div: {
    title: 'Diversion',
    description: 'PASSporT: where a diverted call was first headed.',
    ref: 'RFC 8946',
    type: 'object',
  },
  opt: {
    title: 'Original PASSporT',
    description: 'PASSporT: the full original PASSporT of a diverted call.',
    ref: 'RFC 8946',
  },
  sig_val_claims: {
    title: 'Signature validation claims',
    description: 'Signature Validation Token: which signature was validated, against which data and certificates.',
    ref: 'RFC 9321',
    type: 'object',
  },
  _sd: {
    title: 'Selective disclosure digests',
    description: 'SD-JWT: digests of claims that are hidden until the holder discloses them.',
    ref: 'RFC 9901 §4.2',
    type: 'string-array',
  },
  _sd_alg: {
    title: 'Disclosure hash algorithm',
    description: 'SD-JWT: the hash algorithm of the "_sd" digests; default "sha-256".',
    ref: 'RFC 9901 §4.1',
    type: 'string',
  },
  sd_hash: {
    title: 'SD-JWT hash',
    description: 'SD-JWT key binding: the hash of the SD-JWT and disclosures the holder presents.',
    ref: 'RFC 9901 §4.3',
    type: 'string',
  },
  vct: {
    title: 'Verifiable credential type',
    description: 'SD-JWT VC: the credential type (a URI or string); never selectively disclosable.',
    ref: 'SD-JWT VC §3.2.2.1.1',
    type: 'string',
  },
  'vct#integrity': {
    title: 'Type metadata integrity',
    description: 'SD-JWT VC: a hash (W3C Subresource Integrity) of the type metadata document named by vct.',
    ref: 'SD-JWT VC §6.5',
    type: 'string',
  },
  status: {
    title: 'Status',
    description: 'Where to check whether the credential or token is revoked or suspended (a Token Status List entry).',
    ref: 'Token Status List §6.1',
    type: 'object',
  },
  vc: {
    title: 'Verifiable credential',
    description: 'The credential carried by a JWT-encoded W3C verifiable credential.',
    ref: 'W3C Verifiable Credentials Data Model 1.1 (JWT encoding)',
    type: 'object',
  },
  vp: {
    title: 'Verifiable presentation',
    description: 'The presentation carried by a JWT-encoded W3C verifiable presentation.',
    ref: 'W3C Verifiable Credentials Data Model 1.1 (JWT encoding)',
    type: 'object',
  },
};
