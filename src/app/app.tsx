import { DecodedPanel } from '../panels/decoded/decoded-panel';
import { ExpectationsPanel } from '../panels/expectations/expectations-panel';
import { JwksPanel } from '../panels/jwks/jwks-panel';
import { KeysPanel } from '../panels/keys/keys-panel';
import { VerdictPanel } from '../panels/verdict/verdict-panel';
import { ProblemsPanel } from '../panels/problems/problems-panel';
import { TokenPanel } from '../panels/token/token-panel';
import { useAppStore, type ThemeChoice } from '../store';
import { SegmentedControl } from '../ui/segmented-control';
import { loadSample, useAppEffects } from './use-app-effects';

const THEMES: ReadonlyArray<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function App() {
  useAppEffects();
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const setToken = useAppStore((s) => s.setToken);
  const providerError = useAppStore((s) => s.providerError);

  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="flex flex-wrap items-center gap-3 border-b bg-white px-4 py-2 dark:bg-slate-900">
        <h1 className="text-lg font-bold">
          JWT <span className="text-sky-600 dark:text-sky-400">Lens</span>
        </h1>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Decode and explain JWS and JWE tokens. Nothing leaves your browser.
        </p>
        <div className="ml-auto">
          <SegmentedControl label="Theme" options={THEMES} value={theme} onChange={setTheme} />
        </div>
      </header>
      {providerError ? (
        <div
          role="alert"
          className="border-b border-red-300 bg-red-50 px-4 py-2 text-sm dark:border-red-800 dark:bg-red-950/50"
        >
          The identity provider returned an error: <strong className="font-mono">{providerError.error}</strong>
          {providerError.description ? ` — ${providerError.description}` : null}
        </div>
      ) : null}
      <main className="grid flex-1 gap-4 p-4 lg:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-3">
          <div className="flex items-center gap-2">
            <h2 className="text-sm font-semibold tracking-wide uppercase">Encoded token</h2>
            <span className="ml-auto flex gap-1">
              <ToolbarButton onClick={loadSample}>Load sample</ToolbarButton>
              <ToolbarButton onClick={() => setToken('', 'typed')}>Clear</ToolbarButton>
            </span>
          </div>
          <div className="flex h-[22rem] flex-col">
            <TokenPanel />
          </div>
          <KeysPanel />
          <JwksPanel />
          <ExpectationsPanel />
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <VerdictPanel />
          <ProblemsPanel />
          <DecodedPanel />
        </div>
      </main>
    </div>
  );
}

function ToolbarButton({ onClick, children }: { onClick: () => void; children: string }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      {children}
    </button>
  );
}
