// The device's mirror of the account's appeals: the server's views kept in «okno», filled by the change
// feed, read by live queries, carried by the data archive. Only adds or refreshes rows: an appeal is
// never dropped here (kept five years, then archived).
import * as v from 'valibot';
import { AppealViewSchema, type AppealView } from '../../domain/appeals/view';
import { getDb } from '../database';
import { openRow, openRows, sealRow } from '../vault/rowSeal';
import { defineMirror } from '../mirrors/defineMirror';
import type { AppealRow } from '../rows';

const rowOf = (accountId: string, appeal: AppealView): AppealRow => ({
  id: appeal.id,
  accountId,
  status: appeal.status,
  updatedAt: appeal.updatedAt,
  data: appeal,
});

/** Appeals are kept five years and never dropped: a server reset leaves the device's copies. */
export const appealsMirror = defineMirror({
  entity: 'appeal',
  table: 'appeals',
  schema: AppealViewSchema,
  toRow: (accountId, view) => rowOf(accountId, view),
  keepOnReset: true,
});

export async function mirrorAppeals(accountId: string, appeals: readonly AppealView[]): Promise<void> {
  if (appeals.length === 0) return;
  const rows = await Promise.all(appeals.map((appeal) => sealRow('appeals', rowOf(accountId, appeal))));
  await getDb().appeals.bulkPut(rows);
}

const parse = (row: AppealRow): AppealView[] => {
  const parsed = v.safeParse(AppealViewSchema, row.data);
  return parsed.success ? [parsed.output] : [];
};

/** The account's appeals, newest change first; a row that no longer fits the schema is skipped. */
export async function listMirroredAppeals(accountId: string): Promise<AppealView[]> {
  const rows = await getDb().appeals.where('[accountId+updatedAt]').between([accountId, -Infinity], [accountId, Infinity]).reverse().toArray();
  return (await openRows(rows)).flatMap(parse);
}

export async function readMirroredAppeal(accountId: string, id: string): Promise<AppealView | undefined> {
  const row = await getDb().appeals.get(id);
  return row && row.accountId === accountId ? parse(await openRow(row))[0] : undefined;
}
