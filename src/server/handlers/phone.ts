// Changing the account's phone (issue 19.16): codes to the number in use and to the new one, both
// entered; the new number must not belong to another account. After the change the session goes on,
// sign-in and every later code use the new number, and the owner hears of it on both numbers.
import { maskPhone } from '../../domain/account';
import { PhoneChangeStartSchema, PhoneChangeVerifySchema, type PhoneChangeTickets } from '../../domain/phoneChange';
import { alertOwner, ALERT_TABLES } from '../auth/alerts';
import { deliver } from '../auth/inbox';
import { findFlow, issueCode, verifyCode } from '../auth/codes';
import { requireAccount, viewAccount } from '../auth/sessions';
import { ApiError, json, readJson } from '../http';
import type { Handler, RequestContext } from '../router';
import type { AccountRow } from '../rows';

const phoneTaken = () => new ApiError(409, 'phone_taken', 'This phone belongs to another account', { phone: 'phone_taken' });

async function ensureFree(ctx: RequestContext, account: AccountRow, phone: string): Promise<void> {
  if (phone === account.phone) throw new ApiError(422, 'validation', 'This is the number in use', { phone: 'phone_same' });
  const owner = await ctx.db.accounts.where('phone').equals(phone).first();
  if (owner && owner.id !== account.id) throw phoneTaken();
}

/** POST /api/me/phone — sends a code to the number in use and one to the new number. */
export const postPhoneChangeStart: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const { phone } = await readJson(ctx.request, PhoneChangeStartSchema);
  await ensureFree(ctx, account, phone);
  const current = await issueCode(ctx, {
    purpose: 'phone_change_old',
    channel: 'sms',
    target: account.phone,
    accountId: account.id,
    values: { next: phone },
  });
  const next = await issueCode(ctx, { purpose: 'phone_change_new', channel: 'sms', target: phone, accountId: account.id });
  return json({ current, next } satisfies PhoneChangeTickets, 201);
};

/** A wrong code names its own field: the page marks the one that is wrong. */
async function check(ctx: RequestContext, flowId: string, code: string, purpose: 'phone_change_old' | 'phone_change_new', field: string) {
  try {
    return await verifyCode(ctx, flowId, code, purpose);
  } catch (error) {
    if (error instanceof ApiError && error.fields?.code)
      throw new ApiError(error.status, error.code, error.message, { [field]: error.fields.code }, error.data);
    throw error;
  }
}

/** POST /api/me/phone/verify — both codes; the number changes when both are right. */
export const postPhoneChangeVerify: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const input = await readJson(ctx.request, PhoneChangeVerifySchema);
  // Flows of another account, or for a number no longer in use, are unknown here (and cost no try).
  const current = await findFlow(ctx, input.currentFlowId, 'phone_change_old');
  const next = await findFlow(ctx, input.nextFlowId, 'phone_change_new');
  if (current.accountId !== account.id || next.accountId !== account.id || current.target !== account.phone || current.values?.next !== next.target) {
    throw new ApiError(404, 'flow_not_found', 'This confirmation is unknown or finished');
  }
  await check(ctx, current.id, input.currentCode, 'phone_change_old', 'currentCode');
  await check(ctx, next.id, input.nextCode, 'phone_change_new', 'nextCode');
  const oldPhone = account.phone;
  const changed = await ctx.db.transaction('rw', [ctx.db.accounts, ctx.db.codes, ...ALERT_TABLES(ctx)], async () => {
    await ensureFree(ctx, account, next.target);
    const updated: AccountRow = { ...account, phone: next.target };
    if (account.profile) updated.profile = { ...account.profile, phone: next.target };
    await ctx.db.accounts.put(updated);
    await ctx.db.codes.bulkDelete([current.id, next.id]);
    await ctx.recordChange('account', account.id, 'put', account.id);
    const body = `Номер телефона учётной записи в Окне изменён на ${maskPhone(next.target)}. Входите с новым номером. Если это были не вы, срочно обратитесь в поддержку.`;
    await alertOwner(ctx, updated, {
      kind: 'account_phone_changed',
      params: { phone: maskPhone(next.target) },
      subject: 'Номер телефона изменён',
      body,
      smsTo: oldPhone,
    });
    await deliver(ctx, { channel: 'sms', to: next.target, body: 'Этот номер привязан к вашей учётной записи в Окне.', accountId: account.id });
    return updated;
  });
  return json(viewAccount(changed));
};
