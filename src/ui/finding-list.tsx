import type { Finding, Severity } from '../core';

const SEVERITY_STYLE: Record<Severity, { icon: string; word: string; className: string }> = {
  error: { icon: '✖', word: 'Error', className: 'border-red-500 bg-red-50 dark:bg-red-950/40' },
  warning: { icon: '▲', word: 'Warning', className: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40' },
  info: { icon: 'ℹ', word: 'Note', className: 'border-sky-500 bg-sky-50 dark:bg-sky-950/40' },
};

/** Findings, each tagged with its stable code (`data-finding`) and its fix. */
export function FindingList({ findings, label }: { findings: Finding[]; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-col gap-2">
      {findings.map((finding, i) => (
        <FindingItem key={`${finding.code}-${i}`} finding={finding} />
      ))}
    </ul>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const style = SEVERITY_STYLE[finding.severity];
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
          <span className="text-xs text-slate-500 dark:text-slate-400"> (at character {finding.at.start + 1})</span>
        ) : null}
      </p>
      {finding.hint ? <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-300">{finding.hint}</p> : null}
      <p className="mt-0.5 font-mono text-[11px] text-slate-500 dark:text-slate-400">{finding.code}</p>
    </li>
  );
}
