import { Button } from './button';

interface LoadErrorProps {
  /** What failed to load, as it reads after "Could not load": "the issuer", "the diagram library". */
  what: string;
  message: string;
  onRetry: () => void;
  className?: string;
}

/** Says which part of the page failed to load and why, and offers to load it again. */
export function LoadError({ what, message, onRetry, className = '' }: LoadErrorProps) {
  return (
    <div
      role="alert"
      className={`flex flex-wrap items-center gap-2 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100 ${className}`}
    >
      <p className="min-w-0 flex-1 break-words">
        Could not load {what}: {message}
      </p>
      <Button onClick={onRetry}>Try again</Button>
    </div>
  );
}

/** The text to show for anything a failed import or render throws. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
