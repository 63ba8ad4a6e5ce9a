/** A decoded JSON object: not null, not an array. The one guard every reader of untrusted JSON uses. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
