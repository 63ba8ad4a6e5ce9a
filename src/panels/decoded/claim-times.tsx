import { CLAIMS, lookUpName, type ClaimTime } from '../../core';

/**
 * The NumericDate claims the catalogue lists (describeClaimTimes reads them from it), as ISO time plus
 * plain relative words, titled from the same catalogue entry.
 */
export function ClaimTimes({ times }: { times: ClaimTime[] }) {
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
                <time dateTime={time.iso}>{time.iso}</time>
                {' · '}
              </>
            )}
            <span className={time.claim === 'exp' && time.isPast ? 'font-semibold text-red-700 dark:text-red-400' : ''}>
              {time.relative}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
