import { useMemo } from 'react';
import { CLAIMS, describeClaimTimes, lookUpName } from '../../core';
import { offsetFor } from '../../core/claims/format-instant';
import { selectEvaluationInstant, useAppStore } from '../../store';

/**
 * The NumericDate claims the catalogue lists (describeClaimTimes reads them from it): the time in the
 * zone "Times in" chose, with its offset, and plain words relative to the instant the checks use, with the
 * exact difference in the tooltip; titled from the same catalogue entry. Loaded lazily (lazy-claim-times).
 */
export function ClaimTimes({ claims }: { claims: unknown }) {
  const instant = useAppStore(selectEvaluationInstant);
  const timeZone = useAppStore((s) => s.timeZone);
  const times = useMemo(() => describeClaimTimes(claims, instant, offsetFor(timeZone)), [claims, instant, timeZone]);
  if (times.length === 0) return null;
  return (
    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 border-t pt-2 text-xs">
      {times.map((time) => (
        <div key={time.claim} className="contents">
          <dt className="font-mono font-semibold" title={lookUpName(CLAIMS, time.claim)?.title}>
            {time.claim}
          </dt>
          <dd data-claim-time={time.claim}>
            {time.iso !== null && (
              <>
                <time dateTime={time.iso}>{time.shown}</time>
                {' · '}
              </>
            )}
            <span
              title={time.exact}
              className={time.claim === 'exp' && time.isPast ? 'font-semibold text-red-700 dark:text-red-400' : ''}
            >
              {time.relative}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
