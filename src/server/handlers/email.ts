// Confirming the account's e-mail: a code goes to the address itself; typed back in the profile, it
// proves the mailbox is the person's. Until then the address serves neither sign-in nor recovery.
import { FlowCodeSchema } from '../../domain/account';
import { findFlow, issueCode, verifyCode } from '../auth/codes';
import { requireAccount, viewAccount } from '../auth/sessions';
import { ApiError, json, readJson } from '../http';
import type { Handler } from '../router';

const alreadyConfirmed = () => new ApiError(409, 'email_confirmed', 'The e-mail is confirmed already');

/** POST /api/me/email/confirm — sends the code to the account's current e-mail. */
export const postEmailConfirmStart: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  if (account.emailConfirmedAt !== undefined) throw alreadyConfirmed();
  const ticket = await issueCode(ctx, { purpose: 'email_confirm', channel: 'email', target: account.email, accountId: account.id });
  return json(ticket, 201);
};

/** POST /api/me/email/confirm/verify — the code from the letter; the address is confirmed if it is still the account's. */
export const postEmailConfirmVerify: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const { flowId, code } = await readJson(ctx.request, FlowCodeSchema);
  // Another person's flow, or one sent to an address since replaced, is unknown here (and costs no try).
  const flow = await findFlow(ctx, flowId, 'email_confirm');
  if (flow.accountId !== account.id || flow.target !== account.email)
    throw new ApiError(404, 'flow_not_found', 'This confirmation is unknown or finished');
  await verifyCode(ctx, flowId, code, 'email_confirm');
  const confirmed = await ctx.db.transaction('rw', ctx.db.accounts, ctx.db.codes, ctx.db.changes, async () => {
    await ctx.db.accounts.update(account.id, { emailConfirmedAt: ctx.now });
    await ctx.db.codes.delete(flowId);
    await ctx.recordChange('account', account.id, 'put', account.id);
    return (await ctx.db.accounts.get(account.id))!;
  });
  return json(viewAccount(confirmed));
};
