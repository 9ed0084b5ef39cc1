// Keeps the header's unread count current from the device's notice mirror: a live query that re-runs only
// when the notifications table changes (the change feed brings new notices and read marks). No timers.
import { createEffect, createRoot, onCleanup } from 'solid-js';
import { liveQuery } from 'dexie';
import { countUnread } from '../../client/repos/noticesRepo';
import { currentAccount } from '../../client/sessionState';
import { setUnread } from './noticeCount';

let started = false;

export function startNoticeWatch(): void {
  if (started) return;
  started = true;
  createRoot(() =>
    createEffect(() => {
      const accountId = currentAccount()?.id;
      if (!accountId) return void setUnread(0);
      const subscription = liveQuery(() => countUnread(accountId)).subscribe({ next: setUnread, error: () => undefined });
      onCleanup(() => subscription.unsubscribe());
    }),
  );
}
