import type { ClaimCheck } from '../../core';

const MARK: Record<ClaimCheck['status'], string> = { passed: '✔', failed: '✖', skipped: '–' };

interface ClaimChecksProps {
  checks: ClaimCheck[];
  /** Tooltips by check name: a time check's exact difference from the instant evaluated. */
  titles?: ReadonlyMap<string, string> | undefined;
}

/** Every claim check with its outcome, passed ones included. */
export function ClaimChecks({ checks, titles }: ClaimChecksProps) {
  return (
    <ul aria-label="Claim checks" className="grid gap-x-3 text-xs sm:grid-cols-2">
      {checks.map((check, i) => (
        <li
          key={`${check.name}-${i}`}
          data-check={check.name}
          data-status={check.status}
          title={titles?.get(check.name)}
          className={check.status === 'failed' ? 'text-red-700 dark:text-red-400' : ''}
        >
          <span aria-hidden="true">{MARK[check.status]} </span>
          <span className="sr-only">{check.status}: </span>
          <span className="font-mono">{check.name}</span> {check.detail}
        </li>
      ))}
    </ul>
  );
}
