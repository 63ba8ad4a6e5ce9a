import { HISTORY_LIMIT } from '../../core/history';

/** What stays in memory, what is stored and fetched, and when: kept true with README.md's "Privacy". */
export function PrivacyNote() {
  return (
    <details className="rounded-lg border bg-white p-3 text-sm shadow-sm dark:bg-slate-900">
      <summary className="cursor-pointer text-sm font-semibold tracking-wide uppercase">Privacy</summary>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-5 text-xs">
        <li>
          <strong>In memory only</strong>, gone when the tab closes: the tokens you paste or open, keys, secrets and
          passwords, decrypted payloads, and fetched key sets (the browser’s own HTTP cache may keep a key set for as
          long as its server allows).
        </li>
        <li>
          <strong>Stored on this device</strong>: nothing, unless you tick “Remember tokens on this device”. Then the
          last {HISTORY_LIMIT} tokens you inspect are kept in this browser’s IndexedDB (the token text, where it was
          found, its kind, <code>iss</code>, <code>exp</code> and when you saw it) until you forget them or untick the
          box, which deletes them all. The box itself is remembered in localStorage while it is ticked. The service
          worker keeps the app’s own files in the browser’s cache so it works offline.
        </li>
        <li>
          <strong>Fetched</strong>: the app’s own files, and a JWKS, discovery document or VC issuer metadata only when
          you click “Fetch keys”, “Discover from issuer” or “JWT VC issuer keys”, or when a token names a{' '}
          <code>kid</code> the fetched set lacks (never cached by the service worker).
        </li>
        <li>
          <strong>Shared</strong> only when you click “Copy share link”: the token goes in the link’s fragment (which
          browsers never send to a server), with the expected issuer, audience, algorithms, profile, JWKS URL and a
          public key only if you tick them; never a secret, password, private or decryption key. The app reads a shared
          link and then removes it from the address bar.
        </li>
        <li>
          <strong>Nothing else leaves the page</strong>: no analytics, no cookies, no token or key sent anywhere.
        </li>
      </ul>
    </details>
  );
}
