// The unread count shown in the header. Checked on every change the server announces, on sign-in and
// every 30 seconds, so notices appear as the simulated clock moves even when nothing else happens.
import { createEffect, createRoot, createSignal } from 'solid-js';
import { lastPull } from '../../client/changeFeed';
import { currentAccount } from '../../client/sessionState';
import { listNotices } from './noticesApi';

const CHECK_MS = 30_000;
const [unread, setUnread] = createSignal(0);
let started = false;

export async function refreshUnread(): Promise<void> {
  if (!currentAccount()) return void setUnread(0);
  try {
    setUnread((await listNotices(true)).unread);
  } catch {
    // Offline or the departments are down: keep the last count.
  }
}

export function unreadCount(): number {
  if (!started) {
    started = true;
    setInterval(() => void refreshUnread(), CHECK_MS);
    createRoot(() =>
      createEffect(() => {
        lastPull();
        currentAccount();
        void refreshUnread();
      }),
    );
  }
  return unread();
}

export { setUnread };
