import { LazyView } from '../ui/lazy-view';

// Loaded after the first paint, as one small chunk, so the entry carries one import instead of seven: the
// token and its verdict come first, then the inputs to check it with, each panel in a chunk of its own.
// The examples are ~19 KB of tokens that compress poorly.
const loadGalleryPanel = () => import('../panels/gallery/gallery-panel').then((m) => m.GalleryPanel);
const loadKeysPanel = () => import('../panels/keys/keys-panel').then((m) => m.KeysPanel);
// "Try common secrets" for an HS* token: the list loads only in its worker.
const loadCommonSecrets = () => import('./secrets/common-secrets-view').then((m) => m.default);
const loadJwksPanel = () => import('../panels/jwks/jwks-panel').then((m) => m.JwksPanel);
const loadExpectationsPanel = () =>
  import('../panels/expectations/expectations-panel').then((m) => m.ExpectationsPanel);
// "Validate as", the relying party's context and the profile's rules: the rule tables stay out of the entry.
const loadProfilePanel = () => import('../panels/profile/profile-panel').then((m) => m.ProfilePanel);
// "Remember tokens on this device", the History and the Privacy note: IndexedDB code stays out of the entry.
const loadHistoryPanel = () => import('./history/history-view').then((m) => m.default);

/** The inspector's left column under the token: examples, keys and what to check the token against. */
export default function InspectorInputs() {
  return (
    <>
      <LazyView load={loadGalleryPanel} what="the examples panel" props={{}} />
      <LazyView load={loadKeysPanel} what="the key inputs" props={{}} />
      <LazyView load={loadCommonSecrets} what="the common secrets check" props={{}} />
      <LazyView load={loadJwksPanel} what="the key set fetcher" props={{}} />
      <LazyView load={loadExpectationsPanel} what="the expectations" props={{}} />
      <LazyView load={loadProfilePanel} what="the token profile" props={{}} />
      <LazyView load={loadHistoryPanel} what="the history" props={{}} />
    </>
  );
}
