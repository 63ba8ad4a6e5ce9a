import { useState } from 'react';
import { DecodedPanel } from '../panels/decoded/decoded-panel';
import { VerdictPanel } from '../panels/verdict/verdict-panel';
import { ProblemsPanel } from '../panels/problems/problems-panel';
import { useAppStore, type View } from '../store';

import { Button } from '../ui/button';
import { LazyView } from '../ui/lazy-view';
import { SegmentedControl } from '../ui/segmented-control';
import { FRAME, TAGLINE, THEMES, TOOLBAR_BUTTONS, VIEWS } from './chrome';
import { TokenBox } from './token-box';
import { loadSample, openFileLater, useAppEffects } from './use-app-effects';

// Not needed for the first paint: the panels under the decoded parts (comparison, validator tests, diagram,
// guides) and the inputs under the token (examples, keys, expectations, profile, history) each arrive as one
// small chunk that loads their own panels, so the entry holds two imports instead of twelve.
const loadInspectorExtras = () => import('./inspector-extras').then((m) => m.default);
const loadInspectorInputs = () => import('./inspector-inputs').then((m) => m.default);
// "Tokens found": the search of a pasted curl command, HTTP traffic, HAR file or log, in a worker.
const loadTokensFoundPanel = () => import('./found/tokens-found-view').then((m) => m.default);
// "Copy share link" and its options, beside "Edit and re-sign".
const loadShareLink = () => import('../panels/share/share-link').then((m) => m.ShareLink);

// "A new version is ready — reload": only a page whose service worker has a new build waiting needs it.
const loadUpdatePrompt = () => import('./update-prompt').then((m) => m.UpdatePrompt);

// The issuer and key tools import jose: they load when opened, keeping it out of the entry chunk.
const loadIssuerPanel = () => import('../panels/issuer/issuer-panel').then((m) => m.IssuerPanel);
const loadKeyToolsPanel = () => import('../panels/key-tools/key-tools-panel').then((m) => m.KeyToolsPanel);

export function App() {
  useAppEffects();
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const setToken = useAppStore((s) => s.setToken);
  const providerError = useAppStore((s) => s.providerError);
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const visited = useVisitedViews(view);

  return (
    <div className={FRAME.page}>
      <header className={FRAME.header}>
        <h1 className={FRAME.title}>
          JWT <span className={FRAME.titleLens}>Lens</span>
        </h1>
        <p className={FRAME.tagline}>{TAGLINE}</p>
        <ViewTabs value={view} onChange={setView} />
        <div className={FRAME.theme}>
          <SegmentedControl label="Theme" options={THEMES} value={theme} onChange={setTheme} />
        </div>
      </header>
      <LazyView load={loadUpdatePrompt} what="the update prompt" props={{}} />
      {providerError ? (
        <div
          role="alert"
          className="border-b border-red-300 bg-red-50 px-4 py-2 text-sm dark:border-red-800 dark:bg-red-950/50"
        >
          The identity provider returned an error: <strong className="font-mono">{providerError.error}</strong>
          {providerError.description ? ` — ${providerError.description}` : null}
        </div>
      ) : null}
      {/* The inspector stays mounted (hidden) while another view shows, so its editor keeps its state.
          Source order is the one-column order: token, then what it says, then the inputs to check it
          with; from lg up the report takes the right column beside both. */}
      <main
        id="view-inspect"
        hidden={view !== 'inspect'}
        className={FRAME.inspector}
      >
        <div className={FRAME.tokenColumn}>
          <div className={FRAME.toolbar}>
            <h2 className={FRAME.toolbarTitle}>Encoded token</h2>
            <span className={FRAME.toolbarButtons}>
              <OpenFileButton />
              <Button onClick={loadSample}>{TOOLBAR_BUTTONS[0]}</Button>
              <Button onClick={() => setToken('', 'typed')}>{TOOLBAR_BUTTONS[1]}</Button>
              <Button onClick={() => useAppStore.getState().clearAll()}>{TOOLBAR_BUTTONS[2]}</Button>
            </span>
          </div>
          <TokenBox />
          <LazyView load={loadTokensFoundPanel} what="the list of tokens found" props={{}} />
        </div>
        <div className={FRAME.reportColumn}>
          <VerdictPanel />
          <ProblemsPanel />
          <DecodedPanel shareLink={<LazyView load={loadShareLink} what="the share link" props={{}} />} />
          <LazyView load={loadInspectorExtras} what="the panels under the decoded token" props={{}} />
        </div>
        <div className={FRAME.inputsColumn}>
          <LazyView load={loadInspectorInputs} what="the key and check inputs" props={{}} />
        </div>
      </main>
      {/* Loaded on first visit, then kept (hidden) so a half-built token survives a look at the inspector. */}
      {visited.has('issue') ? (
        <main hidden={view !== 'issue'} className="flex-1 p-4">
          <LazyView load={loadIssuerPanel} what="the issuer" props={{}} fallback={<p>Loading the issuer…</p>} />
        </main>
      ) : null}
      {visited.has('keys') ? (
        <main hidden={view !== 'keys'} className="flex-1 p-4">
          <LazyView load={loadKeyToolsPanel} what="the key tools" props={{}} fallback={<p>Loading the key tools…</p>} />
        </main>
      ) : null}
    </div>
  );
}

/** "Open a file": a HAR export, a JSON file or a log; read and searched in a worker (search-tokens.ts). */
function OpenFileButton() {
  return (
    <label className={FRAME.openFile}>
      Open a file
      <input
        type="file"
        className="sr-only"
        accept=".har,.json,.txt,.log,.jwt,application/json,text/plain"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) openFileLater(file);
        }}
      />
    </label>
  );
}

function ViewTabs({ value, onChange }: { value: View; onChange: (view: View) => void }) {
  return (
    <nav aria-label="Views" className={FRAME.tabs}>
      {VIEWS.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-current={value === option.value ? 'page' : undefined}
          onClick={() => onChange(option.value)}
          className={FRAME.tab}
        >
          {option.label}
        </button>
      ))}
    </nav>
  );
}

/** The views opened so far in this tab. */
function useVisitedViews(view: View): ReadonlySet<View> {
  const [visited, setVisited] = useState<ReadonlySet<View>>(() => new Set([view]));
  if (!visited.has(view)) setVisited(new Set([...visited, view]));
  return visited;
}
