import type { ThemeChoice, View } from '../store';

/**
 * The page's frame — header, view tabs, the inspector's grid and its toolbar — as data: app.tsx renders it
 * with React, and the first paint (src/first-paint) writes the same frame as a static shell before React
 * has loaded. Both read this table, so the app takes the shell over without a visible change.
 */

export const THEMES: ReadonlyArray<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export const VIEWS: ReadonlyArray<{ value: View; label: string }> = [
  { value: 'inspect', label: 'Inspect' },
  { value: 'issue', label: 'Issue a token' },
  { value: 'keys', label: 'Keys' },
];

export const TAGLINE = 'Decode, verify and explain JWS and JWE tokens. Nothing leaves your browser.';

/** The inspector's toolbar buttons beside "Open a file", in order. */
export const TOOLBAR_BUTTONS = ['Load sample', 'Clear', 'Clear all'] as const;

export const FRAME = {
  page: 'flex min-h-screen flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100',
  header: 'flex flex-wrap items-center gap-3 border-b bg-white px-4 py-2 dark:bg-slate-900',
  title: 'text-lg font-bold',
  titleLens: 'text-sky-700 dark:text-sky-400',
  tagline: 'text-xs text-slate-600 dark:text-slate-400',
  tabs: 'flex gap-1',
  tab: 'rounded px-2 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 aria-[current=page]:bg-slate-800 aria-[current=page]:text-white dark:hover:bg-slate-800 dark:aria-[current=page]:bg-slate-200 dark:aria-[current=page]:text-slate-900',
  theme: 'ml-auto',
  inspector: 'grid flex-1 content-start items-start gap-x-4 gap-y-3 p-4 lg:grid-cols-2 lg:grid-rows-[auto_1fr]',
  tokenColumn: 'flex min-w-0 flex-col gap-3 lg:col-start-1 lg:row-start-1',
  reportColumn: 'flex min-w-0 flex-col gap-4 lg:col-start-2 lg:row-span-2 lg:row-start-1',
  inputsColumn: 'flex min-w-0 flex-col gap-3 lg:col-start-1 lg:row-start-2',
  toolbar: 'flex items-center gap-2',
  toolbarTitle: 'text-sm font-semibold tracking-wide uppercase',
  toolbarButtons: 'ml-auto flex gap-1',
  openFile:
    'cursor-pointer rounded border border-slate-300 px-2 py-1 text-sm font-medium focus-within:outline-2 focus-within:outline-sky-500 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800',
} as const;
