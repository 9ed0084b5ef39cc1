// Registration: phone → SMS code → person, e-mail, password, consent → account and first session.
import { DEFAULT_INACTIVITY_MIN, FlowCodeSchema, FlowOnlySchema, RegisterCompleteSchema, RegisterStartSchema } from '../../domain/account';
import { registerSuccess } from '../../domain/lockout';
import { hashPassword } from '../../domain/password';
import { issueCode, randomId, resendCode, verifiedFlow, verifyCode } from '../auth/codes';
import { newHandset } from '../auth/handset';
import { deliver } from '../auth/inbox';
import { welcomeMessage } from '../auth/messages';
import { createSession, deviceOf } from '../auth/sessions';
import { ApiError, json, readJson } from '../http';
import type { Handler } from '../router';
import type { AccountRow } from '../rows';

export const postRegisterStart: Handler = async (ctx) => {
  const { phone } = await readJson(ctx.request, RegisterStartSchema);
  if (await ctx.db.accounts.where('phone').equals(phone).count()) {
    throw new ApiError(409, 'phone_taken', 'This phone already has an account', { phone: 'phone_taken' });
  }
  return json(await issueCode(ctx, { purpose: 'register', channel: 'sms', target: phone }), 201);
};

/** Resends the code of any flow (registration, second factor, reset) after the cool-down. */
export const postCodeResend: Handler = async (ctx) => {
  const { flowId } = await readJson(ctx.request, FlowOnlySchema);
  return json(await resendCode(ctx, flowId, 'account'));
};

export const postRegisterVerify: Handler = async (ctx) => {
  const { flowId, code } = await readJson(ctx.request, FlowCodeSchema);
  await verifyCode(ctx, flowId, code, 'register');
  return json({ verified: true });
};

export const postRegisterComplete: Handler = async (ctx) => {
  const input = await readJson(ctx.request, RegisterCompleteSchema);
  const flow = await verifiedFlow(ctx, input.flowId, 'register');
  const passwordHash = await hashPassword(input.password);
  const handset = await newHandset();
  const account: AccountRow = {
    id: randomId(),
    phone: flow.target,
    email: input.email,
    person: input.person,
    passwordHash,
    identityLevel: 'unconfirmed',
    twoFactor: false,
    inactivityMinutes: DEFAULT_INACTIVITY_MIN,
    lockout: registerSuccess(),
    createdAt: ctx.now,
    handset: handset.hash,
  };
  const grant = await ctx.db.transaction('rw', ctx.db.tables, async () => {
    if (await ctx.db.accounts.where('phone').equals(account.phone).count()) {
      throw new ApiError(409, 'phone_taken', 'This phone already has an account', { phone: 'phone_taken' });
    }
    if (await ctx.db.accounts.where('email').equals(account.email).count()) {
      throw new ApiError(409, 'email_taken', 'This e-mail already has an account', { email: 'email_taken' });
    }
    await ctx.db.accounts.add(account);
    await ctx.db.codes.delete(flow.id);
    await ctx.recordChange('account', account.id, 'put', account.id);
    const { subject, body } = welcomeMessage(account.person.name);
    await deliver(ctx, { channel: 'email', to: account.email, subject, body, accountId: account.id });
    // The registration SMS now belongs to the person who confirmed the number.
    await ctx.db.inbox.where('flowId').equals(flow.id).modify({ accountId: account.id });
    return createSession(ctx, account, { remember: false, device: deviceOf(ctx.request), method: 'phone' });
  });
  // The handset secret goes only to the device that registered: its simulated phone and mailbox.
  return json({ ...grant, handset: handset.secret }, 201);
};
