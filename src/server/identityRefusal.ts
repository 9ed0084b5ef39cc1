// Refusing a passport scan with a selfie (issue 19.15): the attempt is closed with its reason, the
// account stays «standard» so the citizen can send a new scan, and they hear of it in the app and by
// the channels they chose for status news. Called by the simulated department (catch-up on read) and
// by the operator console; never by the citizen.
import type { IdentityRefusalReason } from '../domain/identityRefusal';
import { wants } from '../domain/notifications';
import { deliver } from './auth/inbox';
import { identityRefusedMessage } from './auth/messages';
import { closeAttempt } from './identity';
import type { RequestContext } from './router';
import type { AccountRow } from './rows';

export async function refuseIdentity(
  ctx: RequestContext,
  account: AccountRow,
  reason: IdentityRefusalReason,
  by: 'department' | 'operator',
): Promise<AccountRow> {
  const attempts = closeAttempt(account, ctx.now, { outcome: 'refused', reason, by });
  const { pendingScan: _done, ...identity } = account.identity ?? {};
  const next: AccountRow = { ...account, identity: { ...identity, attempts } };
  await ctx.db.accounts.put(next);
  await ctx.recordChange('account', account.id, 'put', account.id);
  const key = `${account.id}:account_identity_refused:${ctx.now}`;
  if (!(await ctx.db.notices.where('key').equals(key).count())) {
    const id = await ctx.db.notices.add({ key, accountId: account.id, kind: 'account_identity_refused', at: ctx.now, params: {} });
    await ctx.recordChange('notice', String(id), 'put', account.id);
  }
  const { subject, body } = identityRefusedMessage(reason);
  if (wants(account.notifications, 'status', 'sms')) await deliver(ctx, { channel: 'sms', to: account.phone, body, accountId: account.id });
  if (wants(account.notifications, 'status', 'email'))
    await deliver(ctx, { channel: 'email', to: account.email, subject, body, accountId: account.id });
  return next;
}
