import { useEffect, useState } from 'react';
import { COPY_BUTTON } from './look';

interface CopyButtonProps {
  text: string;
  /** Accessible name, e.g. "Copy header JSON". */
  label: string;
}

/** Copies text to the clipboard and says so in a polite live region. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 1500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };

  return (
    <button
      type="button"
      onClick={copy}
      aria-label={label}
      className={COPY_BUTTON}
    >
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}</span>
    </button>
  );
}
