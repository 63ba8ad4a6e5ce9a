import { useId, useRef, useState, type ReactNode } from 'react';
import type { JsonNumberText } from '../core';
import { jsonPathStep } from '../core/json/json-path';

export interface KeyNote {
  title: string;
  description: string;
}

interface JsonViewProps {
  value: unknown;
  /** Plain-words note for a top-level member name, shown on hover and keyboard focus. */
  describeKey?: (key: string) => KeyNote | undefined;
  /** Numbers as written in the token (the decoded part's `numbers`), shown instead of JavaScript's spelling. */
  numbers?: readonly JsonNumberText[] | undefined;
}

/** By path; undefined when there is nothing to look up, so no path is built. */
type NumberTexts = ReadonlyMap<string, JsonNumberText> | undefined;

const INDENT = '  ';

/**
 * Pretty JSON as inert text nodes (token data never becomes markup). Top-level member names that
 * the catalogue knows are focusable and explained in a tooltip.
 */
export function JsonView({ value, describeKey, numbers }: JsonViewProps) {
  // A later duplicate member overwrites an earlier one's text, as its value wins in JSON.parse.
  const texts = numbers?.length ? new Map(numbers.map((n) => [n.path, n])) : undefined;
  // No overflow clipping: long runs wrap anywhere (break-all), and a tooltip may reach past the box.
  return (
    <pre className="font-mono text-[13px] leading-relaxed break-all whitespace-pre-wrap">
      {renderValue(value, 0, texts, '$', describeKey)}
    </pre>
  );
}

function renderValue(
  value: unknown,
  depth: number,
  texts: NumberTexts,
  path: string,
  describeKey?: JsonViewProps['describeKey'],
): ReactNode {
  const at = (step: string | number) => (texts ? path + jsonPathStep(step) : path);
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
            {renderValue(item, depth + 1, texts, at(i))}
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
            <Member name={key} note={depth === 0 ? describeKey?.(key) : undefined}>
              {renderValue(item, depth + 1, texts, at(key))}
            </Member>
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
  if (typeof value === 'number') return <NumberValue value={value} written={texts?.get(path)} />;
  return <span className="text-amber-700 dark:text-amber-300">{String(value)}</span>;
}

/** A number as the token writes it; one JavaScript reads as another value is marked with what it reads. */
function NumberValue({ value, written }: { value: number; written: JsonNumberText | undefined }) {
  // The text belongs to this value unless a later duplicate member replaced it with another number.
  const text = written && Object.is(written.value, value) ? written : undefined;
  const reads = `JavaScript reads ${value}${text?.loss === 'unsafe-integer' ? `, held as ${BigInt(value)}` : ''}`;
  return (
    <>
      <span className="text-sky-700 dark:text-sky-300">{text?.text ?? String(value)}</span>
      {text && text.loss !== 'none' ? (
        <span
          role="img"
          aria-label={reads}
          title={reads}
          className="ml-1 rounded bg-amber-100 px-1 text-amber-900 select-none dark:bg-amber-900 dark:text-amber-100"
        >
          ≈
        </span>
      ) : null}
    </>
  );
}

function Punct({ children }: { children: ReactNode }) {
  return <span className="text-slate-600 dark:text-slate-400">{children}</span>;
}

type Placement = 'below' | 'above';

/**
 * A member name, its colon and its value. A known name explains itself in a tooltip that never covers
 * the value: below the name while the value fits on the name's line, above it once the value runs on.
 */
function Member({ name, note, children }: { name: string; note: KeyNote | undefined; children: ReactNode }) {
  const tooltipId = useId();
  const nameRef = useRef<HTMLButtonElement>(null);
  const valueRef = useRef<HTMLSpanElement>(null);
  const [placement, setPlacement] = useState<Placement>('below');
  const quoted = JSON.stringify(name);
  const value = <span ref={valueRef}>{children}</span>;
  if (!note) {
    return (
      <>
        <span className="text-rose-700 dark:text-rose-300">{quoted}</span>
        <Punct>: </Punct>
        {value}
      </>
    );
  }
  const place = () => setPlacement(placeTooltip(nameRef.current, valueRef.current));
  return (
    <>
      <span className="group relative">
        <button
          ref={nameRef}
          type="button"
          aria-describedby={tooltipId}
          onFocus={place}
          onPointerEnter={place}
          className="cursor-help font-mono text-rose-700 underline decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-rose-300"
        >
          {quoted}
        </button>
        <span
          id={tooltipId}
          role="tooltip"
          data-placement={placement}
          className={`pointer-events-none invisible absolute left-0 z-20 w-72 max-w-[calc(100vw-2rem)] rounded bg-slate-800 px-2 py-1 font-sans text-xs leading-snug wrap-break-word [word-break:normal] whitespace-normal text-white shadow-lg group-focus-within:visible group-hover:visible dark:bg-slate-100 dark:text-slate-900 ${placement === 'below' ? 'top-full mt-1' : 'bottom-full mb-1'}`}
        >
          <strong>{note.title}</strong> — {note.description}
        </span>
      </span>
      <Punct>: </Punct>
      {value}
    </>
  );
}

/** Below the name unless the value reaches past the name's line (it wraps, or is a multi-line object). */
function placeTooltip(name: HTMLElement | null, value: HTMLElement | null): Placement {
  if (!name || !value) return 'below';
  return value.getBoundingClientRect().bottom > name.getBoundingClientRect().bottom + 1 ? 'above' : 'below';
}
