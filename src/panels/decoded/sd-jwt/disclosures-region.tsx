import { useState } from 'react';
import type { DecodedDisclosure, DisclosureReport, SdJwtReport } from '../../../core';
import { Button } from '../../../ui/button';
import { Region } from '../../../ui/region';

interface DisclosuresRegionProps {
  disclosures: DecodedDisclosure[];
  /** The inspection's digests and statuses; null until this token has been inspected. */
  report: SdJwtReport | null;
  withheld: ReadonlySet<number>;
  onToggle: (index: number) => void;
}

/** Rows rendered before "Show all": a presentation may carry thousands of disclosures. */
const FIRST_ROWS = 100;

const STATUS_WORDS: Record<DisclosureReport['status'], { text: string; className: string; title: string }> = {
  disclosed: {
    text: 'disclosed',
    className: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
    title: 'Its digest is in the signed payload: the issuer vouches for it.',
  },
  unreferenced: {
    text: 'unreferenced',
    className: 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100',
    title: 'No digest in the signed payload matches it: not issued with this SD-JWT, or changed.',
  },
  invalid: {
    text: 'invalid',
    className: 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100',
    title: 'Malformed, a forbidden name, a duplicate, or used where it does not fit.',
  },
};

const COLUMNS = ['Claim', 'Value', 'Digest', 'Status', 'Withhold'] as const;

const describeValue = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));

/**
 * One row per disclosure (RFC 9901 §4.2): claim name (or array element), value, digest, status and where it
 * lands; a checkbox per row withholds it from the verifier's view above.
 */
export function DisclosuresRegion({ disclosures, report, withheld, onToggle }: DisclosuresRegionProps) {
  const [isShowingAll, setShowingAll] = useState(false);
  const shown = isShowingAll ? disclosures : disclosures.slice(0, FIRST_ROWS);
  const decoys = report
    ? ` · ${report.decoys} digest${report.decoys === 1 ? '' : 's'} not disclosed (decoys or withheld)`
    : '';
  return (
    <Region
      title="Disclosures"
      meta={`${disclosures.length.toLocaleString('en')}${decoys}${report ? ` · _sd_alg ${report.sdAlg}` : ''}`}
      className="border-l-4 border-emerald-500"
    >
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">
        Each disclosure is [salt, name, value]; the issuer signed only its digest, so the holder can leave it out but
        cannot change it. Withhold one to see the credential as a verifier would without it.
      </p>
      {disclosures.length === 0 ? (
        <p className="text-sm">None presented: the verifier sees only the claims signed in the clear.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-xs">
            <thead>
              <tr className="border-b">
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className="p-1">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((disclosure) => (
                <DisclosureRow
                  key={disclosure.index}
                  disclosure={disclosure}
                  report={report?.disclosures[disclosure.index] ?? null}
                  isWithheld={withheld.has(disclosure.index)}
                  onToggle={() => onToggle(disclosure.index)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown.length < disclosures.length ? (
        <p className="mt-2">
          <Button onClick={() => setShowingAll(true)}>
            Show all {disclosures.length.toLocaleString('en')} disclosures
          </Button>
        </p>
      ) : null}
    </Region>
  );
}

interface DisclosureRowProps {
  disclosure: DecodedDisclosure;
  report: DisclosureReport | null;
  isWithheld: boolean;
  onToggle: () => void;
}

function DisclosureRow({ disclosure, report, isWithheld, onToggle }: DisclosureRowProps) {
  const name = disclosure.name ?? 'array element';
  const status = report ? STATUS_WORDS[report.status] : null;
  return (
    <tr
      className={`border-b align-top ${isWithheld ? 'bg-slate-100 dark:bg-slate-800' : ''}`}
      {...(report ? { 'data-disclosure-status': report.status } : {})}
    >
      <td className="p-1">
        <span className="font-mono font-semibold break-all">{name}</span>
        {report?.path ? (
          <span className="block font-mono break-all text-slate-600 dark:text-slate-400">{report.path}</span>
        ) : null}
      </td>
      <td className={`p-1 font-mono break-all ${isWithheld ? 'line-through' : ''}`}>
        {describeValue(disclosure.value)}
      </td>
      <td className="p-1 font-mono break-all text-slate-600 dark:text-slate-400">
        {report ? (report.digest ?? 'not computed') : '…'}
      </td>
      <td className="p-1">
        {status ? (
          <span className={`rounded px-1.5 py-0.5 whitespace-nowrap ${status.className}`} title={status.title}>
            {status.text}
          </span>
        ) : (
          'checking…'
        )}
      </td>
      <td className="p-1">
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={isWithheld} disabled={!report?.digest} onChange={onToggle} />
          <span className="sr-only">
            Withhold {disclosure.name ?? `array element ${report?.path ?? disclosure.index + 1}`}
          </span>
        </label>
      </td>
    </tr>
  );
}
