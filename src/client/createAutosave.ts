// Keeps what the user types: every change starts its write at once (no debounce — a crash, a killed tab
// or a phone reclaiming the app fires no event, so a write that waits is a write that is lost). Writes
// never pile up: while one is in flight, later changes are folded into the one write that follows it.
// Also flushed when the page is hidden, the database must close, or the view goes away.
import { createEffect, on, onCleanup } from 'solid-js';
import { registerFlush } from './lifecycle';

/** Kept for callers that show «saved» after a pause; writes themselves no longer wait. */
export const AUTOSAVE_DELAY_MS = 0;

export function createAutosave<T>(snapshot: () => T, write: (value: T) => Promise<void>) {
  let pending = false;
  let inFlight: Promise<void> | undefined;
  const run = async (): Promise<void> => {
    while (pending) {
      pending = false;
      await write(snapshot()).catch((error: unknown) => console.warn('okno: autosave failed', error));
    }
  };
  const flush = (): Promise<void> => {
    if (inFlight) return inFlight.then(() => (pending ? flush() : undefined));
    if (!pending) return Promise.resolve();
    inFlight = run().finally(() => (inFlight = undefined));
    return inFlight;
  };
  createEffect(
    on(
      () => JSON.stringify(snapshot()),
      () => {
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
  return { flush };
}
