// Start-up: render the shell first, then register the service worker and ask for persistent storage,
// neither of which may delay the first paint. The database loads with the first view that needs it.
import { RouterProvider } from '@tanstack/solid-router';
import { ErrorBoundary } from 'solid-js';
import { render } from 'solid-js/web';
import { registerServiceWorker } from './client/serviceWorker';
import { startAuditTrail } from './client/auditTrail';
import { requestPersistence } from './client/storage';
import { loadLocale, locale } from './i18n/i18n';
import { router } from './router';
import { ErrorFallback } from './ui/ErrorFallback';
import './ui/styles.css';

const OUTBOX_START_DELAY_MS = 2000;

document.documentElement.lang = locale();
await loadLocale(locale());

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');

render(
  () => (
    <ErrorBoundary fallback={(error, reset) => <ErrorFallback error={error} reset={reset} />}>
      <RouterProvider router={router} />
    </ErrorBoundary>
  ),
  root,
);

registerServiceWorker();
startAuditTrail();
void import('./client/session').then(({ startSession }) => startSession());
// Applications queued during an outage go out by themselves; this needs the database, so it starts
// once start-up has settled rather than on the first paint.
setTimeout(() => void import('./features/apply/submissionOutbox').then(({ startOutbox }) => startOutbox()), OUTBOX_START_DELAY_MS);
void requestPersistence();
