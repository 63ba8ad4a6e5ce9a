import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { loadInitialToken } from './use-app-effects';

/**
 * Starts the app in `root`, loaded by the first paint (src/first-paint/main.ts) once the token is on the
 * screen. React's first commit replaces the painted shell in one step: until then the shell stays.
 */
export function startApp(root: HTMLElement): void {
  loadInitialToken();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
