import { useSyncExternalStore } from 'react';
import { Button } from '../ui/button';
import { hasWaitingUpdate, reloadIntoUpdate, subscribeToUpdate } from './register-service-worker';

/**
 * "A new version is ready — reload". The live region is always there (announced only when its text
 * arrives, which a region inserted together with its text would not be); it is visually hidden until a
 * new build's service worker is waiting.
 */
export function UpdatePrompt() {
  const isWaiting = useSyncExternalStore(subscribeToUpdate, hasWaitingUpdate, () => false);
  return (
    <div
      role="status"
      aria-label="App updates"
      className={
        isWaiting
          ? 'flex items-center gap-3 border-b border-sky-300 bg-sky-50 px-4 py-2 text-sm dark:border-sky-800 dark:bg-sky-950/50'
          : 'sr-only'
      }
    >
      {isWaiting ? (
        <>
          A new version is ready — reload
          <Button onClick={reloadIntoUpdate}>Reload</Button>
        </>
      ) : null}
    </div>
  );
}
