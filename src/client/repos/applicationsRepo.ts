// The device's mirror of the account's applications (cases with their timeline and result), filled only
// by the change feed. Pages read it through live queries; nothing here calls the server.
import * as v from 'valibot';
import { ApplicationViewSchema, type ApplicationView } from '../../domain/application';
import { getDb } from '../database';
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
  await getDb().applications.put(rowOf(accountId, view));
}

/** The account's applications, most recently changed first. */
export async function listApplications(accountId: string): Promise<ApplicationView[]> {
  const rows = await getDb().applications.where('[accountId+updatedAt]').between([accountId, -Infinity], [accountId, Infinity]).reverse().toArray();
  return rows.flatMap((row) => viewOf(row.data));
}

/** One application of the account, or undefined (not on this device, or someone else's). */
export async function readApplication(accountId: string, id: string): Promise<ApplicationView | undefined> {
  const row = await getDb().applications.get(id);
  return row?.accountId === accountId ? viewOf(row.data)[0] : undefined;
}
