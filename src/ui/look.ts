import type { DecodedPart, DecodedToken, Severity } from '../core';

/**
 * Class names and words that both the React components and the first paint (src/first-paint) render, so
 * the static shell the first paint writes and the app that takes it over look the same. Plain data: the
 * first paint loads before React and must not import it.
 */

/** A titled region (ui/region.tsx). */
export const REGION = {
  box: 'rounded-lg border bg-white p-3 shadow-sm dark:bg-slate-900',
  bar: 'mb-2 flex flex-wrap items-center gap-2',
  title: 'text-sm font-semibold tracking-wide uppercase',
  meta: 'text-xs text-slate-600 dark:text-slate-400',
  actions: 'ml-auto flex gap-1',
} as const;

/** The buttons used across panels (ui/button.tsx). */
export const BUTTON = {
  secondary:
    'rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800',
  primary:
    'rounded bg-sky-700 px-3 py-1 text-sm font-semibold text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-sky-500 disabled:opacity-50',
} as const;

/** ui/copy-button.tsx. */
export const COPY_BUTTON =
  'rounded border border-slate-300 px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800';

/** ui/segmented-control.tsx. */
export const SEGMENTED = {
  group: 'flex overflow-hidden rounded border border-slate-300 text-xs dark:border-slate-600',
  option:
    'relative cursor-pointer px-2 py-1 has-checked:bg-slate-800 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-sky-500 dark:has-checked:bg-slate-200 dark:has-checked:text-slate-900',
  input: 'absolute inset-0 cursor-pointer opacity-0',
} as const;

/** A decoded part shown as text: plain text, bytes in hex, and the part as encoded (with its part colour). */
export const PART_LOOK = {
  text: 'font-mono text-[13px] break-all whitespace-pre-wrap',
  hex: 'font-mono text-xs break-all text-slate-700 dark:text-slate-300',
  encoded: 'mt-1 font-mono break-all whitespace-pre-wrap',
} as const;

/** Pretty JSON (ui/json-view.tsx): one class per kind of token. */
export const JSON_LOOK = {
  pre: 'font-mono text-[13px] leading-relaxed break-all whitespace-pre-wrap',
  punct: 'text-slate-600 dark:text-slate-400',
  string: 'text-emerald-700 dark:text-emerald-400',
  number: 'text-sky-700 dark:text-sky-300',
  literal: 'text-amber-700 dark:text-amber-300',
  name: 'text-rose-700 dark:text-rose-300',
  lossy: 'ml-1 rounded bg-amber-100 px-1 text-amber-900 select-none dark:bg-amber-900 dark:text-amber-100',
  knownName:
    'cursor-help font-mono text-rose-700 underline decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-rose-300',
  tooltip:
    'pointer-events-none invisible absolute left-0 z-20 w-72 max-w-[calc(100vw-2rem)] rounded bg-slate-800 px-2 py-1 font-sans text-xs leading-snug wrap-break-word [word-break:normal] whitespace-normal text-white shadow-lg group-focus-within:visible group-hover:visible dark:bg-slate-100 dark:text-slate-900',
  tooltipBelow: 'top-full mt-1',
  tooltipAbove: 'bottom-full mb-1',
} as const;

/** A finding's row (ui/finding-list.tsx). */
export const SEVERITY_LOOK: Record<Severity, { icon: string; word: string; className: string }> = {
  error: { icon: '✖', word: 'Error', className: 'border-red-500 bg-red-50 dark:bg-red-950/40' },
  warning: { icon: '▲', word: 'Warning', className: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40' },
  info: { icon: 'ℹ', word: 'Note', className: 'border-sky-500 bg-sky-50 dark:bg-sky-950/40' },
};

/** What kind of token this is, in words (the decoded view's summary line). */
export const FORMAT_WORDS: Record<DecodedToken['format'], string> = {
  'jws-compact': 'JWS · compact serialization',
  'jwe-compact': 'JWE · compact serialization',
  'jws-json': 'JWS · JSON serialization',
  'jwe-json': 'JWE · JSON serialization',
  'sd-jwt': 'SD-JWT · compact (issuer JWT ~ disclosures ~ key binding)',
  'sd-jwt-json': 'SD-JWT · JSON serialization',
  unknown: 'Not a token',
};

/** The summary line's header members, in order, and its classes. */
export const SUMMARY = {
  members: ['alg', 'enc', 'typ', 'kid'],
  line: 'flex flex-wrap items-center gap-2 text-sm',
  format: 'rounded bg-slate-800 px-2 py-0.5 font-semibold text-white dark:bg-slate-200 dark:text-slate-900',
  chip: 'max-w-full truncate rounded border px-1.5 py-0.5 font-mono text-xs',
  chipLabel: 'text-slate-600 dark:text-slate-400',
  unsecured: 'Unsecured JWS (alg: none)',
} as const;

/** The summary line's chips: the header's string members it names, in order. */
export function summaryChips(header: DecodedToken['header']): Array<{ label: string; value: string }> {
  return SUMMARY.members.flatMap((label) => {
    const value = header && Object.hasOwn(header, label) ? header[label] : undefined;
    return typeof value === 'string' && value !== '' ? [{ label, value }] : [];
  });
}

/**
 * A count with thousands separators, as `toLocaleString('en')` writes it for a whole number, without
 * starting Intl: the first paint shows sizes, and loading locale data there cost tens of milliseconds.
 */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** An SD-JWT's disclosures and key-binding JWT are shown by the SD-JWT view, not as parts of their own. */
const isSdJwtPart = (p: DecodedPart) => p.name === 'disclosure' || p.name.startsWith('kb-');
const isFirst = (p: DecodedPart) => p.entry === undefined || p.entry === 0;

/**
 * Where each part of the decoded view goes: first signature/recipient parts get the named regions; later
 * entries of a general JSON token are grouped. The decoded panel and the first paint both read it.
 */
export function groupDecodedParts(all: readonly DecodedPart[]) {
  const parts = all.filter((p) => !isSdJwtPart(p));
  return {
    header: parts.find((p) => p.name === 'header' && isFirst(p)),
    payload: parts.find((p) => p.name === 'payload'),
    others: parts.filter((p) => p.name !== 'header' && p.name !== 'payload' && isFirst(p)),
    extraEntries: parts.filter((p) => !isFirst(p)),
  };
}

/** A part region's size beside its title: "36 bytes", "not decodable", or nothing for an absent part. */
export function partSizeMeta(part: DecodedPart): string | undefined {
  if (part.byteLength === null) return part.range ? 'not decodable' : undefined;
  return `${formatCount(part.byteLength)} bytes`;
}
