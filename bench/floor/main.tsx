import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/*
 * The bench's floor (issue 16): the least a React app can do to show a token's payload. It reads
 * `#token=` and prints the decoded payload in a region named "Payload" whose heading carries the same
 * Element Timing name as JWT Lens's, so `npm run bench` measures both pages the same way.
 */

function readPayload(): string {
  const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
  const segment = token.split('.')[1] ?? '';
  try {
    const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return JSON.stringify(JSON.parse(new TextDecoder().decode(bytes)), null, 2);
  } catch {
    return 'Not a token.';
  }
}

function Floor() {
  return (
    <section aria-labelledby="payload-heading">
      <h2 id="payload-heading" elementtiming="decoded-payload">
        Payload
      </h2>
      <pre>{readPayload()}</pre>
    </section>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Floor />
    </StrictMode>,
  );
}
