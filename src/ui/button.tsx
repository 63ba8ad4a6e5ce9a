import type { ButtonHTMLAttributes } from 'react';

const SECONDARY =
  'rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

/** The small outlined button used across panels; `className` adds layout, never colours. */
export function Button({ className = '', type = 'button', ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type={type} className={`${SECONDARY} ${className}`} {...props} />;
}
