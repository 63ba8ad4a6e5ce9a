import type { FindingCode } from '../findings/catalogue';
import { isGiven, passed, quote, readStringClaim, skipped } from './rule-helpers';
import type { ContextInput, LinkFacts, ProfileRule } from './types';

interface HalfHashClaim {
  claim: 'at_hash' | 'c_hash' | 's_hash';
  /** The context input it is computed over, and the fact that holds the computed value. */
  input: Extract<ContextInput, 'accessToken' | 'code' | 'state'>;
  fact: keyof Pick<LinkFacts, 'atHash' | 'cHash' | 'sHash'>;
  noun: string;
  code: FindingCode;
  ref: string;
  /** When the claim may be absent, in words. */
  whenOptional: string;
}

/**
 * `at_hash`, `c_hash`, `s_hash` (OIDC Core §3.1.3.6, §3.3.2.11; FAPI 1.0 Part 2 §5.1): base64url of the
 * left half of the hash the header's `alg` names, over the ASCII of the access token, code or state.
 */
export function halfHashRule(spec: HalfHashClaim): ProfileRule {
  const { claim, input, fact, noun, code, ref } = spec;
  return {
    name: claim,
    title: `${claim} matches the ${noun}`,
    ref,
    code,
    uses: [input],
    step: `check ${claim}`,
    link: claim,
    check: (rule) => {
      if (!isGiven(rule.context[input])) return skipped(`no ${noun} given`);
      const read = readStringClaim(rule, claim);
      if (read.value === null && read.problem === `no ${claim}`)
        return skipped(`the token has no ${claim} (${spec.whenOptional})`);
      const computed = rule.links[fact];
      if (!computed || computed.value === null) return skipped(computed?.why ?? rule.links.halfHash.why);
      const hash = rule.links.halfHash.hash ?? 'the hash';
      if (read.value === computed.value) return passed(`${claim} is the left half of ${hash} over the ${noun}`);
      return {
        status: 'failed',
        detail: read.value === null ? read.problem : `${quote(read.value)} ≠ ${quote(computed.value)}`,
        message:
          read.value === null
            ? `${claim} is not a string (${read.problem}) (${ref}).`
            : `${claim} is ${quote(read.value)}, but the left half of ${hash} over the ${noun} you gave is ${quote(computed.value)}: the token was issued with another ${noun}, or the hash was taken over something else (${ref}).`,
        part: 'payload',
        name: claim,
      };
    },
  };
}
