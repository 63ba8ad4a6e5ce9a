import type { DecodedToken } from '../../core';
import { PART_BORDER_CLASS, PART_TEXT_CLASS } from '../../ui/part-colors';

/** Names the coloured parts of the token, with their decoded sizes. */
export function PartLegend({ decoded }: { decoded: DecodedToken }) {
  const parts = decoded.parts.filter((p) => p.range !== null);
  if (parts.length === 0) return null;
  return (
    <ul aria-label="Token parts" className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
      {parts.map((part) => (
        <li key={`${part.name}-${part.entry ?? 0}`} className={`border-l-4 pl-1.5 ${PART_BORDER_CLASS[part.name]}`}>
          <span className={`font-semibold ${PART_TEXT_CLASS[part.name]}`}>{part.label}</span>{' '}
          <span className="text-slate-600 dark:text-slate-400">
            {part.byteLength === null ? 'invalid' : `${part.byteLength.toLocaleString('en')} B`}
          </span>
        </li>
      ))}
    </ul>
  );
}
