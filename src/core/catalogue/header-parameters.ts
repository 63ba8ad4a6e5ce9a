import type { NameInfo } from './name-info';

/**
 * JOSE header parameters: every entry of the IANA "JSON Web Signature and Encryption Header Parameters"
 * registry (RFC 7515 §9.1, seeded by RFC 7515 §4.1, RFC 7516 §4.1, RFC 7518 §4.6–4.8, RFC 7519 §10.4),
 * then the few unregistered ones that real tokens carry (AWS ALB, OpenID4VCI). An honest catalogue:
 * longer than a module should be, because it is one table.
 */
export const HEADER_PARAMETERS: Readonly<Record<string, NameInfo>> = {
  alg: {
    isCoreJose: true,
    type: 'string',
    title: 'Algorithm',
    description:
      'The algorithm that signs (JWS) or manages the content key (JWE). A verifier pins the algorithms it accepts; the token never chooses.',
    ref: 'RFC 7515 §4.1.1, RFC 7516 §4.1.1',
  },
  enc: {
    isCoreJose: true,
    type: 'string',
    title: 'Content encryption',
    description: 'The algorithm that encrypts the payload of a JWE, e.g. "A256GCM".',
    ref: 'RFC 7516 §4.1.2',
  },
  zip: {
    isCoreJose: true,
    type: 'string',
    title: 'Compression',
    description: '"DEF": the plaintext was DEFLATE-compressed before encryption. Only for JWE; a JWS never compresses.',
    ref: 'RFC 7516 §4.1.3',
  },
  jku: {
    isCoreJose: true,
    type: 'string',
    title: 'JWK Set URL',
    description: 'A URL of a key set. Never fetched or trusted by JWT Lens: a token cannot vouch for its own key.',
    ref: 'RFC 7515 §4.1.2, RFC 7516 §4.1.4',
  },
  jwk: {
    isCoreJose: true,
    type: 'object',
    title: 'Embedded key',
    description: 'A public key carried in the token. Never trusted: anyone can embed their own key.',
    ref: 'RFC 7515 §4.1.3, RFC 7516 §4.1.5',
  },
  kid: {
    isCoreJose: true,
    type: 'string',
    title: 'Key ID',
    description:
      'Names the key that signed or can decrypt the token, to pick it from a key set. A hint only: it proves nothing by itself.',
    ref: 'RFC 7515 §4.1.4, RFC 7516 §4.1.6',
  },
  x5u: {
    isCoreJose: true,
    type: 'string',
    title: 'X.509 URL',
    description: 'A URL of a certificate chain. Never fetched or trusted by JWT Lens.',
    ref: 'RFC 7515 §4.1.5, RFC 7516 §4.1.7',
  },
  x5c: {
    isCoreJose: true,
    type: 'string-array',
    title: 'X.509 chain',
    description: 'A certificate chain carried in the token. Never trusted without your own trust anchor.',
    ref: 'RFC 7515 §4.1.6, RFC 7516 §4.1.8',
  },
  x5t: {
    isCoreJose: true,
    type: 'string',
    title: 'X.509 SHA-1 thumbprint',
    description:
      'SHA-1 hash of the signing certificate, to identify it. Microsoft Entra sets it to the same value as kid.',
    ref: 'RFC 7515 §4.1.7, RFC 7516 §4.1.9',
  },
  'x5t#S256': {
    isCoreJose: true,
    type: 'string',
    title: 'X.509 SHA-256 thumbprint',
    description: 'SHA-256 hash of the signing certificate, to identify it.',
    ref: 'RFC 7515 §4.1.8, RFC 7516 §4.1.10',
  },
  typ: {
    isCoreJose: true,
    type: 'string',
    title: 'Type',
    description:
      'Media type of the whole token, e.g. "JWT", "at+jwt" (access token) or "dpop+jwt"; checking it keeps token kinds from being swapped.',
    ref: 'RFC 7515 §4.1.9, RFC 8725 §3.11',
  },
  cty: {
    isCoreJose: true,
    type: 'string',
    title: 'Content type',
    description: 'Media type of the payload; "JWT" means the payload is itself a token (nested).',
    ref: 'RFC 7515 §4.1.10, RFC 7519 §5.2',
  },
  crit: {
    isCoreJose: true,
    type: 'string-array',
    title: 'Critical',
    description: 'Extensions the verifier must understand, or else reject the token.',
    ref: 'RFC 7515 §4.1.11, RFC 7516 §4.1.13',
  },
  epk: {
    isCoreJose: true,
    type: 'object',
    title: 'Ephemeral public key',
    description: 'The sender’s one-time public key for ECDH-ES key agreement; it must lie on the expected curve.',
    ref: 'RFC 7518 §4.6.1.1',
  },
  apu: {
    isCoreJose: true,
    type: 'string',
    title: 'Agreement PartyUInfo',
    description: 'Information about the producer, mixed into the ECDH-ES key derivation.',
    ref: 'RFC 7518 §4.6.1.2',
  },
  apv: {
    isCoreJose: true,
    type: 'string',
    title: 'Agreement PartyVInfo',
    description: 'Information about the recipient, mixed into the ECDH-ES key derivation.',
    ref: 'RFC 7518 §4.6.1.3',
  },
  iv: {
    isCoreJose: true,
    type: 'string',
    title: 'Key-wrap IV',
    description: 'IV of the AES-GCM key wrapping (A*GCMKW).',
    ref: 'RFC 7518 §4.7.1.1',
  },
  tag: {
    isCoreJose: true,
    type: 'string',
    title: 'Key-wrap tag',
    description: 'Authentication tag of the AES-GCM key wrapping (A*GCMKW).',
    ref: 'RFC 7518 §4.7.1.2',
  },
  p2s: {
    isCoreJose: true,
    type: 'string',
    title: 'PBES2 salt',
    description: 'Salt input for deriving the key from a password.',
    ref: 'RFC 7518 §4.8.1.1',
  },
  p2c: {
    isCoreJose: true,
    type: 'integer',
    title: 'PBES2 count',
    description:
      'PBKDF2 iteration count: higher is slower to guess, and slower to decrypt. A huge value is a denial of service.',
    ref: 'RFC 7518 §4.8.1.2, RFC 8725 §3.5',
  },
  iss: {
    title: 'Issuer (replicated)',
    description: 'The "iss" claim copied into a JWE header, so a recipient can route the token before decrypting it.',
    ref: 'RFC 7519 §5.3, §10.4.1',
  },
  sub: {
    title: 'Subject (replicated)',
    description:
      'The "sub" claim copied into a JWE header. Unprotected by any signature: confirm it against the claims.',
    ref: 'RFC 7519 §5.3, §10.4.1',
  },
  aud: {
    title: 'Audience (replicated)',
    description:
      'The "aud" claim copied into a JWE header. Unprotected by any signature: confirm it against the claims.',
    ref: 'RFC 7519 §5.3, §10.4.1',
  },
  b64: {
    type: 'boolean',
    title: 'Base64url-encode payload',
    description: 'false: the payload is signed as-is, not base64url-encoded (needs "crit"). JWTs must not use it.',
    ref: 'RFC 7797 §3',
  },
  ppt: {
    type: 'string',
    title: 'PASSporT extension',
    description: 'Names the PASSporT extension (e.g. "shaken", "div") that a caller-identity token for telephony uses.',
    ref: 'RFC 8225 §8.1',
  },
  url: {
    type: 'string',
    title: 'Request URL',
    description:
      'ACME: the URL the signed request is sent to, so a request cannot be replayed against another endpoint.',
    ref: 'RFC 8555 §6.4.1',
  },
  nonce: {
    type: 'string',
    title: 'Nonce',
    description:
      'ACME: a server-issued anti-replay nonce. Microsoft Graph access tokens also carry a "nonce" here: they are meant for Graph only and will not verify in your own code.',
    ref: 'RFC 8555 §6.5.2',
  },
  svt: {
    type: 'string-array',
    title: 'Signature validation token',
    description:
      'An array of SVT JWTs in the unprotected header, each vouching that this signature was once validated.',
    ref: 'RFC 9321 (JWS profile)',
  },
  trust_chain: {
    type: 'string-array',
    title: 'Trust chain',
    description: 'OpenID Federation: the entity statements from the signer up to a trust anchor, to resolve its keys.',
    ref: 'OpenID Federation 1.0',
  },
  peer_trust_chain: {
    title: 'Peer trust chain',
    description: 'OpenID Federation: a trust chain for the recipient, proposed by the signer.',
    ref: 'OpenID Federation 1.0',
  },
  key_attestation: {
    title: 'Key attestation',
    description: 'OpenID4VCI: a wallet’s signed statement about the storage of the key that signs the proof.',
    ref: 'OpenID for Verifiable Credential Issuance 1.0, Appendix D',
  },
  exp: {
    title: 'Expiration (replicated)',
    description:
      'A claim replicated in the header; AWS ALB puts one in the header of its x-amzn-oidc-data token. Not a registered header parameter.',
    ref: 'RFC 7519 §5.3',
  },
  signer: {
    title: 'Signer (AWS ALB)',
    description: 'The ARN of the AWS load balancer that signed the x-amzn-oidc-data token; check it is yours.',
    ref: 'AWS Elastic Load Balancing: user claims encoding',
  },
  client: {
    title: 'Client (AWS ALB)',
    description: 'The OIDC client ID the AWS load balancer used to authenticate the user.',
    ref: 'AWS Elastic Load Balancing: user claims encoding',
  },
};

/** Names in the IANA header parameter registry (as catalogued here), for coverage reporting. */
export const IANA_HEADER_PARAMETER_NAMES: readonly string[] = [
  ...['alg', 'jku', 'jwk', 'kid', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'crit'],
  ...['enc', 'zip', 'epk', 'apu', 'apv', 'iv', 'tag', 'p2s', 'p2c', 'iss', 'sub', 'aud'],
  ...['b64', 'ppt', 'url', 'nonce', 'svt', 'trust_chain'],
];
