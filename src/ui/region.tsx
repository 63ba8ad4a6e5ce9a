import { useId, type ReactNode } from 'react';

interface RegionProps {
  /** Visible heading and the region's accessible name. */
  title: string;
  /** The accessible name, when it must differ from the visible title (a stable name tests rely on). */
  label?: string;
  /** Shown after the title, outside the accessible name (e.g. "36 bytes"). */
  meta?: ReactNode;
  actions?: ReactNode;
  className?: string;
  /** Element Timing identifier, so a benchmark can read when this region was first painted. */
  timingName?: string;
  children: ReactNode;
}

/** A titled landmark region: `getByRole('region', { name: title })` finds it. */
export function Region({ title, label, meta, actions, className = '', timingName, children }: RegionProps) {
  const headingId = useId();
  return (
    <section
      {...(label ? { 'aria-label': label } : { 'aria-labelledby': headingId })}
      className={`rounded-lg border bg-white p-3 shadow-sm dark:bg-slate-900 ${className}`}
    >
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <h2 id={headingId} elementtiming={timingName} className="text-sm font-semibold tracking-wide uppercase">
          {title}
        </h2>
        {meta ? <span className="text-xs text-slate-600 dark:text-slate-400">{meta}</span> : null}
        <span className="ml-auto flex gap-1">{actions}</span>
      </div>
      {children}
    </section>
  );
}
