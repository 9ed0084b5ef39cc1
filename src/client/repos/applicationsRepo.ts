// The device's mirror of the account's applications (cases with their timeline and result), filled only
// by the change feed. Pages read it through live queries; nothing here calls the server.
import * as v from 'valibot';
import { ApplicationViewSchema, type ApplicationView } from '../../domain/application';
import { getDb } from '../database';
import { openRow, openRows, sealRow } from '../vault/rowSeal';
import { defineMirror } from '../mirrors/defineMirror';
import type { ApplicationRow } from '../rows';

const rowOf = (accountId: string, view: ApplicationView): ApplicationRow => ({
  id: view.id,
  accountId,
  status: view.status,
  updatedAt: view.updatedAt,
  number: view.number,
  data: view,
});

export const applicationsMirror = defineMirror({ entity: 'case', table: 'applications', schema: ApplicationViewSchema, toRow: rowOf });

const viewOf = (data: unknown): ApplicationView[] => {
  const parsed = v.safeParse(ApplicationViewSchema, data);
  return parsed.success ? [parsed.output] : [];
};

/** Stores the server's answer about one application (the same row the feed carries). */
export async function storeApplication(accountId: string, view: ApplicationView): Promise<void> {
  await getDb().applications.put(await sealRow('applications', rowOf(accountId, view)));
}

/** Rows read (and checked) per request: each request's rows arrive in their own task, so 10,000 applications never hold the page in one long task. */
const CHUNK = 500;

/**
 * The account's applications, most recently changed first: read in chunks within one read transaction.
 * Each chunk starts where the last one ended (at its `updatedAt`, skipping the rows already read there),
 * oldest first so that IndexedDB answers each chunk with one getAll: an offset or a backwards read walks
 * a cursor, and under a live query Dexie records every key a cursor passes, which made 10,000
 * applications cost a long task on every change.
 */
export async function listApplications(accountId: string): Promise<ApplicationView[]> {
  const db = getDb();
  // Rows are opened after the read transaction (an await on crypto.subtle inside it would end it).
  const stored = await db.transaction('r', db.applications, async () => {
    const all: ApplicationRow[] = [];
    let lower = -Infinity;
    let readAtLower = new Set<string>();
    for (;;) {
      const wanted = CHUNK + readAtLower.size;
      const rows = await db.applications
        .where('[accountId+updatedAt]')
        .between([accountId, lower], [accountId, Infinity], true, true)
        .limit(wanted)
        .toArray();
      for (const row of rows) if (!(row.updatedAt === lower && readAtLower.has(row.id))) all.push(row);
      if (rows.length < wanted) return all.reverse();
      const last = rows.at(-1)!.updatedAt;
      const next = new Set(rows.filter((row) => row.updatedAt === last).map((row) => row.id));
      if (last === lower) for (const id of readAtLower) next.add(id);
      lower = last;
      readAtLower = next;
    }
  });
  // Opened and checked a chunk per task, like the reads: 10,000 rows in one go would be a long task.
  const views: ApplicationView[] = [];
  for (let i = 0; i < stored.length; i += CHUNK) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const row of await openRows(stored.slice(i, i + CHUNK))) views.push(...viewOf(row.data));
  }
  return views;
}

/** One application of the account, or undefined (not on this device, or someone else's). */
export async function readApplication(accountId: string, id: string): Promise<ApplicationView | undefined> {
  const row = await getDb().applications.get(id);
  return row?.accountId === accountId ? viewOf((await openRow(row)).data)[0] : undefined;
}
