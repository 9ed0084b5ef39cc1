// The notification centre: the citizen's notices, newest first, with the unread count; marking them read.
import * as v from 'valibot';
import { requireAccount } from '../auth/sessions';
import { json, readJson } from '../http';
import { dueCases, settleCases } from '../lifecycle';
import { catchUpReminders } from '../bookings/notify';
import { bookingTables } from './bookings';
import type { Handler } from '../router';

const LIST_LIMIT = 200;

export const getNotices: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  await settleCases(ctx, dueCases(ctx, account.id));
  await ctx.db.transaction('rw', bookingTables(ctx), () => catchUpReminders(ctx, account.id));
  const range = ctx.db.notices.where('[accountId+at]').between([account.id, -Infinity], [account.id, Infinity]);
  const [rows, unread] = await Promise.all([
    range.clone().reverse().limit(LIST_LIMIT).toArray(),
    range.clone().filter((row) => row.readAt === undefined).count(),
  ]);
  return json({ unread, notices: rows.map(({ id, kind, at, caseId, params, readAt }) => ({ id: id!, kind, at, caseId, params, read: readAt !== undefined })) });
};

const ReadSchema = v.object({ ids: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer())), v.maxLength(LIST_LIMIT))), all: v.optional(v.boolean()) });

export const postNoticesRead: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const { ids, all } = await readJson(ctx.request, ReadSchema);
  const count = await ctx.db.transaction('rw', ctx.db.notices, ctx.db.changes, async () => {
    const mine = ctx.db.notices.where('[accountId+at]').between([account.id, -Infinity], [account.id, Infinity]);
    const unread = mine.filter((row) => row.readAt === undefined && (all === true || (ids ?? []).includes(row.id!)));
    const changed = await unread.modify({ readAt: ctx.now });
    if (changed) await ctx.recordChange('notice', 'read', 'put');
    return changed;
  });
  return json({ read: count });
};
