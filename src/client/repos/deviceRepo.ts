// Device-wide operations on «okno»: wiping it for a demo reset.
import { getDb } from '../database';

/** Empties every table in one transaction: offline it is all-or-nothing like any local write. */
export async function wipeLocalData(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}

/** Row counts per table, shown on the storage page. */
export async function countRows(): Promise<Record<string, number>> {
  const db = getDb();
  const counts = await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const));
  return Object.fromEntries(counts);
}
