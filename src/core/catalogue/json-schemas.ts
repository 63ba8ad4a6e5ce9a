import { JWE_ALGORITHMS, JWE_ENCRYPTIONS, JWS_ALGORITHMS } from '../algorithms/registry';
import { CLAIMS, HEADER_PARAMETERS, type NameInfo } from './names';

const NUMERIC_DATES = new Set(['exp', 'nbf', 'iat', 'auth_time', 'updated_at']);

function describe(
  table: Readonly<Record<string, NameInfo>>,
): Record<string, { description: string; type?: string | string[] }> {
  return Object.fromEntries(
    Object.entries(table).map(([name, info]) => [
      name,
      {
        description: `${info.title} — ${info.description} (${info.ref})`,
        ...(NUMERIC_DATES.has(name) ? { type: 'number' } : {}),
      },
    ]),
  );
}

/**
 * JSON Schemas for the issuer's editors, built from the catalogues, so the editor completes and
 * explains every registered name (RFC 7515 §4.1, RFC 7519 §4.1) and lists the algorithms it offers.
 * `alg` is not required: the issuer fills it in from the chosen algorithm.
 */
export function buildEditorSchema(kind: 'header' | 'claims'): unknown {
  if (kind === 'claims') {
    return {
      type: 'object',
      properties: { ...describe(CLAIMS), aud: { description: CLAIMS.aud?.description, type: ['string', 'array'] } },
    };
  }
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
