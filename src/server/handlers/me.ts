// The signed-in account: who it is, its security settings, its sign-in history.
import { SecuritySettingsSchema } from '../../domain/account';
import { NotificationPrefsSchema } from '../../domain/notifications';
import { requireAccount, viewAccount } from '../auth/sessions';
import { json, readJson } from '../http';
import type { Handler } from '../router';

const SIGNIN_HISTORY_LIMIT = 50;

export const getMe: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  return json(viewAccount(account));
};

export const patchSecurity: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const patch = await readJson(ctx.request, SecuritySettingsSchema);
  const next = { ...account, ...patch };
  await ctx.db.accounts.put(next);
  await ctx.recordChange('account', account.id, 'put');
  return json(viewAccount(next));
};

export const getSignins: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const rows = await ctx.db.signins
    .where('[accountId+at]')
    .between([account.id, -Infinity], [account.id, Infinity])
    .reverse()
    .limit(SIGNIN_HISTORY_LIMIT)
    .toArray();
  return json(rows.map(({ at, device, method, ok }) => ({ at, device, method, ok })));
};

export const putNotifications: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const notifications = await readJson(ctx.request, NotificationPrefsSchema);
  const next = { ...account, notifications };
  await ctx.db.accounts.put(next);
  await ctx.recordChange('account', account.id, 'put');
  return json(viewAccount(next));
};
