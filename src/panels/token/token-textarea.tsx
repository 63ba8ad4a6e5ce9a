import type { Ref } from 'react';
import type { DecodedToken } from '../../core';

interface TokenTextareaProps {
  ref: Ref<HTMLTextAreaElement>;
  value: string;
  decoded: DecodedToken;
  onChange: (text: string) => void;
}

/** The editor before Monaco arrives: same name, same behaviour, no colours. */
export function TokenTextarea({ ref, value, decoded, onChange }: TokenTextareaProps) {
  const hasError = decoded.findings.some((f) => f.severity === 'error');
  return (
    <textarea
      ref={ref}
      aria-label="Token"
      aria-invalid={hasError}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      placeholder="Paste a JWT, JWS or JWE…"
      className="absolute inset-0 h-full w-full resize-none bg-transparent p-3 font-mono text-[13px] leading-relaxed break-all focus-visible:outline-2 focus-visible:outline-sky-500"
    />
  );
}
