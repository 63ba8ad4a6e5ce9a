import { describeTimeDifference, type DifferenceRow } from '../../core';
import { describeExactDifference, formatInstant, type OffsetAt } from '../../core/claims/format-instant';

const CHANGE_WORDS: Record<DifferenceRow['change'], string> = {
  added: 'only in the other token',
  removed: 'only in this token',
  changed: 'changed',
};

// The verdict chips' colours: no new CSS in the entry stylesheet for this lazy panel.
const CHANGE_CLASS: Record<DifferenceRow['change'], string> = {
  added: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
  removed: 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100',
  changed: 'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100',
};

const COLUMNS = ['Part', 'Member', 'This token', 'Other token'] as const;

/** Header and claim differences side by side: one row per member, this token's value, then the other's. */
export function DifferenceTable({ rows, offsetAt }: { rows: DifferenceRow[]; offsetAt: OffsetAt }) {
  return (
    <table className="w-full border-collapse text-left text-xs">
      <caption className="sr-only">Header and claim differences: this token against the other token</caption>
      <thead>
        <tr className="border-b">
          {COLUMNS.map((column) => (
            <th key={column} scope="col" className="py-1 pr-2">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={`${row.part}:${row.pathText}`}
            data-change={row.change}
            data-part={row.part}
            data-path={row.pathText}
            className="border-b align-top"
          >
            <td className="py-1 pr-2">{row.part === 'header' ? 'Header' : 'Payload'}</td>
            <th scope="row" className="py-1 pr-2 font-mono font-semibold break-all">
              {row.pathText || `(whole ${row.part})`}
              <span className="mt-0.5 block">
                <span className={`rounded px-1 font-sans font-normal ${CHANGE_CLASS[row.change]}`}>
                  {CHANGE_WORDS[row.change]}
                </span>
              </span>
            </th>
            <td className="py-1 pr-2">
              <Value row={row} side="this" offsetAt={offsetAt} />
            </td>
            <td className="py-1">
              <Value row={row} side="other" offsetAt={offsetAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * One side's value as JSON; for a time, its instant in the zone of "Times in", and on the other side how
 * far it lies from this one (the exact difference in the tooltip).
 */
function Value({ row, side, offsetAt }: { row: DifferenceRow; side: 'this' | 'other'; offsetAt: OffsetAt }) {
  const isPresent = side === 'this' ? row.change !== 'added' : row.change !== 'removed';
  if (!isPresent) return <span className="text-slate-600 dark:text-slate-400">absent</span>;
  const value = side === 'this' ? row.thisValue : row.otherValue;
  const at = side === 'this' ? row.time?.thisAt : row.time?.otherAt;
  const base = row.time?.thisAt;
  const difference = side === 'other' ? row.time?.differenceSec : null;
  return (
    <>
      <code className="font-mono break-all whitespace-pre-wrap">{JSON.stringify(value)}</code>
      {at ? (
        <span className="block">
          <time dateTime={at.iso}>{formatInstant(at.seconds, offsetAt)}</time>
        </span>
      ) : null}
      {at && base && typeof difference === 'number' ? (
        <span
          data-time-difference={difference}
          className="block font-semibold"
          title={describeExactDifference(at.seconds, base.seconds, offsetAt)}
        >
          {describeTimeDifference(difference)}
        </span>
      ) : null}
    </>
  );
}
