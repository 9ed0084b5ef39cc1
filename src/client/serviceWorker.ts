// Registration of the app's service worker through workbox-window, and the update flow:
// a new version waits until the user accepts it (in any tab); no page reloads before that.
import { createSignal } from 'solid-js';
import { Workbox } from 'workbox-window';
import { flushPendingWrites } from './lifecycle';

const CONTROL_TIMEOUT_MS = 10_000;
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/** How long the rest of the app waits for a first install before it gives up asking (the next start asks again). */
const CACHE_WAIT_MS = 120_000;

const [updateWaiting, setUpdateWaiting] = createSignal(false);
const [swError, setSwError] = createSignal<string | null>(null);
/** Whether the whole app is stored on the device: 'saving' until the worker says so, then 'ready' (or 'failed'). */
const [offlineReady, setOfflineReady] = createSignal<'saving' | 'ready' | 'failed'>('saving');
export { offlineReady, swError, updateWaiting };

let workbox: Workbox | undefined;

/**
 * Rejects once the worker cannot register: the page's API calls fail at once (and the shell says the
 * systems are unavailable) instead of each waiting for a controller that will never come.
 */
let failRegistration: (reason: string) => void = () => {};
const registrationFailed = new Promise<never>((_, reject) => {
  failRegistration = (reason) => {
    setSwError(reason);
    reject(noWorker(reason));
  };
});
registrationFailed.catch(() => undefined);

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) {
    failRegistration('unsupported');
    return;
  }
  const url = import.meta.env.DEV ? '/dev-sw.js?dev-sw' : '/sw.js';
  workbox = new Workbox(url, { scope: '/', type: import.meta.env.DEV ? 'module' : 'classic' });
  workbox.addEventListener('waiting', () => setUpdateWaiting(true));
  // A new version took control (accepted here or in another tab): every tab reloads, after its own
  // writes, so no tab goes on mixing old chunks with the new worker. The first install's claim of a
  // page that had no worker yet is no update.
  let controlled = navigator.serviceWorker.controller !== null;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    if (reloading) return;
    reloading = true;
    void flushPendingWrites().finally(() => window.location.reload());
  });
  workbox.register().catch((error: unknown) => {
    // Offline, the update check of an installed worker fails too, while that worker still serves the page.
    if (navigator.serviceWorker.controller) return;
    failRegistration(error instanceof Error ? error.message : String(error));
  });
  const loaded =
    document.readyState === 'complete' ? Promise.resolve() : new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  void Promise.all([whenControlled(CACHE_WAIT_MS), loaded]).then(saveForOffline, () => setOfflineReady('failed'));
  const check = () => void workbox?.update().catch(() => undefined);
  setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
}

/**
 * Asks the worker to store the rest of the app (lazy pages, workers, fonts) once this page is up; the
 * first install took only what the first paint needs (workers/assetCache.ts). Asked at every start, so an
 * interrupted download is finished on the next one.
 */
async function saveForOffline(): Promise<void> {
  const worker = navigator.serviceWorker.controller;
  if (!worker) return;
  const channel = new MessageChannel();
  const answer = new Promise<boolean>((resolve) => (channel.port1.onmessage = (event) => resolve((event.data as { ok?: boolean }).ok === true)));
  worker.postMessage({ type: 'CACHE_ASSETS' }, [channel.port2]);
  setOfflineReady((await answer) ? 'ready' : 'failed');
}

/** The user accepted the new version: finish pending writes and activate it; every tab then reloads once. */
export async function acceptUpdate(): Promise<void> {
  if (!workbox) return;
  await flushPendingWrites();
  workbox.messageSkipWaiting();
}

/** Resolves once a service worker controls this page (the mock backend lives there); rejects if none will. */
export function whenControlled(timeoutMs = CONTROL_TIMEOUT_MS): Promise<void> {
  if (!('serviceWorker' in navigator)) return Promise.reject(noWorker('unsupported'));
  if (navigator.serviceWorker.controller) return Promise.resolve();
  const controlled = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(noWorker('timeout')), timeoutMs);
    navigator.serviceWorker.addEventListener(
      'controllerchange',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
  return Promise.race([controlled, registrationFailed]);
}

function noWorker(reason: string): Error {
  const error = new Error(`No service worker controls this page (${reason})`);
  error.name = 'NoServiceWorker';
  return error;
}
