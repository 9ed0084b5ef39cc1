/// <reference lib="webworker" />
// The app's service worker: precaches every asset for offline use, serves deep links from the app
// shell, and answers /api/* with the mock backend. It never skips waiting on its own: the page asks.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { createServer } from '../src/server/app';

declare const self: ServiceWorkerGlobalScope;

async function notifyPages(): Promise<void> {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) page.postMessage({ type: 'changed' });
}

const handleApi = createServer({ notify: notifyPages });

// Registered before Workbox's listener so API requests never reach the precache.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin === self.location.origin && url.pathname.startsWith('/api/')) {
    event.respondWith(handleApi(event.request));
  }
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// First install: take the open page at once so its API calls reach the mock backend without a reload.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
