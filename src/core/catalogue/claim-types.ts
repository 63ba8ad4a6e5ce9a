import type { ValueType } from './name-info';
import { CLAIMS } from './names';

/**
 * Every claim the catalogue gives a JSON type, in catalogue order (RFC 7519 §4.1 first). The claim type
 * check and the editor schema read this list, so a claim's type is stated once, in its catalogue entry.
 */
export const TYPED_CLAIMS: ReadonlyArray<readonly [name: string, type: ValueType]> = Object.entries(CLAIMS).flatMap(
  ([name, info]) => (info.type === undefined ? [] : [[name, info.type] as const]),
);

/**
 * The NumericDate claims (RFC 7519 §2): `exp`, `nbf`, `iat`, OpenID Connect's `auth_time` and
 * `updated_at`, RFC 8417's `toe`, … — whichever entries the catalogue types as `numeric-date`. The time
 * view, the claim checks and the editor schema all read this one list.
 */
export const NUMERIC_DATE_CLAIMS: readonly string[] = TYPED_CLAIMS.flatMap(([name, type]) =>
  type === 'numeric-date' ? [name] : [],
);
