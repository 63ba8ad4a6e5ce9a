import { useMemo } from 'react';
import type { DecodedPart } from '../../core';
import { CopyButton } from '../../ui/copy-button';
import { JsonView, type KeyNote } from '../../ui/json-view';
import { JSON_LOOK, PART_LOOK, partSizeMeta } from '../../ui/look';
import { PART_BORDER_CLASS, PART_TEXT_CLASS } from '../../ui/part-colors';
import { BIG_TEXT_CHARS, FoldedIfBig } from '../../ui/lazy-big-text';
import { Region } from '../../ui/region';
import { LazyClaimTimes } from './lazy-claim-times';

interface PartRegionProps {
  part: DecodedPart;
  describeKey: (key: string) => KeyNote | undefined;
  /** For the payload: its NumericDate claims are listed as times under the JSON. */
  showTimes?: boolean;
  /** Later entries of a general JSON serialization are grouped, not separate landmarks. */
  asRegion?: boolean;
  /** Instead of the part's label: an SD-JWT's "Signed payload", beside the claims a verifier sees. */
  label?: string;
}

export function PartRegion({ part, describeKey, showTimes, asRegion = true, label = part.label }: PartRegionProps) {
  const content = part.content;
  const title = part.entry === undefined || asRegion ? label : `${label} · entry ${part.entry + 1}`;
  // Once per part, not per render; a JSON part of megabytes is copied and shown as written, unindented.
  const copyText = useMemo(
    () =>
      content?.type === 'json'
        ? // Numbers JavaScript would print otherwise are copied as written: the decoded text itself.
          content.numbers || content.text.length >= BIG_TEXT_CHARS
          ? content.text
          : JSON.stringify(content.value, null, 2)
        : content?.type === 'text'
          ? content.text
          : part.encoded,
    [content, part.encoded],
  );
  const copyWhat = content?.type === 'json' ? 'JSON' : content?.type === 'text' ? 'text' : 'base64url';
  const meta = partSizeMeta(part);
  const encodedClass = `${PART_LOOK.encoded} ${PART_TEXT_CLASS[part.name]}`;

  const body = (
    <>
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{part.explanation}</p>
      {/* A long part is folded to its first and last lines ("Show all"); Copy still copies all of it. */}
      {content?.type === 'json' ? (
        <FoldedIfBig
          text={copyText}
          className={JSON_LOOK.pre}
          small={() => <JsonView value={content.value} describeKey={describeKey} numbers={content.numbers} />}
        />
      ) : null}
      {content?.type === 'text' ? (
        <FoldedIfBig
          text={content.text}
          className={`overflow-x-auto ${PART_LOOK.text}`}
          small={() => <pre className={`overflow-x-auto ${PART_LOOK.text}`}>{content.text}</pre>}
        />
      ) : null}
      {content?.type === 'binary' ? (
        <FoldedIfBig
          text={content.hex}
          className={PART_LOOK.hex}
          label={`${label} bytes (hex)`}
          small={() => (
            <p className={PART_LOOK.hex} aria-label={`${label} bytes (hex)`}>
              {content.hex || '(empty)'}
            </p>
          )}
        />
      ) : null}
      {content === null && part.encoded.length > 0 ? (
        <p className="text-sm text-red-700 dark:text-red-400">
          This part could not be decoded; see Problems for where and why.
        </p>
      ) : null}
      {showTimes && content?.type === 'json' ? <LazyClaimTimes claims={content.value} /> : null}
      {part.encoded.length > 0 ? (
        <details className="mt-2 text-xs">
          <summary className="cursor-pointer text-slate-600 dark:text-slate-400">
            Encoded ({part.encoded.length.toLocaleString('en')} characters)
          </summary>
          <FoldedIfBig
            text={part.encoded}
            className={encodedClass}
            small={() => <pre className={encodedClass}>{part.encoded}</pre>}
          />
        </details>
      ) : null}
    </>
  );

  if (!asRegion) {
    return (
      <div className={`rounded-lg border border-l-4 bg-white p-3 dark:bg-slate-900 ${PART_BORDER_CLASS[part.name]}`}>
        <h3 className={`mb-1 text-sm font-semibold ${PART_TEXT_CLASS[part.name]}`}>{title}</h3>
        {body}
      </div>
    );
  }
  return (
    <Region
      title={title}
      meta={meta}
      className={`border-l-4 ${PART_BORDER_CLASS[part.name]}`}
      timingName={`decoded-${part.name}`}
      actions={copyText ? <CopyButton text={copyText} label={`Copy ${label.toLowerCase()} ${copyWhat}`} /> : null}
    >
      {body}
    </Region>
  );
}
