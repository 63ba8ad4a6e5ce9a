import { useId, type ReactNode } from 'react';
import { REGION } from './look';

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
      className={`${REGION.box} ${className}`}
    >
      <div className={REGION.bar}>
        <h2 id={headingId} elementtiming={timingName} className={REGION.title}>
          {title}
        </h2>
        {meta ? <span className={REGION.meta}>{meta}</span> : null}
        <span className={REGION.actions}>{actions}</span>
      </div>
      {children}
    </section>
  );
}
