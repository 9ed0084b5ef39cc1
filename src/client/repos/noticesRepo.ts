// The device's mirror of the account's in-app notices, filled only by the change feed. The header's
// unread count and the notification centre read it through live queries.
import * as v from 'valibot';
import { NOTICE_LIST_LIMIT, NoticeViewSchema, type NoticeView } from '../../domain/notices';
import { getDb } from '../database';
import { openRows } from '../vault/rowSeal';
import { defineMirror } from '../mirrors/defineMirror';

export const noticesMirror = defineMirror({
  entity: 'notice',
  table: 'notifications',
  schema: NoticeViewSchema,
  toRow: (accountId, view) => {
    const row = { id: String(view.id), accountId, kind: view.kind, createdAt: view.at, data: view };
    // readAt is indexed: only read notices carry it, so «unread» is the rows without it.
    return view.read ? { ...row, readAt: view.at } : row;
  },
});

const range = (accountId: string) => getDb().notifications.where('[accountId+createdAt]').between([accountId, -Infinity], [accountId, Infinity]);

/** The account's newest notices, newest first. */
export async function listNotices(accountId: string, limit = NOTICE_LIST_LIMIT): Promise<NoticeView[]> {
  const rows = await openRows(await range(accountId).reverse().limit(limit).toArray());
  return rows.flatMap((row) => {
    const parsed = v.safeParse(NoticeViewSchema, row.data);
    return parsed.success ? [parsed.output] : [];
  });
}

export async function countUnread(accountId: string): Promise<number> {
  return range(accountId)
    .filter((row) => row.readAt === undefined)
    .count();
}
