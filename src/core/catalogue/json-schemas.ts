import { JWE_ALGORITHMS, JWE_ENCRYPTIONS, JWS_ALGORITHMS } from '../algorithms/registry';
import type { ValueType } from './name-info';
import { CLAIMS, HEADER_PARAMETERS, type NameInfo } from './names';

type JsonSchema = Readonly<Record<string, unknown>>;

/** Each catalogue type as JSON Schema: what the editor checks and completes. */
export const VALUE_TYPE_SCHEMAS: Readonly<Record<ValueType, JsonSchema>> = {
  string: { type: 'string' },
  'string-array': { type: 'array', items: { type: 'string' } },
  'string-or-string-array': { type: ['string', 'array'], items: { type: 'string' } },
  // RFC 7519 §2: seconds since 1970, fractions allowed.
  'numeric-date': { type: 'number' },
  integer: { type: 'integer' },
  number: { type: 'number' },
  boolean: { type: 'boolean' },
  object: { type: 'object' },
  array: { type: 'array' },
};

function describe(table: Readonly<Record<string, NameInfo>>): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.entries(table).map(([name, info]) => [
      name,
      {
        description: `${info.title} — ${info.description} (${info.ref})`,
        ...(info.type === undefined ? {} : VALUE_TYPE_SCHEMAS[info.type]),
      },
    ]),
  );
}

/**
 * JSON Schemas for the issuer's editors, built from the catalogues, so the editor completes, explains and
 * type-checks every registered name (RFC 7515 §4.1, RFC 7519 §4.1) with the type its entry gives it, and
 * lists the algorithms it offers. `alg` is not required: the issuer fills it in from the chosen algorithm.
 */
export function buildEditorSchema(kind: 'header' | 'claims'): unknown {
  if (kind === 'claims') return { type: 'object', properties: describe(CLAIMS) };
  const properties = describe(HEADER_PARAMETERS);
  return {
    type: 'object',
    properties: {
      ...properties,
      alg: { ...properties.alg, enum: ['none', ...Object.keys(JWS_ALGORITHMS), ...Object.keys(JWE_ALGORITHMS)] },
      enc: { ...properties.enc, enum: Object.keys(JWE_ENCRYPTIONS) },
    },
  };
}
