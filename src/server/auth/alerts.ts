// Telling the owner about their account's security: an in-app notice, an SMS and an e-mail, whatever
// the notification settings say (a person must hear that their phone changed or that someone guesses
// their password). Call inside a rw transaction over notices, inbox and changes.
import type { AccountAlertKind } from '../../domain/accountAlerts';
import type { RequestContext } from '../router';
import type { AccountRow } from '../rows';
import { deliver } from './inbox';

export interface Alert {
  kind: AccountAlertKind;
  /** Parameters for the notice's sentence in the page's dictionary. */
  params: Record<string, string | number>;
  /** The SMS and e-mail text, in Russian as the portal sends it. */
  subject: string;
  body: string;
  /** Where the SMS goes, when not to the account's phone (the old number after a change). */
  smsTo?: string;
}

export const ALERT_TABLES = (ctx: RequestContext) => [ctx.db.notices, ctx.db.inbox, ctx.db.changes];

export async function alertOwner(ctx: RequestContext, account: AccountRow, alert: Alert): Promise<void> {
  const key = `${account.id}:${alert.kind}:${ctx.now}`;
  if (await ctx.db.notices.where('key').equals(key).count()) return;
  const id = await ctx.db.notices.add({ key, accountId: account.id, kind: alert.kind, at: ctx.now, params: alert.params });
  await ctx.recordChange('notice', String(id), 'put', account.id);
  await deliver(ctx, { channel: 'sms', to: alert.smsTo ?? account.phone, body: alert.body, accountId: account.id });
  await deliver(ctx, { channel: 'email', to: account.email, subject: alert.subject, body: alert.body, accountId: account.id });
}
