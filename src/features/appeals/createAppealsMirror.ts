// The account's appeals as a live query over the device mirror, filled once from the server on opening
// and then by the change feed. The page never lists /api itself.
import { createSignal, onCleanup } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { listMirroredAppeals } from '../../client/repos/appealsRepo';
import { followAppealChanges, syncAppeals } from './appealsApi';

export function createAppealsMirror(accountId: () => string) {
  const [syncError, setSyncError] = createSignal<unknown>(undefined);
  onCleanup(followAppealChanges(accountId()));
  // Offline the mirror alone answers; the error only says why the list may be behind.
  syncAppeals(accountId()).then(() => setSyncError(undefined), setSyncError);
  const appeals = createLiveQuery(() => listMirroredAppeals(accountId()));
  return { appeals, syncError };
}
