import type { Inspection } from '../src/core';

/** An inspection with nothing found, its payload text `text`: for tests of how results travel and are kept. */
export function stubInspection(text: string): Inspection {
  return {
    format: 'jws-compact',
    layers: [],
    payload: { text },
    signature: 'not-verified',
    decryption: 'not-applicable',
    claims: 'not-applicable',
    claimChecks: [],
    findings: [],
    sdJwt: null,
    profile: null,
    headline: '',
  };
}
