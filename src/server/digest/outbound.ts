// The outside channels of a notice (SMS, e-mail, system push): sent at once, or — when the citizen chose
// «Ежедневная сводка» — kept in the account's digest until its hour (settleDigests sends it). The in-app
// notice is never held back: the caller writes it as before.
import { nextDigestAt } from '../../domain/digest';
import { wants, type NotificationKind } from '../../domain/notifications';
import { deliver } from '../auth/inbox';
import type { AfterCommit } from '../lifecycle';
import type { RequestContext } from '../router';
import type { AccountRow } from '../rows';
import type { DigestItem } from './rows';

export interface Outgoing {
  /** Which notification setting governs it. */
  kind: NotificationKind;
  subject: string;
  body: string;
  /** The moment the story reached it (messages are dated so). */
  at: number;
  /** Where a system notification leads, and its tag (one per notice). */
  url: string;
  tag: string;
  /** Channels that go out whatever the settings say (an appeal's number always comes by e-mail). */
  always?: readonly ('sms' | 'email')[];
}

/** Call inside a rw transaction that includes inbox, changes and digests. */
export async function sendOutside(ctx: RequestContext, account: AccountRow, message: Outgoing, after: AfterCommit[]): Promise<void> {
  const prefs = account.notifications;
  const on = (channel: 'sms' | 'email' | 'push') => wants(prefs, message.kind, channel) || (channel !== 'push' && message.always?.includes(channel));
  const channels = (['sms', 'email', 'push'] as const).filter(on);
  if (!channels.length) return;
  if (prefs?.frequency === 'daily') {
    // What must always be sent by e-mail still is; the rest waits for the digest.
    const now = channels.filter((channel) => channel !== 'push' && message.always?.includes(channel));
    for (const channel of now) await sendOne(ctx, account, message, channel, after);
    const later = channels.filter((channel) => !now.includes(channel as 'sms' | 'email'));
    if (later.length) await keepForDigest(ctx, account.id, { at: message.at, subject: message.subject, channels: later });
    return;
  }
  for (const channel of channels) await sendOne(ctx, account, message, channel, after);
}

async function sendOne(ctx: RequestContext, account: AccountRow, message: Outgoing, channel: 'sms' | 'email' | 'push', after: AfterCommit[]) {
  const { subject, body, at } = message;
  if (channel === 'sms') await deliver(ctx, { channel: 'sms', to: account.phone, body, accountId: account.id }, at);
  else if (channel === 'email') await deliver(ctx, { channel: 'email', to: account.email, subject, body, accountId: account.id }, at);
  else {
    const push = ctx.env.push;
    if (push) after.push(() => push({ title: subject, body, url: message.url, tag: message.tag }));
  }
}

async function keepForDigest(ctx: RequestContext, accountId: string, item: DigestItem): Promise<void> {
  const row = await ctx.db.digests.get(accountId);
  const due = nextDigestAt(item.at);
  if (!row) await ctx.db.digests.put({ accountId, due, items: [item] });
  else await ctx.db.digests.put({ accountId, due: Math.min(row.due, due), items: [...row.items, item] });
}
