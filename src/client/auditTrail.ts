// Writes sign-ins and sign-outs to the device's audit journal. The repository loads lazily, so the
// first route does not carry the database; pending writes can be awaited before a wipe.
import { onSessionEvent } from './sessionState';

const pending = new Set<Promise<void>>();

function track(write: Promise<void>): Promise<void> {
  pending.add(write);
  void write.finally(() => pending.delete(write));
  return write;
}

export function audit(accountId: string, kind: string, detail?: string): Promise<void> {
  return track(import('./repos/auditRepo').then(({ logAction }) => logAction(accountId, kind, Date.now(), detail)));
}

/** Resolves when every journal write started so far has finished (or failed). */
export async function auditSettled(): Promise<void> {
  await Promise.allSettled([...pending]);
}

export function startAuditTrail(): void {
  onSessionEvent(({ kind, account }) => void audit(account.id, `session.${kind}`));
}
