// Keeps what the user types: writes a snapshot within AUTOSAVE_DELAY_MS of the last change, at once
// when the page is hidden or the database must close, and when the view goes away. A failed write (a full
// disk) keeps the snapshot pending, so it is written again with the next change or flush; `failed` says why.
import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { registerFlush } from './lifecycle';

export const AUTOSAVE_DELAY_MS = 300;

export function createAutosave<T>(snapshot: () => T, write: (value: T) => Promise<void>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  const [failed, setFailed] = createSignal<unknown>(null);
  const flush = async () => {
    clearTimeout(timer);
    if (!pending) return;
    pending = false;
    try {
      await write(snapshot());
      setFailed(null);
    } catch (error) {
      // Nothing typed is dropped: the form still holds it and the next change or flush tries again.
      pending = true;
      setFailed(() => error);
    }
  };
  createEffect(
    on(
      () => JSON.stringify(snapshot()),
      () => {
        pending = true;
        clearTimeout(timer);
        timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
      },
      { defer: true },
    ),
  );
  const unregister = registerFlush(flush);
  onCleanup(() => {
    unregister();
    void flush();
  });
  return { flush, failed };
}
