// Keeps the header's unread count current: when a notice changes, on sign-in and every 30 seconds, so
// notices appear as the simulated clock moves even when nothing else happens. Not on every change: a
// clock jump alone must not make an idle page call the server (that is the session check's job).
import { createEffect, createRoot } from 'solid-js';
import { onChanges } from '../../client/changeFeed';
import { currentAccount } from '../../client/sessionState';
import { setUnread } from './noticeCount';
import { listNotices } from './noticesApi';

const CHECK_MS = 30_000;
let started = false;

export async function refreshUnread(): Promise<void> {
  if (!currentAccount()) return void setUnread(0);
  try {
    setUnread((await listNotices(true)).unread);
  } catch {
    // Offline or the departments are down: keep the last count.
  }
}

export function startNoticeWatch(): void {
  if (started) return;
  started = true;
  setInterval(() => void refreshUnread(), CHECK_MS);
  onChanges('notice', () => void refreshUnread());
  createRoot(() =>
    createEffect(() => {
      currentAccount();
      void refreshUnread();
    }),
  );
}
