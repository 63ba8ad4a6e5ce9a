import type { Finding } from '../core';
import { SEVERITY_LOOK } from './look';

export interface Troubleshooting {
  causes: string[];
  fix: string;
}

/**
 * Most rows one list renders. Grouping (`repeats`) already keeps reports small; this bounds the DOM even
 * for a report that was not grouped, so no input can make the page build thousands of rows (issue 9).
 */
export const MAX_FINDING_ROWS = 200;

interface FindingListProps {
  findings: Finding[];
  label: string;
  /** Likely causes and the fix, for findings worth troubleshooting. */
  explain?: (finding: Finding) => Troubleshooting | undefined;
  /** Rows rendered at most; the rest are counted in one line. */
  maxRows?: number;
}

/** How many original findings a list stands for: each finding plus those folded into it. */
function countFindings(findings: readonly Finding[]): number {
  let count = 0;
  for (const finding of findings) count += 1 + (finding.repeats ?? 0);
  return count;
}

/** Findings, each tagged with its stable code (`data-finding`) and its fix; at most `maxRows` rows. */
export function FindingList({ findings, label, explain, maxRows = MAX_FINDING_ROWS }: FindingListProps) {
  const shown = findings.length > maxRows ? findings.slice(0, maxRows) : findings;
  const notShown = shown === findings ? 0 : countFindings(findings.slice(maxRows));
  return (
    <>
      <ul aria-label={label} className="flex flex-col gap-2">
        {shown.map((finding, i) => (
          <FindingItem
            key={`${finding.code}-${i}`}
            finding={finding}
            help={finding.severity === 'info' ? undefined : explain?.(finding)}
          />
        ))}
      </ul>
      {notShown > 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          {notShown.toLocaleString('en')} more finding{notShown === 1 ? '' : 's'} not shown.
        </p>
      ) : null}
    </>
  );
}

function FindingItem({ finding, help }: { finding: Finding; help: Troubleshooting | undefined }) {
  const style = SEVERITY_LOOK[finding.severity];
  return (
    <li
      data-finding={finding.code}
      data-severity={finding.severity}
      className={`rounded border-l-4 px-3 py-2 text-sm ${style.className}`}
    >
      <p className="break-words">
        <span aria-hidden="true">{style.icon} </span>
        <span className="sr-only">{style.word}: </span>
        {finding.message}
        {finding.at ? (
          <span className="text-xs text-slate-600 dark:text-slate-400"> (at character {finding.at.start + 1})</span>
        ) : null}
      </p>
      {finding.repeats ? (
        <p className="mt-0.5 text-xs font-medium">and {finding.repeats.toLocaleString('en')} more like it</p>
      ) : null}
      {finding.hint ? <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-300">{finding.hint}</p> : null}
      {help ? (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer font-medium">Likely causes and fix</summary>
          <ul className="mt-1 list-disc pl-5">
            {help.causes.map((cause) => (
              <li key={cause}>{cause}</li>
            ))}
          </ul>
          <p className="mt-1">
            <strong>Fix:</strong> {help.fix}
          </p>
        </details>
      ) : null}
      <p className="mt-0.5 font-mono text-[11px] text-slate-600 dark:text-slate-400">{finding.code}</p>
    </li>
  );
}
