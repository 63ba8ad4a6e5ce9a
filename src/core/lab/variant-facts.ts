import type { ValidatorTestFacts } from './types';

const AUTH0_2015 = {
  name: 'Auth0 (2015): Critical vulnerabilities in JSON Web Token libraries',
  url: 'https://auth0.com/blog/critical-vulnerabilities-in-json-web-token-libraries/',
};
const RFC8725_3_10 = { name: 'RFC 8725 §3.10', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.10' };
const CONFUSION = {
  name: 'CVE-2015-9235 / CVE-2016-5431: algorithm confusion',
  url: 'https://nvd.nist.gov/vuln/detail/CVE-2016-5431',
};
const KID_LAB = {
  name: 'PortSwigger Web Security Academy: kid header path traversal',
  url: 'https://portswigger.net/web-security/jwt#injecting-self-signed-jwts-via-the-kid-parameter',
};

const none = (id: string, casing: string): ValidatorTestFacts => ({
  id,
  title: `alg: ${casing}`,
  tests: `Whether "${casing}" turns off signature checking (signature stripped); casings slip past a case-sensitive deny-list.`,
  source: AUTH0_2015,
  expect: 'reject: an unsecured token is never accepted where a signature is required',
  finding: 'alg-none',
});

const confusion = (form: 'pem' | 'der'): ValidatorTestFacts => ({
  id: `hs256-public-key-${form}`,
  title: `HMAC signed with the public key (${form.toUpperCase()})`,
  tests: `Whether the validator lets the token choose HMAC and then uses the public key's ${form === 'pem' ? 'PEM text (with its final newline)' : 'DER bytes'} as the secret.`,
  source: CONFUSION,
  expect: 'reject: the algorithm is pinned per key; an RSA or EC key never verifies an HMAC',
  finding: 'key-alg-mismatch',
});

/** Every variant, in the order the panel lists them: the one table of what each tests and why. */
export const VARIANT_FACTS = {
  'alg-none': none('alg-none', 'none'),
  'alg-none-capitalized': none('alg-none-capitalized', 'None'),
  'alg-none-upper': none('alg-none-upper', 'NONE'),
  'alg-none-mixed': none('alg-none-mixed', 'nOnE'),
  'hs256-public-key-pem': confusion('pem'),
  'hs256-public-key-der': confusion('der'),
  'embedded-jwk': {
    id: 'embedded-jwk',
    title: 'Embedded attacker jwk',
    tests:
      'Whether the key in the header is trusted: the token is signed with a fresh key whose public half it carries.',
    source: { name: 'CVE-2018-0114 (node-jose)', url: 'https://nvd.nist.gov/vuln/detail/CVE-2018-0114' },
    expect: 'reject: keys come from configuration, never from the token',
    finding: 'header-key-ignored',
  },
  jku: {
    id: 'jku',
    title: 'jku pointing at your URL',
    tests: 'Whether the validator fetches a key set from the URL the token names (host the attacker JWKS there).',
    source: RFC8725_3_10,
    expect: 'reject: never fetch keys from a URL in the token (SSRF, forged keys)',
    finding: 'header-key-ignored',
  },
  x5u: {
    id: 'x5u',
    title: 'x5u pointing at your URL',
    tests: 'Whether the validator fetches a certificate from the URL the token names.',
    source: RFC8725_3_10,
    expect: 'reject: never fetch certificates from a URL in the token',
    finding: 'header-key-ignored',
  },
  'kid-path-traversal': {
    id: 'kid-path-traversal',
    title: 'kid path traversal',
    tests: 'Whether kid is used as a file path: kid names /dev/null and the token is HMAC-signed with one zero byte.',
    source: KID_LAB,
    expect: 'reject: kid is only looked up in a fixed key set',
    finding: 'kid-suspicious',
  },
  'kid-sql-injection': {
    id: 'kid-sql-injection',
    title: 'kid SQL injection',
    tests: 'Whether kid reaches a SQL query: the kid selects the secret "attacker-secret", which signs the token.',
    source: RFC8725_3_10,
    expect: 'reject: kid is never interpolated into a query',
    finding: 'kid-suspicious',
  },
  'psychic-signature': {
    id: 'psychic-signature',
    title: 'Psychic signature (ES256, all zeros)',
    tests: 'Whether an ECDSA signature with r = s = 0 verifies.',
    source: {
      name: 'CVE-2022-21449 (Java psychic signatures)',
      url: 'https://neilmadden.blog/2022/04/19/psychic-signatures-in-java/',
    },
    expect: 'reject: r and s must be in [1, n−1]',
    // With an EC key JWT Lens finds the signature invalid; with any other key, that the key cannot verify ES256.
    finding: 'key-alg-mismatch',
  },
  'signature-stripped': {
    id: 'signature-stripped',
    title: 'Signature stripped',
    tests: 'Whether a token with the original alg and an empty signature is accepted.',
    source: { name: 'RFC 7515 §5.2', url: 'https://www.rfc-editor.org/rfc/rfc7515#section-5.2' },
    expect: 'reject: the signature must verify',
    finding: 'signature-missing',
  },
  'b64-without-crit': {
    id: 'b64-without-crit',
    title: 'b64: false without crit',
    tests: 'Whether "b64": false is honoured although crit does not list it, so two validators read two payloads.',
    source: { name: 'RFC 7797 §6', url: 'https://www.rfc-editor.org/rfc/rfc7797#section-6' },
    expect: 'reject: b64 is only valid when crit lists it',
    finding: 'crit-invalid',
  },
  'crit-unknown': {
    id: 'crit-unknown',
    title: 'Unknown crit extension',
    tests: 'Whether a critical extension the validator does not understand is ignored.',
    source: { name: 'RFC 7515 §4.1.11', url: 'https://www.rfc-editor.org/rfc/rfc7515#section-4.1.11' },
    expect: 'reject: an unknown critical extension makes the token invalid',
    finding: 'crit-unsupported',
  },
  'jwe-unsigned-inner': {
    id: 'jwe-unsigned-inner',
    title: 'Unsigned token inside a JWE',
    tests: 'Whether decryption is taken for authentication: the claims travel as alg none inside a JWE for your key.',
    source: { name: 'CVE-2021-44878 (pac4j)', url: 'https://nvd.nist.gov/vuln/detail/CVE-2021-44878' },
    expect: 'reject: anyone can encrypt to a public key; the inner token must be signed',
    finding: 'nested-inner-unsecured',
  },
  'exp-removed': {
    id: 'exp-removed',
    title: 'exp removed',
    tests: 'Whether a token that never expires is accepted (re-signed with your key).',
    source: { name: 'RFC 8725 §3.10', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.10' },
    expect: 'reject: exp is required',
    finding: 'exp-missing',
  },
  'exp-far-future': {
    id: 'exp-far-future',
    title: 'exp far in the future',
    tests: 'Whether exp in the year 9999 is accepted (re-signed with your key).',
    source: { name: 'RFC 7519 §4.1.4', url: 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4' },
    expect: 'reject: a lifetime beyond policy is refused',
    finding: 'timestamp-suspicious',
  },
  'aud-iss-swapped': {
    id: 'aud-iss-swapped',
    title: 'aud and iss swapped',
    tests: 'Whether iss and aud are compared exactly: iss holds the expected audience, aud the expected issuer.',
    source: { name: 'RFC 8725 §3.8–3.9', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.8' },
    expect: 'reject: wrong issuer and wrong audience',
    finding: 'iss-mismatch',
  },
  'typ-changed': {
    id: 'typ-changed',
    title: 'typ changed',
    tests: 'Whether typ keeps token kinds apart: typ says "at+jwt" (re-signed with your key).',
    source: { name: 'RFC 8725 §3.11', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.11' },
    expect: 'reject: a token of another kind is refused',
    finding: 'profile-claim-missing',
  },
  'other-key-signature': {
    id: 'other-key-signature',
    title: 'Signature from another key',
    tests: 'Whether the signature is checked against the right key: same alg, a fresh key.',
    source: { name: 'RFC 7515 §5.2', url: 'https://www.rfc-editor.org/rfc/rfc7515#section-5.2' },
    expect: 'reject: the signature does not verify with the issuer’s key',
    finding: 'signature-invalid',
  },
} as const satisfies Record<string, ValidatorTestFacts>;

export type VariantId = keyof typeof VARIANT_FACTS;
