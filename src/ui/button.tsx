import type { ButtonHTMLAttributes } from 'react';
import { BUTTON } from './look';


interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary` for the one action a view is for (Generate, Sign); `secondary` everywhere else. */
  variant?: keyof typeof BUTTON;
}

/** The buttons used across panels; `className` adds layout, never colours. */
export function Button({ className = '', type = 'button', variant = 'secondary', ...props }: ButtonProps) {
  return <button type={type} className={`${BUTTON[variant]} ${className}`} {...props} />;
}
