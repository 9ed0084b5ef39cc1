// The notification centre: the citizen's notices, newest first, with the unread count; marking them read.
// Each notice marked read is logged as a change with its owner, so every device's mirror follows.
import { NOTICE_LIST_LIMIT, NoticesReadSchema, type NoticeView } from '../../domain/notices';
import { requireAccount } from '../auth/sessions';
import { noticeView } from '../feed/feedEntities';
import { json, readJson } from '../http';
import type { Handler } from '../router';
import { catchUpReminders } from '../bookings/notify';
import { bookingTables } from './bookings';

export const getNotices: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  await ctx.db.transaction('rw', bookingTables(ctx), () => catchUpReminders(ctx, account.id));
  const range = ctx.db.notices.where('[accountId+at]').between([account.id, -Infinity], [account.id, Infinity]);
  const [rows, unread] = await Promise.all([
    range.clone().reverse().limit(NOTICE_LIST_LIMIT).toArray(),
    range
      .clone()
      .filter((row) => row.readAt === undefined)
      .count(),
  ]);
  const notices: NoticeView[] = rows.map(noticeView);
  return json({ unread, notices });
};

export const postNoticesRead: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const { ids: wanted, all } = await readJson(ctx.request, NoticesReadSchema);
  const count = await ctx.db.transaction('rw', ctx.db.notices, ctx.db.changes, async () => {
    const mine = ctx.db.notices.where('[accountId+at]').between([account.id, -Infinity], [account.id, Infinity]);
    const unread = mine.filter((row) => row.readAt === undefined && (all === true || (wanted ?? []).includes(row.id!)));
    const ids = (await unread.primaryKeys()) as unknown as number[];
    await ctx.db.notices.where('id').anyOf(ids).modify({ readAt: ctx.now });
    for (const id of ids) await ctx.recordChange('notice', String(id), 'put', account.id);
    return ids.length;
  });
  return json({ read: count });
};
