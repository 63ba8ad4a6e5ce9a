import { NUMERIC_DATE_CLAIMS } from '../catalogue/claim-types';
import { describeClaimTimes } from '../claims/describe-times';
import type { Inspection } from '../inspect/types';
import { isJsonObject } from '../json/is-json-object';
import type {
  ClaimInstant,
  ComparedPart,
  ComparedParts,
  DifferenceRow,
  TimeDifference,
  TokenComparison,
} from './types';

/**
 * The parts a person compares: the header the Header region shows (the outermost layer's) and the
 * payload the Payload region shows — the innermost one, so a decrypted nested JWS compares by its claims
 * and an SD-JWT by the claims a verifier sees. An encrypted payload is not readable (`undefined`).
 */
export function readComparedParts(inspection: Inspection): ComparedParts {
  const header = inspection.layers[0]?.header ?? undefined;
  const payload = inspection.payload;
  if (payload === null) return { header, payload: undefined };
  return { header, payload: Object.hasOwn(payload, 'json') ? payload.json : payload.text };
}

/**
 * Compares two tokens' headers and payloads as facts: one row per member whose value differs. Objects
 * are compared member by member at any depth; arrays and other values as whole JSON values (so an `aud`
 * of ["a", "b"] against ["b", "a"] is one changed row). NumericDate claims of the catalogue (RFC 7519 §2)
 * also carry both instants and their difference in seconds.
 */
export function compareTokens(self: ComparedParts, other: ComparedParts): TokenComparison {
  const comparison: TokenComparison = { rows: [], notCompared: [] };
  for (const part of ['header', 'payload'] as const) {
    const unreadable = [
      ...(self[part] === undefined ? (['this'] as const) : []),
      ...(other[part] === undefined ? (['other'] as const) : []),
    ];
    if (unreadable.length > 0) comparison.notCompared.push({ part, unreadable });
    else compareValues(part, [], self[part], other[part], comparison.rows);
  }
  return comparison;
}

/** Adds the rows for two values that are both present at `path`. */
function compareValues(part: ComparedPart, path: string[], a: unknown, b: unknown, rows: DifferenceRow[]): void {
  if (isJsonObject(a) && isJsonObject(b)) {
    for (const name of Object.keys(a)) {
      const at = [...path, name];
      if (Object.hasOwn(b, name)) compareValues(part, at, a[name], b[name], rows);
      else rows.push(makeRow(part, at, 'removed', { thisValue: a[name] }));
    }
    for (const name of Object.keys(b)) {
      if (!Object.hasOwn(a, name)) rows.push(makeRow(part, [...path, name], 'added', { otherValue: b[name] }));
    }
    return;
  }
  if (!isSameJson(a, b)) rows.push(makeRow(part, path, 'changed', { thisValue: a, otherValue: b }));
}

function makeRow(
  part: ComparedPart,
  path: string[],
  change: DifferenceRow['change'],
  values: Pick<DifferenceRow, 'thisValue' | 'otherValue'>,
): DifferenceRow {
  const row: DifferenceRow = { part, path, pathText: formatMemberPath(path), change, ...values };
  const name = path[0];
  if (part === 'payload' && path.length === 1 && name !== undefined && NUMERIC_DATE_CLAIMS.includes(name)) {
    row.time = readTimes(name, row);
  }
  return row;
}

/**
 * Both sides read as the time view reads them (describeClaimTimes: a finite number, an instant only when
 * it can be a time), so the comparison and the Payload region never disagree about what is a time.
 */
function readTimes(name: string, { thisValue, otherValue }: DifferenceRow): TimeDifference {
  const thisAt = readInstant(name, thisValue);
  const otherAt = readInstant(name, otherValue);
  return { thisAt, otherAt, differenceSec: thisAt && otherAt ? otherAt.seconds - thisAt.seconds : null };
}

function readInstant(name: string, value: unknown): ClaimInstant | null {
  const [time] = describeClaimTimes({ [name]: value }, 0);
  return time?.iso ? { seconds: time.seconds, iso: time.iso } : null;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `address.country`; a name that is not an identifier in brackets: `["https://example.com/roles"].admin`. */
export function formatMemberPath(path: readonly string[]): string {
  return path
    .map((name, i) => (IDENTIFIER.test(name) ? (i === 0 ? name : `.${name}`) : `[${JSON.stringify(name)}]`))
    .join('');
}

/** Whether two decoded JSON values are equal: same type, same members (in any order), same elements in order. */
export function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => isSameJson(v, b[i]));
  }
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  const names = Object.keys(a);
  return (
    names.length === Object.keys(b).length &&
    names.every((name) => Object.hasOwn(b, name) && isSameJson(a[name], b[name]))
  );
}
