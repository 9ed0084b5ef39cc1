// Start-up: render the shell first, then register the service worker and ask for persistent storage,
// neither of which may delay the first paint. The database loads with the first view that needs it.
// The HTML already shows the page (prerendered at build) or its frame: the app renders beside it and
// takes its place in one step once the route is ready, so nothing blanks or flashes in between.
import { RouterProvider } from '@tanstack/solid-router';
import { ErrorBoundary } from 'solid-js';
import { render } from 'solid-js/web';
import { registerServiceWorker } from './client/serviceWorker';
import { startAuditTrail } from './client/auditTrail';
import { startKiosk } from './client/kiosk';
import { onSessionEvent } from './client/sessionState';
import { readToken } from './client/sessionToken';
import { requestPersistence } from './client/storage';
import { loadLocale, locale } from './i18n/i18n';
import { createAppRouter } from './router';
import { ErrorFallback } from './ui/ErrorFallback';
import { carryInput, carryPresses } from './ui/carryInput';
import { nextTask } from './ui/nextTask';
import { holdPage, releasePage } from './ui/pageHold';
import { pageSettled } from './ui/pageSettled';
import './ui/styles.css';
import './ui/print.css';

const OUTBOX_START_DELAY_MS = 2000;

document.documentElement.lang = locale();

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');

const app = (router: ReturnType<typeof createAppRouter>) => () => (
  <ErrorBoundary fallback={(error, reset) => <ErrorFallback error={error} reset={reset} />}>
    <RouterProvider router={router} />
  </ErrorBoundary>
);

// No top-level await: the first route's code shares one chunk with this module (vite.config.ts), and
// lazy page chunks import from it; were this module still evaluating, their import would wait for it
// while it waits for them.
// Start-up runs in several tasks, each ended by nextTask(): loading this module, making the router and
// routing, drawing the shell, drawing the page, the swap, and what follows. In one task it was 72-103 ms
// on this machine (4x that on Lighthouse's phone), a page that does not answer a press meanwhile.
async function start(root: HTMLElement) {
  await nextTask();
  const router = createAppRouter();
  await loadLocale(locale());
  if (root.hasChildNodes()) {
    // Route chunks and loaders first, so the first render is the finished page, not its pending state.
    await router.load().catch(() => {});
    await nextTask();
    const fresh = document.createElement('div');
    fresh.id = 'root';
    holdPage();
    render(app(router), fresh);
    await nextTask();
    releasePage();
    await pageSettled(root, fresh);
    const announce = carryInput(root, fresh);
    const press = carryPresses(root, fresh);
    root.replaceWith(fresh);
    announce();
    press();
  } else {
    render(app(router), root);
  }
  await nextTask();
}

/** What follows the first render, as before it: none of it may delay the first paint. */
function afterStart() {
  registerServiceWorker();
  startAuditTrail();
  startKiosk();
  if (readToken()) startSignedIn();
  else waitForSignIn();
  void requestPersistence();
}
// Applications and appeals queued during an outage go out by themselves. Queued rows belong to an
// account and only the signed-in owner's go, so a visitor loads none of it; for a citizen it starts once
// start-up has settled (it needs the database), after every kind of request has registered its sender.
const startOutbox = () =>
  void Promise.all([import('./features/apply/submissionOutbox'), import('./features/appeals/appealOutbox'), import('./client/outbox')]).then(
    ([, , outbox]) => outbox.startOutbox(),
  );
// Signed out, the session checks (and the API client and schemas they load) wait for a sign-in here or
// in another tab, so a visitor's first route stays light.
const startSignedIn = () => {
  void import('./client/session').then(({ startSession }) => startSession());
  setTimeout(startOutbox, OUTBOX_START_DELAY_MS);
};
function waitForSignIn() {
  const stop = onSessionEvent(({ kind }) => kind === 'signin' && (stop(), startSignedIn()));
  const onStorage = (event: StorageEvent) => {
    if (event.key !== 'okno.session' || !event.newValue) return;
    removeEventListener('storage', onStorage);
    stop();
    startSignedIn();
  };
  addEventListener('storage', onStorage);
}

void start(root).then(afterStart);
