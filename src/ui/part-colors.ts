import type { PartName } from '../core';

/**
 * One colour per part, shared by the editor decorations (`jl-part-*` classes in app/index.css) and
 * the decoded view, so a part has the same colour everywhere. Light-theme text is the 700 shade: the
 * 600s of sky, amber and emerald fall below 4.5:1 on white (WCAG 1.4.3).
 */
export const PART_TEXT_CLASS: Record<PartName, string> = {
  header: 'text-rose-700 dark:text-rose-400',
  payload: 'text-violet-700 dark:text-violet-400',
  signature: 'text-sky-700 dark:text-sky-400',
  'encrypted-key': 'text-amber-700 dark:text-amber-400',
  iv: 'text-emerald-700 dark:text-emerald-400',
  ciphertext: 'text-violet-700 dark:text-violet-400',
  tag: 'text-sky-700 dark:text-sky-400',
  aad: 'text-slate-600 dark:text-slate-300',
  'unprotected-header': 'text-rose-700 dark:text-rose-400',
  disclosure: 'text-emerald-700 dark:text-emerald-400',
  'kb-header': 'text-amber-700 dark:text-amber-400',
  'kb-payload': 'text-amber-700 dark:text-amber-400',
  'kb-signature': 'text-amber-700 dark:text-amber-400',
};

export const PART_BORDER_CLASS: Record<PartName, string> = {
  header: 'border-rose-500',
  payload: 'border-violet-500',
  signature: 'border-sky-500',
  'encrypted-key': 'border-amber-500',
  iv: 'border-emerald-500',
  ciphertext: 'border-violet-500',
  tag: 'border-sky-500',
  aad: 'border-slate-400',
  'unprotected-header': 'border-rose-300',
  disclosure: 'border-emerald-500',
  'kb-header': 'border-amber-500',
  'kb-payload': 'border-amber-500',
  'kb-signature': 'border-amber-500',
};

/** CSS class for an editor decoration of a part. */
export function partDecorationClass(name: PartName): string {
  return `jl-part-${name}`;
}
