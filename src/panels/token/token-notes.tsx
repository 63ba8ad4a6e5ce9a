import { useAppStore } from '../../store';

/** Id of the keyboard hint, for the editors' `aria-describedby`. */
export const TOKEN_KEYBOARD_HINT_ID = 'token-keyboard-hint';

/** One-line notes under the token: how to leave the editor by keyboard, and what became of the address. */
export function TokenNotes() {
  const isTokenRemovedFromUrl = useAppStore((s) => s.isTokenRemovedFromUrl);
  return (
    <div className="flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-400">
      <p id={TOKEN_KEYBOARD_HINT_ID}>Tab and Shift+Tab move focus out of the editor.</p>
      {/* A status, so a screen reader hears it once when the token arrives from a redirect. */}
      <p role="status">{isTokenRemovedFromUrl ? 'The token was removed from the address bar.' : null}</p>
    </div>
  );
}
