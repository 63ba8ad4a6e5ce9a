import { lazy, Suspense, useId, useState } from 'react';

const JsonMonaco = lazy(() => import('./json-monaco'));

interface JsonFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  path: string;
  schema: unknown;
  /** A parse error to show under the field. */
  error?: string | null;
}

/** JSON input: a plain textarea at once, Monaco (validation, completion) when it has loaded. */
export function JsonField({ label, value, onChange, path, schema, error }: JsonFieldProps) {
  const [isReady, setReady] = useState(false);
  const errorId = useId();
  return (
    <div className="flex flex-col gap-1">
      <span className="text-xs font-semibold">{label}</span>
      <div className="relative h-48 overflow-hidden rounded border bg-white dark:bg-slate-900">
        {isReady ? null : (
          <textarea
            aria-label={label}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? errorId : undefined}
            spellCheck={false}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            className="absolute inset-0 h-full w-full resize-none p-2 font-mono text-[13px]"
          />
        )}
        <Suspense fallback={null}>
          <JsonMonaco
            label={label}
            value={value}
            onChange={onChange}
            path={path}
            schema={schema}
            onReady={() => setReady(true)}
            isVisible={isReady}
          />
        </Suspense>
      </div>
      {error ? (
        <p id={errorId} className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
