/// <reference lib="webworker" />
// The app's service worker: precaches every asset for offline use (in two steps, see assetCache.ts),
// serves deep links from the app shell, and answers /api/* with the mock backend. It never skips waiting
// on its own: the page asks.
import { cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { createServer } from '../src/server/app';
import { withContractCheck } from '../src/server/contract/violationsHeader';
import { cacheAssets, dropOtherAssets, linkedAssets, serveAsset, servePage, SHELL, splitManifest } from './assetCache';

declare const self: ServiceWorkerGlobalScope;

async function notifyPages(): Promise<void> {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) page.postMessage({ type: 'changed' });
}

/** A system notification for a case, when the citizen allowed them (the server checks their setting). */
async function showNotice(notice: { title: string; body: string; url: string; tag: string }): Promise<void> {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  await self.registration.showNotification(notice.title, {
    body: notice.body,
    tag: notice.tag,
    data: { url: notice.url },
    icon: '/icons/icon-192.png',
  });
}

const server = createServer({ notify: notifyPages, push: showNotice });
// Only a test build (OKNO_CONTRACT_CHECK=1) checks answers against the contract; the constant drops it otherwise.
const handleApi = __OKNO_CONTRACT_CHECK__ ? withContractCheck(server) : server;

// Clicking a notification opens its case: in an open window of the app if there is one.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(String((event.notification.data as { url?: string } | null)?.url ?? '/'), self.location.origin).href;
  event.waitUntil(
    (async () => {
      const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const page = pages[0];
      if (page) return void (await (await page.focus()).navigate(url));
      await self.clients.openWindow(url);
    })(),
  );
});

const { first, assets, pages } = splitManifest(self.__WB_MANIFEST, self.location.origin);
const assetSet = new Set(assets);

// Registered before Workbox's listener so API requests, built files and prerendered pages never reach the
// precache. A page is served for its address alone, as Workbox served it: with a query (?q=…) the frame.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  const page = event.request.mode === 'navigate' && !url.search ? pages.get(url.pathname) : undefined;
  if (url.pathname.startsWith('/api/')) event.respondWith(handleApi(event.request));
  else if (page) event.respondWith(servePage(event.request, page, () => matchPrecache(SHELL)));
  else if (event.request.method === 'GET' && assetSet.has(url.origin + url.pathname)) event.respondWith(serveAsset(event.request));
});

// The first install takes the app frame and its own files; an update takes everything, as the old
// version serves until the person accepts it.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      if (self.registration.active) return cacheAssets(assets);
      const shell = await (await fetch('/shell.html', { cache: 'no-store' })).text();
      await cacheAssets(linkedAssets(shell, assets, self.location.origin));
    })(),
  );
});

precacheAndRoute(first);
cleanupOutdatedCaches();
// Public pages are prerendered files (the fetch listener above serves «/catalog» as catalog.html); every
// other address starts from the frame in shell.html. Files by name (robots.txt) are never the app page.
registerRoute(new NavigationRoute(createHandlerBoundToURL(SHELL), { denylist: [/^\/api\//, /\.(txt|xml|json|webmanifest)$/] }));

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  // The page asks for the rest of the app once it is up; the answer says whether all of it is on the device.
  if (type === 'CACHE_ASSETS') {
    const reply = (ok: boolean) => event.ports[0]?.postMessage({ type: 'ASSETS_CACHED', ok });
    event.waitUntil(
      cacheAssets(assets).then(
        () => reply(true),
        () => reply(false),
      ),
    );
  }
});

// First install: take the open page at once so its API calls reach the mock backend without a reload.
self.addEventListener('activate', (event) => event.waitUntil(Promise.all([self.clients.claim(), dropOtherAssets(assets)])));
