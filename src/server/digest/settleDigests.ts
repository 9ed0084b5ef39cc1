// Sends the daily digests whose hour has come (a settle step: the server has no timers, so whoever asks
// first after the hour delivers them, dated at the hour). A digest lists only what happened before its
// hour; later events wait for the next one. Cheap when nothing is due: one index look-up.
import { nextDigestAt } from '../../domain/digest';
import { deliver } from '../auth/inbox';
import type { AfterCommit } from '../lifecycle';
import type { RequestContext } from '../router';
import { digestMessage } from './digestMessage';
import type { DigestRow } from './rows';

export async function settleDueDigests(ctx: RequestContext): Promise<void> {
  if ((await ctx.db.digests.where('due').belowOrEqual(ctx.now).limit(1).count()) === 0) return;
  const after: AfterCommit[] = [];
  await ctx.db.transaction('rw', [ctx.db.digests, ctx.db.inbox, ctx.db.changes, ctx.db.accounts], async () => {
    for (const row of await ctx.db.digests.where('due').belowOrEqual(ctx.now).toArray()) await sendDue(ctx, row, after);
  });
  for (const task of after) await task().catch((error) => console.warn('okno-server: digest push failed', error));
}

async function sendDue(ctx: RequestContext, row: DigestRow, after: AfterCommit[]): Promise<void> {
  const account = await ctx.db.accounts.get(row.accountId);
  let { due, items } = row;
  // After a long clock jump several digest hours may have passed: each gets what happened before it.
  while (due <= ctx.now && items.length) {
    const ripe = items.filter((item) => item.at <= due);
    items = items.filter((item) => item.at > due);
    for (const channel of ['sms', 'email', 'push'] as const) {
      const mine = ripe.filter((item) => item.channels.includes(channel));
      if (!account || !mine.length) continue;
      const { subject, body } = digestMessage(mine, due, channel);
      if (channel === 'sms') await deliver(ctx, { channel, to: account.phone, body, accountId: account.id }, due);
      else if (channel === 'email') await deliver(ctx, { channel, to: account.email, subject, body, accountId: account.id }, due);
      else if (ctx.env.push) {
        const push = ctx.env.push;
        after.push(() => push({ title: subject, body, url: '/notifications', tag: `digest:${due}` }));
      }
    }
    due = items.length ? nextDigestAt(Math.min(...items.map((item) => item.at))) : Infinity;
  }
  if (items.length) await ctx.db.digests.put({ accountId: row.accountId, due, items });
  else await ctx.db.digests.delete(row.accountId);
}
