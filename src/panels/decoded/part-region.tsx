import type { DecodedPart } from '../../core';
import { CopyButton } from '../../ui/copy-button';
import { JsonView, type KeyNote } from '../../ui/json-view';
import { PART_BORDER_CLASS, PART_TEXT_CLASS } from '../../ui/part-colors';
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
  const copyText =
    content?.type === 'json'
      ? // Numbers JavaScript would print otherwise are copied as written: the decoded text itself.
        content.numbers
        ? content.text
        : JSON.stringify(content.value, null, 2)
      : content?.type === 'text'
        ? content.text
        : part.encoded;
  const copyWhat = content?.type === 'json' ? 'JSON' : content?.type === 'text' ? 'text' : 'base64url';
  const meta =
    part.byteLength === null
      ? part.range
        ? 'not decodable'
        : undefined
      : `${part.byteLength.toLocaleString('en')} bytes`;

  const body = (
    <>
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{part.explanation}</p>
      {content?.type === 'json' ? (
        <JsonView value={content.value} describeKey={describeKey} numbers={content.numbers} />
      ) : null}
      {content?.type === 'text' ? (
        <pre className="overflow-x-auto font-mono text-[13px] break-all whitespace-pre-wrap">{content.text}</pre>
      ) : null}
      {content?.type === 'binary' ? (
        <p
          className="font-mono text-xs break-all text-slate-700 dark:text-slate-300"
          aria-label={`${label} bytes (hex)`}
        >
          {content.hex || '(empty)'}
        </p>
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
          <pre className={`mt-1 font-mono break-all whitespace-pre-wrap ${PART_TEXT_CLASS[part.name]}`}>
            {part.encoded}
          </pre>
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
