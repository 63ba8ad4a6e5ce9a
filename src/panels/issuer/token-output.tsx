import { PART_TEXT_CLASS } from '../../ui/part-colors';
import type { PartName } from '../../core';

const JWS: PartName[] = ['header', 'payload', 'signature'];
const JWE: PartName[] = ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'];

/** The issued token, each compact part in its colour (JSON forms shown as they are). */
export function TokenOutput({ token }: { token: string }) {
  const parts = token.startsWith('{') ? null : token.split('.');
  const names = parts?.length === 5 ? JWE : JWS;
  return (
    <pre
      aria-label="Issued token"
      className="max-h-64 overflow-auto rounded border bg-white p-2 font-mono text-xs break-all whitespace-pre-wrap dark:bg-slate-900"
    >
      {parts
        ? parts.map((part, i) => (
            <span key={i}>
              {i > 0 ? '.' : ''}
              <span className={PART_TEXT_CLASS[names[i] ?? 'payload']}>{part}</span>
            </span>
          ))
        : token}
    </pre>
  );
}
