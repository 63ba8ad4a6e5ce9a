import type { ButtonHTMLAttributes } from 'react';

const VARIANTS = {
  secondary:
    'rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800',
  primary:
    'rounded bg-sky-700 px-3 py-1 text-sm font-semibold text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-sky-500 disabled:opacity-50',
} as const;

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary` for the one action a view is for (Generate, Sign); `secondary` everywhere else. */
  variant?: keyof typeof VARIANTS;
}

/** The buttons used across panels; `className` adds layout, never colours. */
export function Button({ className = '', type = 'button', variant = 'secondary', ...props }: ButtonProps) {
  return <button type={type} className={`${VARIANTS[variant]} ${className}`} {...props} />;
}
