import type { JsonObject } from '../types';

/** A string member of a decoded JSON object (a header, a JWK), or null; own members only. */
export function readString(header: JsonObject | null, name: string): string | null {
  if (!header || !Object.hasOwn(header, name)) return null;
  const value = header[name];
  return typeof value === 'string' ? value : null;
}
