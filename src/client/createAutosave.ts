// Keeps what the user types: writes a snapshot within AUTOSAVE_DELAY_MS of the last change, at once
// when the page is hidden or the database must close, and when the view goes away.
import { createEffect, on, onCleanup } from 'solid-js';
import { registerFlush } from './lifecycle';

export const AUTOSAVE_DELAY_MS = 300;

export function createAutosave<T>(snapshot: () => T, write: (value: T) => Promise<void>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  const flush = async () => {
    clearTimeout(timer);
    if (!pending) return;
    pending = false;
    await write(snapshot());
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
  return { flush };
}
