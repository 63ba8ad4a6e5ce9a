import { useId, useRef, useState, type ReactNode } from 'react';
import type { JsonNumberText } from '../core';
import { jsonPathStep } from '../core/json/json-path';
import { JSON_LOOK } from './look';

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
    <pre className={JSON_LOOK.pre}>
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
    return <span className={JSON_LOOK.string}>{JSON.stringify(value)}</span>;
  if (typeof value === 'number') return <NumberValue value={value} written={texts?.get(path)} />;
  return <span className={JSON_LOOK.literal}>{String(value)}</span>;
}

/** A number as the token writes it; one JavaScript reads as another value is marked with what it reads. */
function NumberValue({ value, written }: { value: number; written: JsonNumberText | undefined }) {
  // The text belongs to this value unless a later duplicate member replaced it with another number.
  const text = written && Object.is(written.value, value) ? written : undefined;
  const reads = `JavaScript reads ${value}${text?.loss === 'unsafe-integer' ? `, held as ${BigInt(value)}` : ''}`;
  return (
    <>
      <span className={JSON_LOOK.number}>{text?.text ?? String(value)}</span>
      {text && text.loss !== 'none' ? (
        <span
          role="img"
          aria-label={reads}
          title={reads}
          className={JSON_LOOK.lossy}
        >
          ≈
        </span>
      ) : null}
    </>
  );
}

function Punct({ children }: { children: ReactNode }) {
  return <span className={JSON_LOOK.punct}>{children}</span>;
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
        <span className={JSON_LOOK.name}>{quoted}</span>
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
          className={JSON_LOOK.knownName}
        >
          {quoted}
        </button>
        <span
          id={tooltipId}
          role="tooltip"
          data-placement={placement}
          className={`${JSON_LOOK.tooltip} ${placement === 'below' ? JSON_LOOK.tooltipBelow : JSON_LOOK.tooltipAbove}`}
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
