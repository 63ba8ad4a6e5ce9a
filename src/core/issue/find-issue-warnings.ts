import { lookUpJwsAlgorithm } from '../algorithms/registry';
import { formatSpan } from '../claims/describe-times';
import { makeFinding } from '../findings/make-finding';
import type { KeyCandidate } from '../keys';
import type { Finding } from '../types';
import { findPersonalData } from './find-personal-data';
import type { IssueMode } from './types';

/** RFC 9068 leaves the lifetime to the issuer; minutes, not hours, is the common advice for bearer tokens. */
export const MAX_ACCESS_TOKEN_LIFETIME_SEC = 15 * 60;
/** Claims that mark a token as an OAuth access token (RFC 9068 §2.2, RFC 8693 §4.2–4.3). */
const ACCESS_TOKEN_CLAIMS = ['scope', 'scp', 'client_id'];

export interface ClaimWarningContext {
  header: Readonly<Record<string, unknown>>;
  mode: IssueMode;
  now: number;
}

/**
 * The guard rails on a claims set: no "exp" (RFC 7519 §4.1.4) — except in a DPoP proof, which iat and
 * jti bound instead (RFC 9449 §4.2, §11.1) —, an access token living longer than 15 minutes (RFC 9068
 * §2.2), personal data in a token that is only signed (RFC 7519 §12).
 */
export function findClaimWarnings(claims: Readonly<Record<string, unknown>>, context: ClaimWarningContext): Finding[] {
  const findings: Finding[] = [];
  const exp = Object.hasOwn(claims, 'exp') ? claims.exp : undefined;
  if (exp === undefined && !isDpopProof(context.header)) {
    findings.push(makeFinding('issue-no-exp', 'The claims have no "exp": this token would never expire.'));
  }
  const accessTokenReason = describeAccessToken(claims, context.header);
  if (typeof exp === 'number' && accessTokenReason !== null) {
    const iat = Object.hasOwn(claims, 'iat') ? claims.iat : undefined;
    const lifetime = typeof iat === 'number' ? exp - iat : exp - context.now;
    const from = typeof iat === 'number' ? 'from "iat" to "exp"' : 'from now to "exp"';
    if (lifetime > MAX_ACCESS_TOKEN_LIFETIME_SEC) {
      const message =
        `This is an access token (${accessTokenReason}) that lives ${formatSpan(lifetime)} ${from}; ` +
        `keep it to ${formatSpan(MAX_ACCESS_TOKEN_LIFETIME_SEC)} or less.`;
      findings.push(makeFinding('issue-long-lifetime', message));
    }
  }
  const personal = context.mode === 'sign' ? findPersonalData(claims) : [];
  if (personal.length > 0) {
    const list = personal.map((datum) => `"${datum.path}" (${datum.what})`).join(', ');
    const message = `${list} ${personal.length === 1 ? 'looks' : 'look'} like personal data, and a JWS is only encoded: anyone who holds the token can read ${personal.length === 1 ? 'it' : 'them'}.`;
    findings.push(makeFinding('issue-pii-in-jws', message));
  }
  return findings;
}

/** `issue-short-secret` for an HMAC secret shorter than the hash output (RFC 7518 §3.2). */
export function findShortSecret(candidate: KeyCandidate, alg: string): Finding | null {
  const entry = lookUpJwsAlgorithm(alg);
  const bits = candidate.bits;
  if (entry?.family !== 'HMAC' || entry.minKeyBits === undefined || bits === undefined || bits >= entry.minKeyBits) {
    return null;
  }
  return makeFinding(
    'issue-short-secret',
    `The secret is ${bits / 8} bytes; ${alg} needs at least ${entry.minKeyBits / 8} (the hash output), ` +
      'or it can be guessed offline from any token it signed.',
  );
}

function isDpopProof(header: Readonly<Record<string, unknown>>): boolean {
  const typ = Object.hasOwn(header, 'typ') ? header.typ : undefined;
  return typeof typ === 'string' && /^(application\/)?dpop\+jwt$/i.test(typ);
}

function describeAccessToken(
  claims: Readonly<Record<string, unknown>>,
  header: Readonly<Record<string, unknown>>,
): string | null {
  const typ = Object.hasOwn(header, 'typ') ? header.typ : undefined;
  if (typeof typ === 'string' && /^(application\/)?at\+jwt$/i.test(typ)) return `"typ": "${typ}"`;
  const claim = ACCESS_TOKEN_CLAIMS.find((name) => Object.hasOwn(claims, name));
  return claim === undefined ? null : `it has "${claim}"`;
}
