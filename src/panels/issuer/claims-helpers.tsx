import { CLAIMS, withTimes } from '../../core';
import { Button } from '../../ui/button';

const LIFETIMES: ReadonlyArray<readonly [string, number]> = [
  ['5 min', 300],
  ['15 min', 900],
  ['1 h', 3600],
  ['1 day', 86_400],
];

/**
 * The registered claim names of RFC 7519 §4.1 a person types as text (iss, sub, aud, jti): read from the
 * catalogue, whose entries say where each claim is defined and what JSON type it has.
 */
const TEXT_CLAIMS = Object.entries(CLAIMS).filter(
  ([, info]) =>
    info.ref.startsWith('RFC 7519 §4.1.') && (info.type === 'string' || info.type === 'string-or-string-array'),
);

interface ClaimsHelpersProps {
  claimsText: string;
  onChange: (text: string) => void;
  nowSeconds: number;
}

/** Sets iat/exp/nbf relative to now, and the registered string claims, without retyping JSON. */
export function ClaimsHelpers({ claimsText, onChange, nowSeconds }: ClaimsHelpersProps) {
  const claims = parseObject(claimsText);
  if (!claims)
    return (
      <p className="text-xs text-slate-600 dark:text-slate-400">Time helpers work once the claims are a JSON object.</p>
    );
  const write = (next: Record<string, unknown>) => onChange(JSON.stringify(next, null, 2));
  const setString = (name: string, value: string) =>
    write(
      Object.fromEntries([...Object.entries(claims).filter(([k]) => k !== name), ...(value ? [[name, value]] : [])]),
    );
  const read = (name: string): unknown => (Object.hasOwn(claims, name) ? claims[name] : undefined);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-1 text-xs">
        <span className="font-semibold">iat = now, exp in</span>
        {LIFETIMES.map(([label, seconds]) => (
          <Button key={label} onClick={() => write(withTimes(claims, { now: nowSeconds, lifetimeSec: seconds }))}>
            {label}
          </Button>
        ))}
        <Button onClick={() => write(withTimes(claims, { now: nowSeconds, lifetimeSec: 900, notBefore: true }))}>
          + nbf = now
        </Button>
      </div>
      <div className="grid gap-2 sm:grid-cols-2">
        {TEXT_CLAIMS.map(([name, info]) => {
          const value = read(name);
          // A non-string value (an aud array, a wrong type) is shown, not overwritten: edit it in the JSON.
          const isText = value === undefined || typeof value === 'string';
          return (
            <label key={name} title={info.title} className="flex flex-col gap-0.5 text-xs font-semibold">
              {name}
              <input
                type="text"
                value={typeof value === 'string' ? value : isText ? '' : JSON.stringify(value)}
                readOnly={!isText}
                onChange={(e) => setString(name, e.target.value)}
                className="rounded border border-slate-300 px-2 py-1 font-mono font-normal dark:border-slate-600 dark:bg-slate-900"
              />
            </label>
          );
        })}
      </div>
    </div>
  );
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
