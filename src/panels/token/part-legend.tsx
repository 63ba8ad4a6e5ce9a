import type { DecodedToken } from '../../core';
import { PART_BORDER_CLASS, PART_TEXT_CLASS } from '../../ui/part-colors';

/** Names the coloured parts of the token, with their decoded sizes. */
export function PartLegend({ decoded }: { decoded: DecodedToken }) {
  const located = decoded.parts.filter((p) => p.range !== null);
  // An SD-JWT may present thousands of disclosures: one entry for all of them, with their count.
  const disclosures = located.filter((p) => p.name === 'disclosure');
  const parts = located.filter((p) => p.name !== 'disclosure' || p === disclosures[0]);
  if (parts.length === 0) return null;
  return (
    <ul aria-label="Token parts" className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
      {parts.map((part) => (
        <li key={`${part.name}-${part.entry ?? 0}`} className={`border-l-4 pl-1.5 ${PART_BORDER_CLASS[part.name]}`}>
          <span className={`font-semibold ${PART_TEXT_CLASS[part.name]}`}>
            {part.name === 'disclosure' ? `Disclosures (${disclosures.length.toLocaleString('en')})` : part.label}
          </span>{' '}
          <span className="text-slate-600 dark:text-slate-400">
            {part.name === 'disclosure'
              ? `${disclosures.reduce((sum, d) => sum + (d.byteLength ?? 0), 0).toLocaleString('en')} B`
              : part.byteLength === null
                ? 'invalid'
                : `${part.byteLength.toLocaleString('en')} B`}
          </span>
        </li>
      ))}
    </ul>
  );
}
