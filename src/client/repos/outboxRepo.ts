// Requests waiting to be sent because the department systems could not be reached. The id is the
// request's idempotency key, so queueing the same thing twice keeps one entry.
import { getDb } from '../database';
import type { OutboxRow } from '../rows';

export async function enqueue(row: Omit<OutboxRow, 'attempts' | 'createdAt'>): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.outbox, async () => {
    const existing = await db.outbox.get(row.id);
    await db.outbox.put({ ...row, attempts: existing?.attempts ?? 0, createdAt: existing?.createdAt ?? Date.now() });
  });
}

export function listOutbox(): Promise<OutboxRow[]> {
  return getDb().outbox.orderBy('createdAt').toArray();
}

export async function markAttempt(id: string, lastError: string, failed: boolean): Promise<void> {
  const row = await getDb().outbox.get(id);
  if (row) await getDb().outbox.update(id, { attempts: row.attempts + 1, lastError, failed });
}

export async function dequeue(id: string): Promise<void> {
  await getDb().outbox.delete(id);
}
