import { useEffect, useState } from 'react';
import { describeError } from '../../ui/load-error';

export interface LazyModule<T> {
  /** The module once its chunk has arrived. */
  module: T | undefined;
  /** Why it did not load; null while loading or loaded. */
  loadFailure: string | null;
  /** Imports it again (a failed import() is not remembered by the browser, only by us). */
  retry: () => void;
}

/** A module the panel can do without for its first paint: imported after it, and again on retry. */
export function useLazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  const [loaded, setLoaded] = useState<{ module?: T; failure: string | null }>({ failure: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let isMounted = true;
    load().then(
      (module) => isMounted && setLoaded({ module, failure: null }),
      (error: unknown) => isMounted && setLoaded({ failure: describeError(error) }),
    );
    return () => {
      isMounted = false;
    };
  }, [load, attempt]);
  const retry = () => {
    setLoaded({ failure: null });
    setAttempt((n) => n + 1);
  };
  return { module: loaded.module, loadFailure: loaded.failure, retry };
}
