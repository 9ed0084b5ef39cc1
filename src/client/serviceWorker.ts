// Registration of the app's service worker through workbox-window, and the update flow:
// a new version waits until the user accepts it (in any tab); no page reloads before that.
import { createSignal } from 'solid-js';
import { Workbox } from 'workbox-window';
import { flushPendingWrites } from './lifecycle';

const CONTROL_TIMEOUT_MS = 10_000;
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

const [updateWaiting, setUpdateWaiting] = createSignal(false);
const [swError, setSwError] = createSignal<string | null>(null);
export { swError, updateWaiting };

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
  const check = () => void workbox?.update().catch(() => undefined);
  setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
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
