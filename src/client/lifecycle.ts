// Page lifecycle state that must not pull the database into the first-route bundle: the registry of
// pending writes to flush before a reload or close, and whether this tab must reload.
import { createSignal } from 'solid-js';

type Flush = () => void | Promise<void>;

const FLUSH_TIMEOUT_MS = 1500;
const flushers = new Set<Flush>();
const [reloadRequired, setReloadRequired] = createSignal(false);

export { reloadRequired, setReloadRequired };

/** Registers work to finish before the connection closes (e.g. a pending autosave). Returns an unregister. */
export function registerFlush(flush: Flush): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Runs every registered flush, waiting at most FLUSH_TIMEOUT_MS; a failing flush does not stop the others. */
export async function flushPendingWrites(): Promise<void> {
  const all = Promise.allSettled([...flushers].map((flush) => flush()));
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, FLUSH_TIMEOUT_MS))]);
}

// Leaving the page (tab closed, app switched on a phone) is the last chance to finish writes.
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushPendingWrites();
  });
}
