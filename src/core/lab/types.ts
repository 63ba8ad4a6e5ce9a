import type { FindingCode } from '../findings/catalogue';
import type { KeyCandidate } from '../keys';

/** What an input lacks for a variant to be made. */
export type ValidatorTestNeed =
  | 'url'
  | 'signing-key'
  | 'public-key'
  | 'recipient-key'
  | 'expectations'
  | 'json-claims'
  /** The token has no exp to remove. */
  | 'exp-claim';

/** The facts of one malicious variant: what it tests, where the attack comes from, the right answer. */
export interface ValidatorTestFacts {
  /** Stable kebab-case id. */
  id: string;
  title: string;
  /** What a validator's answer to it shows. */
  tests: string;
  /** The CVE, write-up or RFC section it comes from, and a link to it. */
  source: { name: string; url: string };
  /** What a correct validator answers: "reject: …". */
  expect: string;
  /** The finding JWT Lens reports for it. */
  finding: FindingCode;
}

export interface ValidatorTest extends ValidatorTestFacts {
  /** The variant, compact; null when the input lacks what `needs` names. */
  token: string | null;
  needs: ValidatorTestNeed | null;
  /** The attacker's public key, for the variants that point at one (host it at the jku URL). */
  attackerJwk?: Record<string, unknown>;
}

export interface ValidatorTestsInput {
  /** The compact JWS being inspected. */
  token: string;
  /** Candidates read from the "Verification key" box: a public key, a private key or an HMAC secret. */
  keys?: readonly KeyCandidate[];
  expected?: { issuer?: string; audience?: string };
  /** The user's URL for the jku and x5u variants; never fetched. */
  url?: string;
  /** Candidates with a recipient public key (e.g. the "Decryption key" box), for the JWE variant. */
  recipientKeys?: readonly KeyCandidate[];
}
