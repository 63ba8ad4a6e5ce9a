// The page's entry: paints the token before React and the rest of the app have loaded (issue 16), then
// loads the app, which takes the painted shell over. Only src/core's decoder and catalogues, the shared
// look tables and the stylesheet are in this chunk.
import '../app/index.css';
import { readFirstToken } from './read-first-token';
import { paintShell } from './paint-shell';
import { h } from './dom';

/** Tokens longer than this are left to the app, which decodes large inputs without blocking the page. */
const FIRST_PAINT_MAX_CHARS = 64 * 1024;

const root = findRoot();

// The dark palette before anything is painted; the app's theme effect keeps it from then on.
document.documentElement.classList.toggle('dark', window.matchMedia?.('(prefers-color-scheme: dark)').matches === true);

let painted = false;
const first = readFirstToken(window.location.hash, window.location.search, FIRST_PAINT_MAX_CHARS);
if (first) {
  try {
    root.replaceChildren(paintShell(first));
    painted = true;
  } catch {
    // The first paint is only a head start: if it cannot be made, the app paints as it always did.
    root.replaceChildren();
  }
}

/** Loads the app; if its chunk does not arrive, the page says so and offers to try again. */
function startApp(): void {
  import('../app/start-app').then(
    (app) => app.startApp(root),
    (error: unknown) => showLoadFailure(error instanceof Error ? error.message : String(error)),
  );
}

function showLoadFailure(message: string): void {
  document.getElementById('app-load-failure')?.remove();
  const retry = h(
    'button',
    { type: 'button', class: 'ml-2 rounded border border-red-400 px-2 py-0.5 text-xs font-medium' },
    'Try again',
  );
  retry.addEventListener('click', () => {
    document.getElementById('app-load-failure')?.remove();
    startApp();
  });
  const alert = h(
    'div',
    {
      id: 'app-load-failure',
      role: 'alert',
      class:
        'border-b border-red-300 bg-red-50 px-4 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-100',
    },
    `JWT Lens could not load the rest of the app (${message}). The decoded token above is read-only until it does.`,
    retry,
  );
  document.body.prepend(alert);
}

// Once the decoded token is on the screen (the first contentful paint has been presented), so fetching and
// running the app never holds back that frame. Without paint timing, two animation frames stand in for it;
// a hidden tab gets neither, and the timer starts the app there.
if (painted) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    startApp();
  };
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      once();
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => requestAnimationFrame(once));
  }
  setTimeout(once, 1000);
} else {
  startApp();
}

function findRoot(): HTMLElement {
  const element = document.getElementById('root');
  if (!element) throw new Error('index.html has no #root element');
  return element;
}
