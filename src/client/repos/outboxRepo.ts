// Requests waiting to be sent because the department systems could not be reached. Each belongs to an
// account (only its owner sees it or sends it; «очистить устройство» erases it with the account's other
// rows). The id is the request's idempotency key, so queueing the same thing twice keeps one entry.
import { getDb } from '../database';
import type { OutboxRow } from '../rows';
import { openRows, sealPatch } from '../vault/rowSeal';

export async function enqueue(row: Omit<OutboxRow, 'attempts' | 'createdAt' | 'accountId'> & { accountId: string }): Promise<void> {
  const db = getDb();
  const stored = await sealPatch('outbox', row.accountId, row);
  await db.transaction('rw', db.outbox, async () => {
    const existing = await db.outbox.get(row.id);
    await db.outbox.put({ ...stored, attempts: existing?.attempts ?? 0, createdAt: existing?.createdAt ?? Date.now() });
  });
}

/** The account's queued requests, oldest first. */
export async function listOutbox(accountId: string): Promise<OutboxRow[]> {
  return openRows(await getDb().outbox.where('[accountId+createdAt]').between([accountId, -Infinity], [accountId, Infinity]).toArray());
}

export async function markAttempt(id: string, lastError: string, failed: boolean): Promise<void> {
  await getDb().outbox.update(id, (row) => {
    row.attempts += 1;
    row.lastError = lastError;
    row.failed = failed;
  });
}

export async function dequeue(id: string): Promise<void> {
  await getDb().outbox.delete(id);
}
