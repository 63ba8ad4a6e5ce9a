import { decodePart } from '../decode/decode-part';
import { makeFinding } from '../findings/make-finding';
import type { DecodedDisclosure, DecodedPart, Finding, SourceRange } from '../types';

/** Claim names a disclosure may never carry (RFC 9901 §4.2.1): they are the format's own keys. */
export const FORBIDDEN_DISCLOSURE_NAMES: ReadonlySet<string> = new Set(['_sd', '...']);

/**
 * Decodes one disclosure (RFC 9901 §4.2.1, §4.2.2): base64url of a JSON array, `[salt, name, value]` for
 * an object property or `[salt, value]` for an array element. Anything else is `sd-disclosure-invalid`,
 * kept in the list so nothing presented goes unshown.
 */
export function decodeDisclosure(
  encoded: string,
  index: number,
  range: SourceRange | null,
): { disclosure: DecodedDisclosure; part: DecodedPart; findings: Finding[] } {
  const { part, findings } = decodePart({ name: 'disclosure', encoded, range, mode: 'payload', entry: index });
  const at = { part: 'disclosure' as const, entry: index, stage: 'sd-jwt' as const, ...(range ? { at: range } : {}) };
  const invalid = (why: string) => {
    findings.push(makeFinding('sd-disclosure-invalid', `Disclosure ${index + 1} ${why}.`, at));
    return {
      disclosure: { index, encoded, range, salt: null, name: null, value: undefined, kind: 'invalid' as const },
      part: { ...part, hasError: true },
      findings,
    };
  };
  if (encoded.length === 0) return invalid('is empty (two "~" in a row)');
  const content = part.content;
  if (content?.type !== 'json') return invalid('is not base64url-encoded JSON');
  const array = content.value;
  if (!Array.isArray(array) || (array.length !== 2 && array.length !== 3))
    return invalid('is not a JSON array of 2 (array element) or 3 (object property) items');
  const [salt] = array;
  if (typeof salt !== 'string') return invalid('has a salt that is not a string');
  if (array.length === 2)
    return {
      disclosure: { index, encoded, range, salt, name: null, value: array[1], kind: 'element' },
      part,
      findings,
    };
  const name: unknown = array[1];
  if (typeof name !== 'string') return invalid('has a claim name that is not a string');
  if (FORBIDDEN_DISCLOSURE_NAMES.has(name)) {
    findings.push(
      makeFinding(
        'sd-claim-name-invalid',
        `Disclosure ${index + 1} names the claim ${JSON.stringify(name)}, which RFC 9901 §4.2.1 forbids.`,
        {
          ...at,
          name,
        },
      ),
    );
    return {
      disclosure: { index, encoded, range, salt, name, value: array[2], kind: 'invalid' },
      part: { ...part, hasError: true },
      findings,
    };
  }
  return { disclosure: { index, encoded, range, salt, name, value: array[2], kind: 'property' }, part, findings };
}
