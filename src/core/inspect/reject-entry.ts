import { PARTS } from '../catalogue/parts';
import { makeFinding } from '../findings/make-finding';
import type { EntryRejection, Finding } from '../types';

const SPEC: Readonly<Record<'jws' | 'jwe', { noun: string; step: string; ref: string }>> = {
  jws: { noun: 'JWS', step: 'signature check', ref: 'RFC 7515 §5.2' },
  jwe: { noun: 'JWE', step: 'decryption', ref: 'RFC 7516 §5.2' },
};

/**
 * The one rule for an entry the decoder could not read: it is refused before any key is tried, whatever
 * made it unreadable (a bad base64url part, a header that is not a JSON object, a wrong-typed header
 * parameter, a missing member). The decoder's finding says what is wrong; this one says what it means.
 */
export function rejectEntry(rejection: EntryRejection, kind: 'jws' | 'jwe', at: Partial<Finding>): Finding {
  const { noun, step, ref } = SPEC[kind];
  const why = describeRejection(rejection);
  const message = `${why}, so the ${noun} is rejected before any ${step} (${ref}).`;
  return makeFinding(kind === 'jws' ? 'signature-invalid' : 'decryption-failed', message, {
    ...at,
    part: rejection.part,
    ...(rejection.name ? { name: rejection.name } : {}),
  });
}

function describeRejection(rejection: EntryRejection): string {
  const label = PARTS[rejection.part].label;
  switch (rejection.reason) {
    case 'part-undecodable':
      return `${label} is not valid base64url`;
    case 'header-unreadable':
      return 'The protected header does not decode to a JSON object';
    case 'header-param-invalid':
      return `Header "${rejection.name ?? '?'}" has the wrong type`;
    case 'serialization-invalid':
      return `The ${label.toLowerCase()} member is missing or malformed`;
  }
}
