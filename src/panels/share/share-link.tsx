import { useState } from 'react';
import { isLiveCredential } from '../../core/share/is-live-credential';
import { selectIsVerdictBusy, useAppStore, type AppState } from '../../store';
import { Button } from '../../ui/button';
import { ShareOptions } from './share-options';

/** Live unless the settled inspection of this very token shows it expired: when unsure, warn. */
const selectIsLive = (s: AppState): boolean =>
  selectIsVerdictBusy(s) || s.inspection === null || isLiveCredential(s.inspection);

/**
 * "Copy share link" in the inspector, with its options (loaded with this chunk), and the note a token
 * opened from a link without its signature carries.
 */
export function ShareLink() {
  const [isOpen, setIsOpen] = useState(false);
  const isUnsigned = useAppStore((s) => s.tokenSource === 'shared-unsigned');
  const isLive = useAppStore(selectIsLive);
  return (
    <>
      {isUnsigned ? (
        <p className="rounded border border-amber-400 bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
          Shared without its signature: the sender removed it, so this token cannot be verified or used.
        </p>
      ) : null}
      <Button aria-expanded={isOpen} onClick={() => setIsOpen(!isOpen)}>
        Copy share link
      </Button>
      {isOpen ? <ShareOptions isLive={isLive} /> : null}
    </>
  );
}
export { takeSharedContext } from './take-shared-context';
