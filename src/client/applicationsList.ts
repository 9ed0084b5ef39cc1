// «Мои заявления» of the signed-in account, kept subscribed for as long as that account is signed in:
// with 10,000 applications, reading and checking them again at every visit costs a long task and the
// first row comes late; kept here, a visit shows them at once and the change feed's writes still reach
// them (Dexie's live query re-reads after each change). Any sign-in or sign-out drops the list, so
// nothing of one person stays in memory for the next.
import type { ApplicationView } from '../domain/application';
import { followQuery, type LiveQuery } from './createLiveQuery';
import { listApplications } from './repos/applicationsRepo';
import { onSessionEvent } from './sessionState';

let current: { accountId: string; query: LiveQuery<ApplicationView[]>; stop: () => void } | undefined;

function watch(accountId: string): NonNullable<typeof current> {
  const { live, stop } = followQuery(() => listApplications(accountId));
  return { accountId, query: live, stop };
}

/** The account's applications, most recently changed first, following the device's mirror. */
export function watchApplications(accountId: string): LiveQuery<ApplicationView[]> {
  if (current?.accountId !== accountId) {
    current?.stop();
    current = watch(accountId);
  }
  return current.query;
}

onSessionEvent(() => {
  current?.stop();
  current = undefined;
});
