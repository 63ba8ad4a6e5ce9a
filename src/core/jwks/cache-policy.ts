export const DEFAULT_MAX_AGE_SEC = 600;
/** Bounds on a server's max-age: rotation must show up within a day, and a set is not refetched every second. */
export const MIN_MAX_AGE_SEC = 30;
export const MAX_MAX_AGE_SEC = 86_400;

/**
 * How long a fetched key set may be used without asking again (RFC 9111 §5.2.2.1), kept within sane
 * bounds; `no-store`/`no-cache` give the minimum, no header gives the default of 10 minutes.
 */
export function readMaxAge(cacheControl: string | null): { seconds: number; source: string } {
  if (!cacheControl) return { seconds: DEFAULT_MAX_AGE_SEC, source: 'default (no Cache-Control)' };
  const directives = cacheControl
    .toLowerCase()
    .split(',')
    .map((d) => d.trim());
  if (directives.some((d) => d === 'no-store' || d === 'no-cache'))
    return { seconds: MIN_MAX_AGE_SEC, source: 'minimum (no-store/no-cache)' };
  const maxAge = directives.find((d) => d.startsWith('max-age='));
  const value = maxAge ? Number(maxAge.slice('max-age='.length).replace(/"/g, '')) : Number.NaN;
  if (!Number.isFinite(value)) return { seconds: DEFAULT_MAX_AGE_SEC, source: 'default (no max-age)' };
  const seconds = Math.min(MAX_MAX_AGE_SEC, Math.max(MIN_MAX_AGE_SEC, Math.floor(value)));
  return {
    seconds,
    source: seconds === value ? `max-age=${value}` : `max-age=${value}, kept within ${MIN_MAX_AGE_SEC} s–24 h`,
  };
}
