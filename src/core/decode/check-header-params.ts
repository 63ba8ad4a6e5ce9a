import { HEADER_PARAMETERS } from '../catalogue/header-parameters';
import { lookUpName } from '../catalogue/names';
import { describeValueType, hasValueType } from '../catalogue/value-type';
import { makeFinding } from '../findings/make-finding';
import type { Finding, JsonObject, PartName } from '../types';
import { describeJsonType } from './describe-json-type';

/** Names with a check of their own, and a code of their own (`alg-invalid`, `enc-invalid`). */
const CHECKED_ELSEWHERE = new Set(['alg', 'enc']);

/**
 * A `header-param-invalid` finding for every registered header parameter whose JSON type differs from the
 * one the catalogue gives it (RFC 7515 §4.1, RFC 7516 §4.1, RFC 7518 §4.6–4.8, RFC 7797 §3). A wrong-typed
 * member is never read as absent: a numeric `kid` must not make every key a candidate.
 */
export function checkHeaderParams(
  headers: ReadonlyArray<{ header: JsonObject | null; part: PartName }>,
  entry: number | undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (const { header, part } of headers) {
    if (!header) continue;
    for (const name of Object.keys(header)) {
      const type = lookUpName(HEADER_PARAMETERS, name)?.type;
      if (type === undefined || CHECKED_ELSEWHERE.has(name) || hasValueType(header[name], type)) continue;
      findings.push(
        makeFinding(
          'header-param-invalid',
          `Header "${name}" is ${describeJsonType(header[name])}; it must be ${describeValueType(type)}.`,
          { part, name, ...(entry === undefined ? {} : { entry }) },
        ),
      );
    }
  }
  return findings;
}
