import type { ReactNode } from 'react';
import type { BigTextProps } from './big-text';
import { LazyView } from './lazy-view';

/** From this length on, a decoded text is folded (first and last lines, "Show all"); shorter ones show whole. */
export const BIG_TEXT_CHARS = 64 * 1024;

const loadBigText = () => import('./big-text').then((m) => m.default);

/** `small` for a short text (it renders exactly as before); a long one folded, from a chunk of its own. */
export function FoldedIfBig({ text, small, ...props }: BigTextProps & { small: () => ReactNode }) {
  if (text.length < BIG_TEXT_CHARS) return small();
  return <LazyView load={loadBigText} what="the long text view" props={{ text, ...props }} />;
}
