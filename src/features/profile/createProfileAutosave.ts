// Writes the form's values to the device within AUTOSAVE_DELAY_MS of the last keystroke, and at once
// when the page is hidden or the app must close its database.
import { createEffect, on, onCleanup } from 'solid-js';
import { registerFlush } from '../../client/lifecycle';
import { writeProfileCopy, type ProfileCopy } from '../../client/repos/profileRepo';

export const AUTOSAVE_DELAY_MS = 300;

export function createProfileAutosave(accountId: string, copy: () => ProfileCopy, enabled: () => boolean) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  const flush = async () => {
    clearTimeout(timer);
    if (!pending) return;
    pending = false;
    await writeProfileCopy(accountId, copy(), Date.now());
  };
  createEffect(
    on(
      () => JSON.stringify(copy().values),
      () => {
        if (!enabled()) return;
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
