import type { NameInfo } from './name-info';
import { REGISTERED_CLAIMS } from './registered-claims';
import { VENDOR_CLAIMS } from './vendor-claims';

export type { NameInfo } from './name-info';
export { HEADER_PARAMETERS } from './header-parameters';

/**
 * JWT claims: the IANA-registered ones (RFC 7519 §10.1) first, then widespread vendor claims. Both tables
 * are our own literals, so spreading them is safe; a test asserts they share no name.
 */
export const CLAIMS: Readonly<Record<string, NameInfo>> = { ...REGISTERED_CLAIMS, ...VENDOR_CLAIMS };

/** Looks up a name in own properties only, so "__proto__" or "constructor" never resolve to Object's. */
export function lookUpName(table: Readonly<Record<string, NameInfo>>, name: string): NameInfo | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}
