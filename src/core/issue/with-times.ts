export interface TimeOptions {
  /** Seconds since the epoch (a NumericDate, RFC 7519 §2); fractions are dropped. */
  now: number;
  /** Seconds from now to "exp". */
  lifetimeSec: number;
  /** Also set "nbf" to now (RFC 7519 §4.1.5). */
  notBefore?: boolean;
}

/**
 * A copy of `claims` with "iat" (RFC 7519 §4.1.6) and "exp" (§4.1.4) set, and "nbf" (§4.1.5) when asked,
 * as NumericDates. Existing members keep their place; new ones go last. Built from own entries with
 * Object.fromEntries, so a "__proto__" claim stays an ordinary claim. Other claims are not touched.
 */
export function withTimes(claims: Readonly<Record<string, unknown>>, options: TimeOptions): Record<string, unknown> {
  const now = Math.floor(options.now);
  const times = new Map<string, number>([
    ['iat', now],
    ...(options.notBefore === true ? [['nbf', now] as const] : []),
    ['exp', now + Math.floor(options.lifetimeSec)],
  ]);
  const kept = Object.entries(claims).map(([name, value]): [string, unknown] => [name, times.get(name) ?? value]);
  const added = [...times].filter(([name]) => !Object.hasOwn(claims, name));
  return Object.fromEntries([...kept, ...added]);
}
