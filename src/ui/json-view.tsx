import { useId, type ReactNode } from 'react';

export interface KeyNote {
  title: string;
  description: string;
}

interface JsonViewProps {
  value: unknown;
  /** Plain-words note for a top-level member name, shown on hover and keyboard focus. */
  describeKey?: (key: string) => KeyNote | undefined;
}

const INDENT = '  ';

/**
 * Pretty JSON as inert text nodes (token data never becomes markup). Top-level member names that
 * the catalogue knows are focusable and explained in a tooltip.
 */
export function JsonView({ value, describeKey }: JsonViewProps) {
  return (
    <pre className="overflow-x-auto font-mono text-[13px] leading-relaxed break-all whitespace-pre-wrap">
      {renderValue(value, 0, describeKey)}
    </pre>
  );
}

function renderValue(value: unknown, depth: number, describeKey?: JsonViewProps['describeKey']): ReactNode {
  if (Array.isArray(value)) {
    if (value.length === 0) return <Punct>[]</Punct>;
    const pad = INDENT.repeat(depth + 1);
    return (
      <>
        <Punct>[</Punct>
        {'\n'}
        {value.map((item, i) => (
          <span key={i}>
            {pad}
            {renderValue(item, depth + 1)}
            {i < value.length - 1 ? <Punct>,</Punct> : null}
            {'\n'}
          </span>
        ))}
        {INDENT.repeat(depth)}
        <Punct>]</Punct>
      </>
    );
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return <Punct>{'{}'}</Punct>;
    const pad = INDENT.repeat(depth + 1);
    return (
      <>
        <Punct>{'{'}</Punct>
        {'\n'}
        {entries.map(([key, item], i) => (
          <span key={key}>
            {pad}
            <MemberName name={key} note={depth === 0 ? describeKey?.(key) : undefined} />
            <Punct>: </Punct>
            {renderValue(item, depth + 1)}
            {i < entries.length - 1 ? <Punct>,</Punct> : null}
            {'\n'}
          </span>
        ))}
        {INDENT.repeat(depth)}
        <Punct>{'}'}</Punct>
      </>
    );
  }
  if (typeof value === 'string')
    return <span className="text-emerald-700 dark:text-emerald-400">{JSON.stringify(value)}</span>;
  if (typeof value === 'number') return <span className="text-sky-700 dark:text-sky-300">{String(value)}</span>;
  return <span className="text-amber-700 dark:text-amber-300">{String(value)}</span>;
}

function Punct({ children }: { children: ReactNode }) {
  return <span className="text-slate-600 dark:text-slate-400">{children}</span>;
}

function MemberName({ name, note }: { name: string; note: KeyNote | undefined }) {
  const tooltipId = useId();
  const quoted = JSON.stringify(name);
  if (!note) return <span className="text-rose-700 dark:text-rose-300">{quoted}</span>;
  return (
    <span className="group relative">
      <button
        type="button"
        aria-describedby={tooltipId}
        className="cursor-help font-mono text-rose-700 underline decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-rose-300"
      >
        {quoted}
      </button>
      <span
        id={tooltipId}
        role="tooltip"
        className="pointer-events-none invisible absolute top-full left-0 z-20 mt-1 w-72 rounded bg-slate-800 px-2 py-1 font-sans text-xs leading-snug whitespace-normal text-white shadow-lg group-focus-within:visible group-hover:visible dark:bg-slate-100 dark:text-slate-900"
      >
        <strong>{note.title}</strong> — {note.description}
      </span>
    </span>
  );
}
