import { readClaim } from '../claims/claim-check-result';
import { isJsonObject } from '../json/is-json-object';
import { isGiven, passed, quote, readStringClaim, skipped } from './rule-helpers';
import type { Digest, ProfileRule, RuleOutcome } from './types';

const ATH_REF = 'RFC 9449 §4.3 step 12';
const BINDING_REF = 'RFC 9449 §6.1, §7.1';

const mismatch = (detail: string, message: string, name?: string): RuleOutcome => ({
  status: 'failed',
  detail,
  message,
  part: 'payload',
  ...(name ? { name } : {}),
});

/** In a DPoP proof: `ath` is base64url(SHA-256) of the access token sent with it. */
export const athMatchesAccessToken: ProfileRule = {
  name: 'ath',
  title: 'ath is the hash of the access token',
  ref: ATH_REF,
  code: 'dpop-ath-mismatch',
  uses: ['accessToken'],
  step: 'check ath',
  link: 'ath',
  check: (input) => {
    if (!isGiven(input.context.accessToken)) return skipped('no access token given');
    const expected = input.links.accessTokenAth;
    if (!expected || expected.value === null) return skipped(expected?.why ?? 'the access token could not be hashed');
    const ath = readStringClaim(input, 'ath');
    if (ath.value === expected.value) return passed('ath is SHA-256 of the access token');
    if (ath.value === null)
      return mismatch(
        ath.problem,
        `The proof is sent with an access token but has ${ath.problem === 'no ath' ? 'no ath' : `an ath that is not a string (${ath.problem})`}: it is not tied to that token (${ATH_REF}).`,
        'ath',
      );
    return mismatch(
      `${quote(ath.value)} ≠ ${quote(expected.value)}`,
      `ath is ${quote(ath.value)}, but SHA-256 of the access token you gave is ${quote(expected.value)}: the proof was made for another token (${ATH_REF}).`,
      'ath',
    );
  },
};

/** In a DPoP proof: the access token's `cnf.jkt` is the thumbprint of the proof's own key. */
export const accessTokenIsBoundToKey: ProfileRule = {
  name: 'cnf-jkt',
  title: "the access token's cnf.jkt is this proof's key",
  ref: BINDING_REF,
  code: 'dpop-binding-mismatch',
  uses: ['accessToken'],
  step: 'check cnf.jkt',
  link: 'cnf.jkt',
  check: (input) => {
    if (!isGiven(input.context.accessToken)) return skipped('no access token given');
    return compareBinding(input.links.accessTokenJkt, input.links.ownJwkThumbprint, 'the access token', 'this proof');
  },
};

/** In an access token, with the DPoP proof sent beside it: the proof's `ath` is this token's hash. */
export const proofAthMatchesToken: ProfileRule = {
  name: 'dpop-ath',
  title: "the DPoP proof's ath is this token's hash",
  ref: ATH_REF,
  code: 'dpop-ath-mismatch',
  uses: ['dpopProof'],
  step: 'check ath',
  link: 'ath',
  check: (input) => {
    if (!isGiven(input.context.dpopProof)) return skipped('no DPoP proof given');
    const ath = input.links.proofAth;
    if (!ath || ath.value === null)
      return mismatch(
        ath?.why ?? 'no ath',
        `The DPoP proof has ${ath?.why ?? 'no ath'}, so it is not tied to this token (${ATH_REF}).`,
      );
    if (ath.value === input.links.ownAth) return passed("the proof's ath is SHA-256 of this token");
    return mismatch(
      `${quote(ath.value)} ≠ ${quote(input.links.ownAth)}`,
      `The DPoP proof's ath is ${quote(ath.value)}, but SHA-256 of this token is ${quote(input.links.ownAth)}: the proof was made for another token (${ATH_REF}).`,
    );
  },
};

/** In an access token, with the DPoP proof sent beside it: `cnf.jkt` is the thumbprint of the proof's key. */
export const proofKeyIsBound: ProfileRule = {
  name: 'dpop-cnf-jkt',
  title: "cnf.jkt is the DPoP proof's key",
  ref: BINDING_REF,
  code: 'dpop-binding-mismatch',
  uses: ['dpopProof'],
  step: 'check cnf.jkt',
  link: 'cnf.jkt',
  check: (input) => {
    if (!isGiven(input.context.dpopProof)) return skipped('no DPoP proof given');
    return compareBinding(readJkt(input.claims), input.links.proofJwkThumbprint, 'this token', 'the DPoP proof');
  },
};

/** `cnf.jkt` of a claims set (RFC 9449 §6.1), or why there is none. */
export function readJkt(claims: Record<string, unknown>): Digest {
  const { isPresent, value } = readClaim(claims, 'cnf');
  if (!isPresent) return { value: null, why: 'no cnf claim (not bound to a key)' };
  if (!isJsonObject(value) || !Object.hasOwn(value, 'jkt'))
    return { value: null, why: 'no cnf.jkt (not bound to a DPoP key)' };
  return typeof value.jkt === 'string' ? { value: value.jkt } : { value: null, why: 'cnf.jkt is not a string' };
}

function compareBinding(
  jkt: Digest | undefined,
  thumbprint: Digest | undefined,
  tokenNoun: string,
  proofNoun: string,
): RuleOutcome {
  if (jkt && jkt.value === null && jkt.isUnreadable) return skipped(jkt.why);
  if (!jkt || jkt.value === null) {
    const why = jkt?.why ?? 'no cnf.jkt';
    return mismatch(
      why,
      `${capitalize(tokenNoun)} has ${why}: a DPoP proof cannot be checked against it (${BINDING_REF}).`,
    );
  }
  if (!thumbprint || thumbprint.value === null)
    return skipped(`${proofNoun} has no usable key (${thumbprint?.why ?? 'no jwk'})`);
  if (jkt.value === thumbprint.value) return passed(`cnf.jkt is the thumbprint of ${proofNoun}'s key`);
  return mismatch(
    `${quote(jkt.value)} ≠ ${quote(thumbprint.value)}`,
    `${capitalize(tokenNoun)} is bound to key ${quote(jkt.value)}, but ${proofNoun} is signed with key ${quote(thumbprint.value)} (RFC 7638 thumbprint): the token was issued to another key (${BINDING_REF}).`,
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
