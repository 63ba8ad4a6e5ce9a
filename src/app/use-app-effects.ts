import { useEffect } from 'react';
import { readUrlToken } from '../core';
import { selectIsDark, useAppStore } from '../store';
import { SAMPLE_TOKEN } from './sample-token';

const CLOCK_INTERVAL_MS = 15_000;

/**
 * Loads the first token: from the page's own URL (so the app can be an OIDC redirect_uri), else the
 * built-in sample. Reads only `location`; never makes a request.
 */
export function loadInitialToken(): void {
  const { setToken, setProviderError } = useAppStore.getState();
  const intake = readUrlToken(window.location.hash, window.location.search);
  if (intake.kind === 'token') {
    setToken(intake.token, 'url');
    return;
  }
  if (intake.kind === 'provider-error') setProviderError({ error: intake.error, description: intake.description });
  setToken(SAMPLE_TOKEN, 'sample');
}

/** The app's side effects, in one place: theme, clock, and later URL changes. */
export function useAppEffects(): void {
  const isDark = useAppStore(selectIsDark);

  useEffect(() => {
    document.documentElement.classList.toggle('dark', isDark);
    document.documentElement.style.colorScheme = isDark ? 'dark' : 'light';
  }, [isDark]);

  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const report = () => useAppStore.getState().setPrefersDark(query.matches);
    report();
    query.addEventListener('change', report);
    return () => query.removeEventListener('change', report);
  }, []);

  useEffect(() => {
    const timer = setInterval(() => useAppStore.getState().setNow(Math.floor(Date.now() / 1000)), CLOCK_INTERVAL_MS);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    const onHashChange = () => {
      const intake = readUrlToken(window.location.hash, '');
      if (intake.kind === 'token') useAppStore.getState().setToken(intake.token, 'url');
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}
