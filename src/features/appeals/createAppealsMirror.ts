// The account's appeals as a live query over the device mirror, which the change feed fills (the one
// sync path); the page never lists /api itself.
import { createLiveQuery } from '../../client/createLiveQuery';
import { listMirroredAppeals } from '../../client/repos/appealsRepo';

export function createAppealsMirror(accountId: () => string) {
  return { appeals: createLiveQuery(() => listMirroredAppeals(accountId())) };
}
