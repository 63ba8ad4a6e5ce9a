import type { Ref } from 'react';
import type { DecodedToken } from '../../core';
import { InputPreviewBar, isReplacingKey, type InputPreview } from './refused-input';
import { TOKEN_KEYBOARD_HINT_ID } from './token-notes';

interface TokenTextareaProps {
  ref: Ref<HTMLTextAreaElement>;
  value: string;
  decoded: DecodedToken;
  /** Set when the textarea holds only the start of the input (refused, or large). */
  preview: InputPreview | null;
  onChange: (text: string) => void;
}

/** The editor before Monaco arrives: same name, same behaviour, no colours. */
export function TokenTextarea({ ref, value, decoded, preview, onChange }: TokenTextareaProps) {
  const hasError = decoded.findings.some((f) => f.severity === 'error');
  const isPreview = preview !== null;
  return (
    <div className="absolute inset-0 flex flex-col">
      {isPreview ? <InputPreviewBar preview={preview} onClear={() => onChange('')} /> : null}
      <textarea
        ref={ref}
        aria-label="Token"
        aria-invalid={hasError}
        aria-describedby={TOKEN_KEYBOARD_HINT_ID}
        readOnly={isPreview}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          // Typing over a previewed input replaces it; React applies the empty text before the key's own input.
          if (isPreview && isReplacingKey(event)) onChange('');
        }}
        placeholder="Paste a JWT, JWS or JWE…"
        className="min-h-0 w-full flex-1 resize-none bg-transparent p-3 font-mono text-[13px] leading-relaxed break-all focus-visible:outline-2 focus-visible:outline-sky-500"
      />
    </div>
  );
}
