import { useId, useState } from 'react';
import { LazyView } from '../../ui/lazy-view';

const loadJsonMonaco = () => import('./json-monaco').then((m) => m.default);

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
  const hintId = useId();
  return (
    <div className="flex flex-col gap-1">
      <span className="text-xs font-semibold">{label}</span>
      <div className="relative h-48 overflow-hidden rounded border bg-white dark:bg-slate-900">
        {isReady ? null : (
          <textarea
            aria-label={label}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            spellCheck={false}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            className="absolute inset-0 h-full w-full resize-none p-2 font-mono text-[13px]"
          />
        )}
        {/* Without Monaco's chunk the textarea stays, with a note over its foot. */}
        <LazyView
          load={loadJsonMonaco}
          what="the JSON editor"
          errorClassName="absolute inset-x-1 bottom-1 p-2 text-xs"
          props={{
            label,
            value,
            onChange,
            path,
            schema,
            describedBy: hintId,
            onReady: () => setReady(true),
            isVisible: isReady,
          }}
        />
      </div>
      <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
        Tab indents. To leave with Tab, press Ctrl+M first (Ctrl+Shift+M on macOS); press it again to indent.
      </p>
      {error ? (
        <p id={errorId} className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
