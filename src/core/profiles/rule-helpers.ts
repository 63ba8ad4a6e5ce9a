import { isUnsecuredAlg, lookUpJwsAlgorithm } from '../algorithms/registry';
import { readClaim } from '../claims/claim-check-result';
import { describeJsonType } from '../decode/describe-json-type';
import { readString } from '../json/read-string';
import type { FindingCode } from '../findings/catalogue';
import type { ContextInput, ProfileRule, RuleInput, RuleOutcome } from './types';

const quote = (value: string) => JSON.stringify(value);

/** RFC 7515 §4.1.9: a `typ` without "/" means "application/" + it; media types compare case-insensitively. */
export function normalizeTyp(typ: string): string {
  const lower = typ.toLowerCase();
  return lower.startsWith('application/') ? lower.slice('application/'.length) : lower;
}

export const passed = (detail: string): RuleOutcome => ({ status: 'passed', detail });
export const skipped = (detail: string): RuleOutcome => ({ status: 'skipped', detail });

/**
 * A claim the profile requires: present, whatever its value (the claim type checks look at values). A
 * claim the spec only recommends (SHOULD) is a warning when missing.
 */
export function requiredClaim(
  name: string,
  ref: string,
  strength: 'required' | 'recommended' = 'required',
): ProfileRule {
  return {
    name: `${name}-present`,
    title: `${name} is present`,
    ref,
    code: 'profile-claim-missing',
    check: ({ claims }) =>
      readClaim(claims, name).isPresent
        ? passed(`${name} is present`)
        : {
            status: 'failed',
            detail: `no ${name}`,
            message: `The token has no "${name}" claim, which ${ref} ${strength === 'required' ? 'requires' : 'recommends'}.`,
            ...(strength === 'recommended' ? { severity: 'warning' as const } : {}),
            part: 'payload',
            name,
          },
  };
}

/** A claim the profile forbids, with the reason the spec gives. */
export function forbiddenClaim(name: string, ref: string, why: string): ProfileRule {
  return {
    name: `${name}-absent`,
    title: `no ${name}`,
    ref,
    code: 'profile-claim-forbidden',
    check: ({ claims }) =>
      readClaim(claims, name).isPresent
        ? {
            status: 'failed',
            detail: `has ${name}`,
            message: `The token has a "${name}" claim, which ${ref} forbids: ${why}`,
            part: 'payload',
            name,
          }
        : passed(`no ${name}`),
  };
}

/**
 * The explicit type (RFC 8725 §3.11): `required` makes a missing or different `typ` an error; otherwise
 * the spec only recommends it and a missing one is a warning (a different one is still an error).
 */
export function typRule(values: string[], ref: string, strength: 'required' | 'recommended'): ProfileRule {
  const shown = values.map(quote).join(' or ');
  return {
    name: 'typ',
    title: `typ is ${shown}`,
    ref,
    code: 'profile-typ-mismatch',
    check: ({ header }) => {
      const typ = readString(header, 'typ');
      if (typ !== null && values.includes(normalizeTyp(typ))) return passed(`typ is ${quote(typ)}`);
      const isMissing = typ === null;
      return {
        status: 'failed',
        detail: isMissing ? 'no typ' : `typ is ${quote(typ)}`,
        message: isMissing
          ? `The header has no "typ"; ${ref} ${strength === 'required' ? 'requires' : 'recommends'} ${shown}.`
          : `The header's typ is ${quote(typ)}, not ${shown} (${ref}).`,
        ...(isMissing && strength === 'recommended' ? { severity: 'warning' as const } : {}),
        part: 'header',
        name: 'typ',
      };
    },
  };
}

/** The token must be signed (never `alg: none`); `asymmetric` also rules out HMAC. */
export function signedRule(ref: string, kind: 'any' | 'asymmetric'): ProfileRule {
  return {
    name: kind === 'asymmetric' ? 'alg-asymmetric' : 'alg-signed',
    title: kind === 'asymmetric' ? 'signed with an asymmetric algorithm' : 'signed (alg is not "none")',
    ref,
    code: 'profile-alg-forbidden',
    check: ({ header }) => {
      const alg = readString(header, 'alg');
      const fail = (detail: string, message: string): RuleOutcome => ({
        status: 'failed',
        detail,
        message,
        part: 'header',
        name: 'alg',
      });
      if (alg === null || isUnsecuredAlg(alg))
        return fail('unsigned', `The token is not signed, which ${ref} forbids.`);
      const family = lookUpJwsAlgorithm(alg)?.family;
      if (kind === 'asymmetric' && family === 'HMAC')
        return fail(
          `alg is ${quote(alg)}`,
          `alg ${quote(alg)} is a shared-secret MAC; ${ref} requires an asymmetric signature.`,
        );
      return passed(`alg is ${quote(alg)}`);
    },
  };
}

/** Reads a claim that should be a string; `null` when absent, the JSON type when it is something else. */
export function readStringClaim(input: RuleInput, name: string): { value: string } | { value: null; problem: string } {
  const { isPresent, value } = readClaim(input.claims, name);
  if (!isPresent) return { value: null, problem: `no ${name}` };
  if (typeof value !== 'string') return { value: null, problem: `${name} is ${describeJsonType(value)}` };
  return { value };
}

/** The audiences of `aud` (a string or an array of strings, RFC 7519 §4.1.3), or null when it is neither. */
export function readAudiences(input: RuleInput): string[] | null {
  const { isPresent, value } = readClaim(input.claims, 'aud');
  if (!isPresent) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return null;
}

const isGiven = (value: string | undefined): value is string => value !== undefined && value !== '';

/** OIDC Core §3.1.3.7 step 3 and its kin: the client is one of the token's audiences. */
export function audienceIsClient(ref: string): ProfileRule {
  return {
    name: 'aud-contains-client-id',
    title: 'aud contains the client ID',
    ref,
    code: 'aud-mismatch',
    uses: ['clientId'],
    check: (input) => {
      const clientId = input.context.clientId;
      if (!isGiven(clientId)) return skipped('no client ID given');
      const audiences = readAudiences(input);
      if (audiences !== null && audiences.includes(clientId)) return passed(`aud contains ${quote(clientId)}`);
      const shown =
        audiences === null
          ? 'not a string or an array'
          : audiences.length === 0
            ? 'missing'
            : audiences.map(quote).join(', ');
      return {
        status: 'failed',
        detail: `aud is ${shown}`,
        message: `The client ID ${quote(clientId)} is not among the token's audiences (${shown}) (${ref}): it was issued to someone else.`,
        part: 'payload',
        name: 'aud',
      };
    },
  };
}

/** A claim compared with a value the relying party knows: a nonce or state it sent, the request's method, its client ID. */
export interface ContextMatch {
  name: string;
  title: string;
  ref: string;
  code: FindingCode;
  claim: string;
  input: Exclude<ContextInput, 'maxAgeSec'>;
  step?: string;
  /** The value given, in words, for the skipped detail ("no nonce given"). */
  noun: string;
  /** The failure in words, from the claim as shown and the value expected. */
  explain: (shown: string, expected: string) => string;
  /**
   * What an absent claim means: the presence rule's failure already ('skip'), or a failure of its own with
   * another code (`nonce-missing`). By default it fails like any other mismatch.
   */
  whenAbsent?: 'skip' | { code: FindingCode; message: string };
}

/** One engine for every "claim equals what the relying party knows" rule, compared exactly (no trimming, no case folding). */
export function claimMatchesContext(spec: ContextMatch): ProfileRule {
  const { claim } = spec;
  return {
    name: spec.name,
    title: spec.title,
    ref: spec.ref,
    code: spec.code,
    uses: [spec.input],
    ...(spec.step ? { step: spec.step } : {}),
    check: (input) => {
      const expected = input.context[spec.input];
      const isPresent = readClaim(input.claims, claim).isPresent;
      if (!isPresent && spec.whenAbsent === 'skip') return skipped(`no ${claim}`);
      if (!isGiven(expected)) return skipped(`no ${spec.noun} given`);
      const read = readStringClaim(input, claim);
      if (read.value === expected) return passed(`${claim} is ${quote(expected)}`);
      const at = { part: 'payload' as const, name: claim };
      if (!isPresent && spec.whenAbsent !== undefined && spec.whenAbsent !== 'skip')
        return {
          status: 'failed',
          code: spec.whenAbsent.code,
          detail: `no ${claim}`,
          message: spec.whenAbsent.message,
          ...at,
        };
      const shown = read.value === null ? read.problem : quote(read.value);
      return { status: 'failed', detail: `${claim} is ${shown}`, message: spec.explain(shown, quote(expected)), ...at };
    },
  };
}

/** A claim that must equal the client ID (`client_id` of RFC 9068, `iss` of a client assertion, …). */
export function claimIsClient(claim: string, ref: string): ProfileRule {
  return claimMatchesContext({
    name: `${claim}-is-client-id`,
    title: `${claim} equals the client ID`,
    ref,
    code: 'client-id-mismatch',
    claim,
    input: 'clientId',
    noun: 'client ID',
    // A missing claim is the presence rule's failure, not a second one here.
    whenAbsent: 'skip',
    explain: (shown, expected) => `The token's ${claim} (${shown}) is not the client ID ${expected} (${ref}).`,
  });
}

export { isGiven, quote };
