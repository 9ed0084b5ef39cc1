// Sign-in with phone, e-mail, SNILS or INN and a password; lock-out after repeated failures; the SMS
// second factor; password reset by a code to phone or e-mail; sign-out.
import { FlowCodeSchema, LoginSchema, PasswordCheckSchema, ResetCompleteSchema, ResetStartSchema, type LoginResult } from '../../domain/account';
import { isLocked, registerFailure, registerSuccess } from '../../domain/lockout';
import { hashPassword, verifyPassword } from '../../domain/password';
import { findFlow, issueCode, verifiedFlow, verifyCode } from '../auth/codes';
import { findByLogin } from '../auth/findAccount';
import { resetChoices } from '../auth/resetOptions';
import { ResetOptionsRequestSchema, TemporaryChangeSchema } from '../../domain/recovery';
import { alertFailures } from '../auth/signinAlerts';
import { deliver } from '../auth/inbox';
import { passwordChangedMessage } from '../auth/messages';
import { createSession, deviceOf, endSessionsOf, requireAccount } from '../auth/sessions';
import { ApiError, json, readJson } from '../http';
import type { Handler } from '../router';

const badCredentials = () => new ApiError(401, 'bad_credentials', 'Wrong login or password');
const emailUnconfirmed = () => new ApiError(403, 'email_unconfirmed', 'The e-mail is not confirmed; it serves neither sign-in nor recovery');
const temporaryExpired = () =>
  new ApiError(403, 'temporary_password_expired', 'The temporary password has expired; ask support again or reset the password');
const lockedError = (until: number) =>
  new ApiError(423, 'locked', 'Too many wrong passwords; the account is locked for a while', undefined, {
    until: new Date(until).toISOString(),
  });

export const postLogin: Handler = async (ctx) => {
  const input = await readJson(ctx.request, LoginSchema);
  const found = await findByLogin(ctx.db, input.login);
  if (!found) throw badCredentials();
  const { account, method } = found;
  const lock = isLocked(account.lockout, ctx.now);
  if (lock.locked) throw lockedError(lock.until ?? ctx.now);

  const device = deviceOf(ctx.request);
  if (!(await verifyPassword(input.password, account.passwordHash))) {
    // Re-read and count in one transaction: parallel wrong passwords each count.
    const lockout = await ctx.db.transaction('rw', ctx.db.accounts, ctx.db.signins, async () => {
      const fresh = await ctx.db.accounts.get(account.id);
      const next = registerFailure(fresh?.lockout ?? account.lockout, ctx.now);
      await ctx.db.accounts.update(account.id, { lockout: next });
      await ctx.db.signins.add({ accountId: account.id, at: ctx.now, device, method, ok: false });
      return next;
    });
    await alertFailures(ctx, account, lockout.failures, device);
    const after = isLocked(lockout, ctx.now);
    if (after.locked) throw lockedError(after.until ?? ctx.now);
    throw badCredentials();
  }
  await ctx.db.accounts.update(account.id, { lockout: registerSuccess() });
  // Said only to whoever knows the password: an address nobody proved is theirs opens nothing.
  if (method === 'email' && account.emailConfirmedAt === undefined) throw emailUnconfirmed();

  let result: LoginResult;
  if (account.temporaryPassword) {
    // Support's password only leads to choosing a new one, and only for its day.
    if (ctx.now > account.temporaryPassword.expiresAt) throw temporaryExpired();
    const ticket = await issueCode(
      ctx,
      { purpose: 'temporary_change', channel: 'sms', target: account.phone, accountId: account.id, remember: input.remember, device, method },
      { send: false },
    );
    result = { step: 'change_password', flowId: ticket.flowId, expiresAt: account.temporaryPassword.expiresAt };
  } else if (account.authenticator?.enabledAt !== undefined) {
    // The app's code replaces the SMS: the flow only holds the sign-in, nothing is sent.
    const ticket = await issueCode(
      ctx,
      { purpose: 'authenticator_signin', channel: 'sms', target: account.phone, accountId: account.id, remember: input.remember, device, method },
      { send: false },
    );
    result = { step: 'authenticator', flowId: ticket.flowId };
  } else if (account.twoFactor) {
    const ticket = await issueCode(ctx, {
      purpose: 'second_factor',
      channel: 'sms',
      target: account.phone,
      accountId: account.id,
      remember: input.remember,
      device,
      method,
    });
    result = { step: 'second_factor', ticket };
  } else {
    result = { step: 'done', grant: await createSession(ctx, account, { remember: input.remember, device, method }) };
  }
  return json(result);
};

export const postSecondFactor: Handler = async (ctx) => {
  const { flowId, code } = await readJson(ctx.request, FlowCodeSchema);
  const flow = await verifyCode(ctx, flowId, code, 'second_factor');
  const account = flow.accountId ? await ctx.db.accounts.get(flow.accountId) : undefined;
  if (!account) throw new ApiError(404, 'flow_not_found', 'The account is gone');
  await ctx.db.codes.delete(flow.id);
  const grant = await createSession(ctx, account, {
    remember: flow.remember ?? false,
    device: flow.device ?? deviceOf(ctx.request),
    method: flow.method ?? 'phone',
  });
  return json({ step: 'done', grant } satisfies LoginResult);
};

/** POST /api/auth/reset/options — where the code may go, masked; an unknown login gets choices that look the same. */
export const postResetOptions: Handler = async (ctx) => {
  const { login } = await readJson(ctx.request, ResetOptionsRequestSchema);
  return json({ options: (await resetChoices(ctx.db, login)).options });
};

/**
 * Starts a reset. An unknown login, an e-mail nobody confirmed, a choice with nowhere real to go: each
 * gets the same answer as a real one (a flow and the masked address shown among the choices), and no code
 * is sent, so logins and their state cannot be probed.
 */
export const postResetStart: Handler = async (ctx) => {
  const { login, channel, destination } = await readJson(ctx.request, ResetStartSchema);
  const chosen = destination ?? (channel === 'email' ? 'email' : 'phone');
  const choices = await resetChoices(ctx.db, login);
  const option = choices.options.find((o) => o.destination === chosen);
  if (!option) throw new ApiError(422, 'validation', 'There is no such choice for this login', { destination: 'invalid_value' });
  const target = choices.targets[chosen];
  const via = chosen === 'email' || chosen === 'backup_email' ? 'email' : 'sms';
  const values = { sentTo: option.sentTo };
  const ticket =
    target && choices.account
      ? await issueCode(ctx, { purpose: 'reset', channel: via, target, accountId: choices.account.id, values })
      : await issueCode(ctx, { purpose: 'reset', channel: via, target: `${login.trim().toLowerCase()}→${chosen}`, values }, { send: false });
  return json(ticket, 201);
};

export const postResetVerify: Handler = async (ctx) => {
  const { flowId, code } = await readJson(ctx.request, FlowCodeSchema);
  const flow = await verifyCode(ctx, flowId, code, 'reset');
  if (!flow.accountId) throw new ApiError(422, 'code_wrong', 'The code is wrong', { code: 'code_wrong' });
  return json({ verified: true });
};

export const postResetComplete: Handler = async (ctx) => {
  const { flowId, password } = await readJson(ctx.request, ResetCompleteSchema);
  const flow = await verifiedFlow(ctx, flowId, 'reset');
  const account = flow.accountId ? await ctx.db.accounts.get(flow.accountId) : undefined;
  if (!account) throw new ApiError(404, 'flow_not_found', 'The account is gone');
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction('rw', ctx.db.accounts, ctx.db.sessions, ctx.db.codes, ctx.db.inbox, ctx.db.changes, async () => {
    await ctx.db.accounts.update(account.id, { passwordHash, lockout: registerSuccess() });
    await endSessionsOf(ctx, account.id);
    await ctx.db.codes.delete(flow.id);
    const { subject, body } = passwordChangedMessage();
    await deliver(ctx, { channel: 'email', to: account.email, subject, body, accountId: account.id });
  });
  return json({ reset: true });
};

/**
 * POST /api/auth/login/new-password — after signing in with the temporary password: the new password
 * replaces it (it may not be the temporary one), and only then a session opens.
 */
export const postTemporaryChange: Handler = async (ctx) => {
  const { flowId, password } = await readJson(ctx.request, TemporaryChangeSchema);
  const flow = await findFlow(ctx, flowId, 'temporary_change');
  const account = flow.accountId ? await ctx.db.accounts.get(flow.accountId) : undefined;
  if (!account?.temporaryPassword || ctx.now > flow.expiresAt) throw new ApiError(404, 'flow_not_found', 'This sign-in is unknown or finished');
  if (ctx.now > account.temporaryPassword.expiresAt) throw temporaryExpired();
  if (await verifyPassword(password, account.passwordHash))
    throw new ApiError(422, 'validation', 'The new password must differ from the temporary one', { password: 'password_same' });
  const passwordHash = await hashPassword(password);
  const changed = await ctx.db.transaction('rw', ctx.db.accounts, ctx.db.codes, ctx.db.inbox, ctx.db.changes, async () => {
    const { temporaryPassword: _used, ...rest } = (await ctx.db.accounts.get(account.id))!;
    const next = { ...rest, passwordHash };
    await ctx.db.accounts.put(next);
    await ctx.db.codes.delete(flow.id);
    const { subject, body } = passwordChangedMessage();
    await deliver(ctx, { channel: 'email', to: account.email, subject, body, accountId: account.id });
    return next;
  });
  const grant = await createSession(ctx, changed, {
    remember: flow.remember ?? false,
    device: flow.device ?? deviceOf(ctx.request),
    method: flow.method ?? 'phone',
  });
  return json({ step: 'done', grant } satisfies LoginResult);
};

export const postLogout: Handler = async (ctx) => {
  const { session } = await requireAccount(ctx);
  await ctx.db.sessions.delete(session.id);
  return json({ signedOut: true });
};

/**
 * POST /api/me/password/check — the signed-in person proves the account's password, e.g. before it wraps
 * the key that encrypts the device's data (a mistyped one would lock them out of their own data). A
 * wrong password counts towards the same lock-out as a sign-in, and is a 403 (a 401 would end the session).
 */
export const postPasswordCheck: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const input = await readJson(ctx.request, PasswordCheckSchema);
  const lock = isLocked(account.lockout, ctx.now);
  if (lock.locked) throw lockedError(lock.until ?? ctx.now);
  if (await verifyPassword(input.password, account.passwordHash)) return json({ ok: true });
  const lockout = await ctx.db.transaction('rw', ctx.db.accounts, async () => {
    const next = registerFailure((await ctx.db.accounts.get(account.id))?.lockout ?? account.lockout, ctx.now);
    await ctx.db.accounts.update(account.id, { lockout: next });
    return next;
  });
  const after = isLocked(lockout, ctx.now);
  if (after.locked) throw lockedError(after.until ?? ctx.now);
  throw new ApiError(403, 'wrong_password', 'This is not the account password');
};
