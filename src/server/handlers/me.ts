// The signed-in account: who it is, its security settings, its sign-in history.
import { SecuritySettingsSchema } from '../../domain/account';
import { NotificationPrefsSchema } from '../../domain/notifications';
import { requireAccount, viewAccount } from '../auth/sessions';
import { json, readJson } from '../http';
import type { Handler, RequestContext } from '../router';
import type { AccountRow } from '../rows';

const SIGNIN_HISTORY_LIMIT = 50;

/** Changes only the given fields, so two settings saved at once do not undo each other. */
async function patchAccount(ctx: RequestContext, id: string, patch: Partial<AccountRow>): Promise<AccountRow> {
  return ctx.db.transaction('rw', ctx.db.accounts, ctx.db.changes, async () => {
    await ctx.db.accounts.update(id, patch);
    await ctx.recordChange('account', id, 'put', id);
    return (await ctx.db.accounts.get(id))!;
  });
}

export const getMe: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  return json(viewAccount(account));
};

export const patchSecurity: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const patch = await readJson(ctx.request, SecuritySettingsSchema);
  return json(viewAccount(await patchAccount(ctx, account.id, patch)));
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
  return json(viewAccount(await patchAccount(ctx, account.id, { notifications })));
};
