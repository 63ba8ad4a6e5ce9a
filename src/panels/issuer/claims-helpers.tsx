import { withTimes } from '../../core';
import { Button } from '../../ui/button';

const LIFETIMES: ReadonlyArray<readonly [string, number]> = [
  ['5 min', 300],
  ['15 min', 900],
  ['1 h', 3600],
  ['1 day', 86_400],
];

interface ClaimsHelpersProps {
  claimsText: string;
  onChange: (text: string) => void;
  nowSeconds: number;
}

/** Sets iat/exp/nbf relative to now, and the registered string claims, without retyping JSON. */
export function ClaimsHelpers({ claimsText, onChange, nowSeconds }: ClaimsHelpersProps) {
  const claims = parseObject(claimsText);
  if (!claims) return <p className="text-xs text-slate-500">Time helpers work once the claims are a JSON object.</p>;
  const write = (next: Record<string, unknown>) => onChange(JSON.stringify(next, null, 2));
  const setString = (name: string, value: string) =>
    write(
      Object.fromEntries([...Object.entries(claims).filter(([k]) => k !== name), ...(value ? [[name, value]] : [])]),
    );
  const text = (name: string) => (typeof claims[name] === 'string' ? (claims[name] as string) : '');
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
        {(['iss', 'sub', 'aud', 'jti'] as const).map((name) => (
          <label key={name} className="flex flex-col gap-0.5 text-xs font-semibold">
            {name}
            <input
              type="text"
              value={text(name)}
              onChange={(e) => setString(name, e.target.value)}
              className="rounded border border-slate-300 px-2 py-1 font-mono font-normal dark:border-slate-600 dark:bg-slate-900"
            />
          </label>
        ))}
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
