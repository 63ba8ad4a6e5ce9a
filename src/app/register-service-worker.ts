/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/*
 * The service worker (vite.config.ts, `offlineAndInstallable`) is registered from this lazy chunk after
 * the first paint, and workbox-window loads from a chunk of its own once the page has loaded: nothing of
 * it is in what the first paint waits for. A new build's worker waits; the old one keeps serving the old
 * build's chunks until the user chooses "Reload" (update-prompt.tsx).
 */

let sendSkipWaiting: (() => Promise<void>) | null = null;
let isUpdateWaiting = false;
const listeners = new Set<() => void>();

/** Registers the service worker once per page; where service workers are unavailable, does nothing. */
export function registerServiceWorker(): void {
  if (sendSkipWaiting || !('serviceWorker' in navigator)) return;
  sendSkipWaiting = registerSW({
    onNeedRefresh() {
      isUpdateWaiting = true;
      for (const listener of listeners) listener();
    },
    // workbox-window reloads only a page that was controlled when it registered; reloadIntoUpdate
    // reloads every page, the first visit's included, so its own reload is turned off.
    onNeedReload() {},
  });
}

/** For useSyncExternalStore: called when a new version's worker is installed and waiting. */
export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function hasWaitingUpdate(): boolean {
  return isUpdateWaiting;
}

/**
 * Tells the waiting worker to take over and reloads once it controls the page, so the reloaded page
 * and all its chunks come from the new build.
 */
export function reloadIntoUpdate(): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  void sendSkipWaiting?.();
}
