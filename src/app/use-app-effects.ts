import { useEffect } from 'react';
import { readUrlToken, stripUrlTokens, type UrlIntake } from '../core';
import {
  sameInputs,
  selectInspectionInputs,
  selectIsDark,
  takeTokenText,
  toInspectOptions,
  useAppStore,
} from '../store';
import { decodeInWorker } from './decode-in-worker';
import { recheckClaimsNow } from './recheck-claims-now';
import { runInspection } from './run-inspection';
import { SAMPLE_TOKEN, SAMPLE_VERIFICATION_KEY } from './sample-token';

// The careful fetch and its cache load with the first command: nothing of it is needed to paint.
const loadJwksCommands = () => import('./jwks/run-jwks-command');
// A share link's context (expectations, profile, JWKS URL, public key) is read in the share chunk.
const loadSharedContext = () => import('../panels/share/share-link');

const CLOCK_INTERVAL_MS = 15_000;
/** Typing pauses this long before keys are re-imported and signatures re-verified. */
const INSPECT_DEBOUNCE_MS = 120;

/** Opens a file (chosen or dropped): the search and its worker load with the first file. */
export function openFileLater(file: File): void {
  void import('./found/search-tokens').then((m) => m.openFile(file));
}

/** Shows the built-in sample with its demo issuer's public key, so it verifies at once. */
export function loadSample(): void {
  const { setToken, setVerificationKey } = useAppStore.getState();
  setToken(SAMPLE_TOKEN, 'sample');
  // Bound to the sample: loading another token removes it again (keys-slice.ts).
  setVerificationKey(SAMPLE_VERIFICATION_KEY, 'sample');
}

/**
 * Loads the first token: from the page's own URL (so the app can be an OIDC redirect_uri), else the
 * built-in sample. Reads only `location`; never makes a request.
 */
export function loadInitialToken(): void {
  const { setProviderError } = useAppStore.getState();
  const intake = readUrlToken(window.location.hash, window.location.search);
  if (intake.kind === 'token') {
    takeUrlToken(intake);
    return;
  }
  if (intake.kind === 'provider-error') setProviderError({ error: intake.error, description: intake.description });
  loadSample();
}

/**
 * Loads a token read from the address, then rewrites the address without it (replaceState: no
 * navigation, no request), so the credential does not stay in this tab's back/forward history.
 */
function takeUrlToken({ token, shared, isUnsigned }: Extract<UrlIntake, { kind: 'token' }>): void {
  const { setTokenRemovedFromUrl } = useAppStore.getState();
  // A link may carry a long token (Chromium takes addresses of up to 2 MB): decoded in the worker then.
  void takeTokenText(useAppStore, token, isUnsigned ? 'shared-unsigned' : 'url', decodeInWorker);
  if (shared !== undefined) void loadSharedContext().then((m) => m.takeSharedContext(shared));
  const { pathname, search, hash } = window.location;
  const rest = stripUrlTokens({ hash, search });
  if (!rest) return;
  window.history.replaceState(window.history.state, '', `${pathname}${rest.search}${rest.hash}`);
  setTokenRemovedFromUrl();
}

/**
 * Starts an inspection of the token the store decoded (the worker does not decode it again); a slower,
 * older answer never overwrites a newer one (the slice checks the id).
 */
function startInspection(): void {
  const state = useAppStore.getState();
  const id = state.beginInspection();
  const inputs = selectInspectionInputs(state);
  runInspection(id, inputs.decoded, toInspectOptions(inputs, state.nowSeconds)).then(
    (inspection) => {
      useAppStore.getState().finishInspection(id, inspection, inputs);
      const latest = useAppStore.getState();
      if (latest.inspectionRequestId === id && latest.jwks.status === 'loaded')
        void loadJwksCommands().then((m) => m.refetchForUnknownKid(inspection));
    },
    (error: unknown) =>
      useAppStore.getState().failInspection(id, error instanceof Error ? error.message : String(error)),
  );
}

/** The app's side effects, in one place: inspection, theme, clock, and later URL changes. */
export function useAppEffects(): void {
  const isDark = useAppStore(selectIsDark);

  useEffect(() => {
    startInspection();
    let timer: number | undefined;
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (sameInputs(selectInspectionInputs(state), selectInspectionInputs(previous))) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(startInspection, INSPECT_DEBOUNCE_MS);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, []);

  useEffect(
    () =>
      // Network requests start here and only here: for a command the user gave (or a kid miss after one).
      useAppStore.subscribe((state, previous) => {
        {
          const command = state.jwksCommand;
          if (command && command !== previous.jwksCommand)
            void loadJwksCommands().then((m) => m.runJwksCommand(command));
        }
      }),
    [],
  );

  // Offline use: the service worker registers from a lazy chunk, after the first paint.
  useEffect(() => void import('./register-service-worker').then((m) => m.registerServiceWorker()), []);

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
    const timer = setInterval(() => {
      useAppStore.getState().setNow(Math.floor(Date.now() / 1000));
      void recheckClaimsNow(useAppStore);
    }, CLOCK_INTERVAL_MS);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    // A file dropped anywhere on the page is opened; text dropped into the editor stays the editor's.
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;
    const onDragOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!hasFiles(event) || !file) return;
      event.preventDefault();
      event.stopPropagation();
      openFileLater(file);
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, []);

  useEffect(() => {
    const onHashChange = () => {
      const intake = readUrlToken(window.location.hash, '');
      if (intake.kind === 'token') takeUrlToken(intake);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}
