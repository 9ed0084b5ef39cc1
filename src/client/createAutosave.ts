// Keeps what the user types: every change starts its write at once (no debounce — a crash, a killed tab
// or a phone reclaiming the app fires no event, so a write that waits is a write that is lost). Writes
// never pile up: while one is in flight, later changes are folded into the one write that follows it.
// Also flushed when the page is hidden, the database must close, or the view goes away. A failed write
// (a full disk) keeps the snapshot pending, so it is written again with the next change or flush;
// `failed` says why.
import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { registerFlush } from './lifecycle';

/**
 * `writeAhead`, when given, is called with every change at once, in the task that made it (before any
 * write in flight finishes): a synchronous, fire-and-forget copy that survives a killed browser.
 */
export function createAutosave<T>(snapshot: () => T, write: (value: T) => Promise<void>, writeAhead?: (value: T) => void) {
  let pending = false;
  const [failed, setFailed] = createSignal<unknown>(null);
  let inFlight: Promise<void> | undefined;
  const run = async (): Promise<void> => {
    while (pending) {
      pending = false;
      try {
        await write(snapshot());
        setFailed(null);
      } catch (error) {
        // Nothing typed is dropped: the form still holds it and the next change or flush tries again.
        pending = true;
        setFailed(() => error);
        return;
      }
    }
  };
  const flush = (): Promise<void> => {
    if (inFlight) return inFlight.then(() => (pending && !failed() ? flush() : undefined));
    if (!pending) return Promise.resolve();
    inFlight = run().finally(() => (inFlight = undefined));
    return inFlight;
  };
  createEffect(
    on(
      () => JSON.stringify(snapshot()),
      () => {
        writeAhead?.(snapshot());
        pending = true;
        void flush();
      },
      { defer: true },
    ),
  );
  const unregister = registerFlush(flush);
  onCleanup(() => {
    unregister();
    void flush();
  });
  /** Writes the current snapshot even though it has not changed (e.g. to make it win over another tab's). */
  const save = (): Promise<void> => {
    pending = true;
    return flush();
  };
  return { flush, save, failed };
}
