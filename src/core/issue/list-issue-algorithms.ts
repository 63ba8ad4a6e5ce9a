import { JWE_ALGORITHMS, JWE_ENCRYPTIONS, JWS_ALGORITHMS, type Support } from '../algorithms/registry';

export interface IssueAlgorithms {
  /** JWS algs JWT Lens can sign with (RFC 7518 §3.1); "none" is not listed (it needs the switch). */
  sign: string[];
  /** JWE key management algs (RFC 7518 §4.1). */
  encryptAlg: string[];
  /** JWE content encryption algs (RFC 7518 §5.1). */
  encryptEnc: string[];
  /** Registered algorithms that are not offered, and why. */
  unsupported: Array<{ name: string; reason: string }>;
}

interface Entry {
  support: Support;
  unsupportedReason?: string;
}

/** What the issuer offers, read from the algorithm registry: every supported entry, in registry order. */
export function listIssueAlgorithms(): IssueAlgorithms {
  const tables: ReadonlyArray<Readonly<Record<string, Entry>>> = [JWS_ALGORITHMS, JWE_ALGORITHMS, JWE_ENCRYPTIONS];
  return {
    sign: supportedNames(JWS_ALGORITHMS),
    encryptAlg: supportedNames(JWE_ALGORITHMS),
    encryptEnc: supportedNames(JWE_ENCRYPTIONS),
    unsupported: tables.flatMap((table) =>
      Object.entries(table)
        .filter(([, entry]) => entry.support === 'unsupported')
        .map(([name, entry]) => ({ name, reason: entry.unsupportedReason ?? 'not supported here' })),
    ),
  };
}

function supportedNames(table: Readonly<Record<string, Entry>>): string[] {
  return Object.entries(table)
    .filter(([, entry]) => entry.support === 'supported')
    .map(([name]) => name);
}
