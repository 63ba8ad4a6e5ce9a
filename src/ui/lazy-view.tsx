import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';

/** Imports a component's chunk; called again on every "Try again". */
export type LoadComponent<P extends object> = () => Promise<ComponentType<P>>;

interface LazyViewProps<P extends object> {
  load: LoadComponent<P>;
  /** For the failure message: "the issuer" → "Could not load the issuer: …". */
  what: string;
  props: P;
  fallback?: ReactNode;
  /** Placement of the failure message. */
  errorClassName?: string;
}

/**
 * A component from a lazily loaded chunk, behind an error boundary. React.lazy keeps a rejected import
 * for good, so "Try again" makes a new lazy component, whose first render calls `load` (and import()) again.
 */
export function LazyView<P extends object>({ load, what, props, fallback = null, errorClassName }: LazyViewProps<P>) {
  const [Loaded, setLoaded] = useState(() => toLazy(load));
  return (
    <ErrorBoundary what={what} className={errorClassName} onRetry={() => setLoaded(() => toLazy(load))}>
      <Suspense fallback={fallback}>
        <Loaded {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

function toLazy<P extends object>(load: LoadComponent<P>) {
  return lazy(async () => ({ default: await load() }));
}
