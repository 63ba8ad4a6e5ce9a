import { readClaim } from '../claims/claim-check-result';
import { isJsonObject } from '../json/is-json-object';
import { PRIVATE_JWK_MEMBERS } from '../keys/private-jwk-members';
import { accessTokenIsBoundToKey, athMatchesAccessToken } from './dpop-links';
import {
  claimMatchesContext,
  isGiven,
  passed,
  quote,
  readStringClaim,
  requiredClaim,
  signedRule,
  skipped,
  typRule,
} from './rule-helpers';
import type { Profile, ProfileRule, RuleOutcome } from './types';

const REF = 'RFC 9449 §4.2';
const CHECKS = 'RFC 9449 §4.3';

/** How far `iat` may be from now (RFC 9449 §4.3 step 11 leaves it to the server; §11.1 suggests minutes). */
export const DPOP_IAT_WINDOW_SEC = 300;

const fail = (detail: string, message: string, name: string, part: 'header' | 'payload' = 'payload'): RuleOutcome => ({
  status: 'failed',
  detail,
  message,
  part,
  name,
});

/** Why a header `jwk` cannot be a DPoP proof's key, or null when it can. */
export function describeDpopJwkProblem(header: Record<string, unknown> | null): string | null {
  if (header === null || !Object.hasOwn(header, 'jwk')) return 'the header has no jwk';
  const jwk = header.jwk;
  if (!isJsonObject(jwk)) return 'the header jwk is not a JSON object';
  const kty = Object.hasOwn(jwk, 'kty') ? jwk.kty : undefined;
  if (kty === 'oct') return 'the header jwk is a symmetric (oct) key, which anyone who sees the proof could use';
  if (kty !== 'RSA' && kty !== 'EC' && kty !== 'OKP')
    return `the header jwk has kty ${JSON.stringify(kty ?? null)}, not an asymmetric key type`;
  const leaked = PRIVATE_JWK_MEMBERS.filter((m) => Object.hasOwn(jwk, m));
  if (leaked.length > 0) return `the header jwk carries private members (${leaked.join(', ')})`;
  return null;
}

const jwkIsPublic: ProfileRule = {
  name: 'jwk',
  title: 'header jwk is a public asymmetric key',
  ref: `${REF}, ${CHECKS} step 7`,
  code: 'dpop-jwk-invalid',
  check: ({ header, links }) => {
    const problem = describeDpopJwkProblem(header);
    if (problem)
      return fail(
        problem,
        `${capitalize(problem)}: a DPoP proof must carry the public key it is signed with (${REF}).`,
        'jwk',
        'header',
      );
    const thumbprint = links.ownJwkThumbprint;
    if (thumbprint && thumbprint.value === null)
      return fail(thumbprint.why, `The header jwk is not a usable key: ${thumbprint.why} (${REF}).`, 'jwk', 'header');
    return passed(thumbprint?.value ? `public key, thumbprint ${thumbprint.value}` : 'public key');
  },
};

const htmMatches = claimMatchesContext({
  name: 'htm',
  title: 'htm equals the HTTP method',
  ref: `${CHECKS} step 8`,
  code: 'dpop-htm-mismatch',
  claim: 'htm',
  input: 'httpMethod',
  noun: 'HTTP method',
  step: 'check htm',
  explain: (shown, expected) =>
    `The proof's htm (${shown}) is not the request's method ${expected}; methods are compared exactly (${CHECKS} step 8).`,
});

/** RFC 9449 §4.3 step 9: compared after RFC 3986 §6.2.2–6.2.3 normalisation, without query and fragment. */
function comparableUri(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    url.search = '';
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

const htuMatches: ProfileRule = {
  name: 'htu',
  title: 'htu equals the request URI without query and fragment',
  ref: `${CHECKS} step 9`,
  code: 'dpop-htu-mismatch',
  uses: ['httpUri'],
  step: 'check htu',
  check: (input) => {
    const htu = readStringClaim(input, 'htu');
    if (htu.value !== null && /[?#]/.test(htu.value))
      return fail(
        `htu ${quote(htu.value)} has a query or fragment`,
        `The proof's htu ${quote(htu.value)} carries a query or fragment; htu is the URI without them (${REF}), so it never matches (${CHECKS} step 9).`,
        'htu',
      );
    const uri = input.context.httpUri;
    if (!isGiven(uri)) return skipped('no HTTP URI given');
    const target = comparableUri(uri);
    if (target === null) return skipped(`the HTTP URI given (${quote(uri)}) is not an absolute URI`);
    if (htu.value !== null && comparableUri(htu.value) === target) return passed(`htu is ${quote(htu.value)}`);
    const shown = htu.value === null ? htu.problem : quote(htu.value);
    return fail(
      `htu is ${shown}, request is ${quote(target)}`,
      `The proof's htu (${shown}) is not the request URI ${quote(target)} (query and fragment removed) (${CHECKS} step 9).`,
      'htu',
    );
  },
};

const iatWithinWindow: ProfileRule = {
  name: 'iat-window',
  title: `iat is within ${DPOP_IAT_WINDOW_SEC / 60} minutes of now`,
  ref: `${CHECKS} step 11, §11.1`,
  code: 'dpop-iat-window',
  step: 'check iat window',
  check: (input) => {
    const { isPresent, value } = readClaim(input.claims, 'iat');
    if (!isPresent || typeof value !== 'number' || !Number.isFinite(value)) return skipped('no numeric iat');
    const window = DPOP_IAT_WINDOW_SEC + Math.max(0, input.clockToleranceSec);
    const offset = value - input.now;
    if (Math.abs(offset) <= window) return passed(`made ${Math.abs(offset)} s ${offset > 0 ? 'ahead' : 'ago'}`);
    const when = offset > 0 ? `${offset} s in the future` : `${-offset} s ago`;
    return fail(
      `made ${when}`,
      `The proof was made ${when}, outside the ±${window} s window (${DPOP_IAT_WINDOW_SEC} s plus the clock tolerance): a server must refuse a proof this ${offset > 0 ? 'early' : 'old'} as a possible replay (${CHECKS} step 11).`,
      'iat',
    );
  },
};

const nonceMatches = claimMatchesContext({
  name: 'dpop-nonce',
  title: "nonce equals the server's DPoP-Nonce",
  ref: `${CHECKS} step 10, RFC 9449 §8`,
  code: 'dpop-nonce-mismatch',
  claim: 'nonce',
  input: 'dpopNonce',
  noun: 'server nonce',
  explain: (shown, expected) =>
    `The proof's nonce (${shown}) is not the server's DPoP-Nonce ${expected}: fetch a fresh nonce and sign again (RFC 9449 §8).`,
});

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** DPoP proof JWT (RFC 9449 §4): proves possession of a key for one HTTP request. */
export const DPOP_PROOF: Profile = {
  id: 'dpop-proof',
  title: 'DPoP proof',
  spec: 'RFC 9449',
  typ: ['dpop+jwt'],
  hasNoExp: true,
  purpose:
    'Proves that whoever sends an HTTP request holds a private key — the one an access token is bound to — so a stolen token is useless alone. It says nothing about who holds the key.',
  madeBy: 'The client, fresh for every request, signed with its own key pair (the public half rides in the header).',
  checkedBy: 'The authorization server (at the token endpoint) and the resource server (with the access token).',
  rules: [
    typRule(['dpop+jwt'], `${REF}, ${CHECKS} step 4`, 'required'),
    signedRule(`${CHECKS} step 5`, 'asymmetric'),
    jwkIsPublic,
    requiredClaim('jti', REF),
    requiredClaim('htm', REF),
    requiredClaim('htu', REF),
    requiredClaim('iat', REF),
    htmMatches,
    htuMatches,
    iatWithinWindow,
    nonceMatches,
    athMatchesAccessToken,
    accessTokenIsBoundToKey,
  ],
};
