// The authenticator app (issue 19.13): enrol with a QR code or the secret as text, confirm with a first
// code (then ten recovery codes are shown once), sign in with its code instead of the SMS, turn it off
// with a code. Time is the simulated clock's, as everywhere on the server.
import {
  AuthenticatorCodeSchema,
  AuthenticatorOffSchema,
  AuthenticatorSignInSchema,
  authenticatorFor,
  matchingStep,
  newAuthenticatorSecret,
} from '../../domain/authenticator';
import type { LoginResult } from '../../domain/account';
import { verifyCode } from '../auth/codes';
import { hashRecoveryCode, newRecoveryCodes } from '../auth/recoveryCodes';
import { createSession, deviceOf, requireAccount, viewAccount } from '../auth/sessions';
import { ApiError, json, readJson } from '../http';
import type { Handler, RequestContext } from '../router';
import type { AccountRow } from '../rows';

const wrongCode = (field: string) => new ApiError(422, 'code_wrong', 'The code is wrong', { [field]: 'code_wrong' });

async function saveAccount(ctx: RequestContext, id: string, patch: (row: AccountRow) => void): Promise<AccountRow> {
  return ctx.db.transaction('rw', ctx.db.accounts, ctx.db.changes, async () => {
    await ctx.db.accounts.update(id, (row) => void patch(row));
    await ctx.recordChange('account', id, 'put', id);
    return (await ctx.db.accounts.get(id))!;
  });
}

/** POST /api/me/authenticator — a new secret to enrol (replacing an unfinished one). */
export const postAuthenticatorStart: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  if (account.authenticator?.enabledAt !== undefined) throw new ApiError(409, 'authenticator_on', 'The authenticator is on already');
  const secret = newAuthenticatorSecret();
  await saveAccount(ctx, account.id, (row) => void (row.authenticator = { secret, recoveryHashes: [], usedStep: -1 }));
  return json({ secret, uri: authenticatorFor(secret, account.phone).toString() }, 201);
};

/** POST /api/me/authenticator/confirm — the first code turns it on; the recovery codes are answered once. */
export const postAuthenticatorConfirm: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const { code } = await readJson(ctx.request, AuthenticatorCodeSchema);
  const pending = account.authenticator;
  if (!pending || pending.enabledAt !== undefined) throw new ApiError(409, 'authenticator_not_started', 'Start the enrolment first');
  const step = matchingStep(pending.secret, code, ctx.now);
  if (step === null) throw wrongCode('code');
  const { codes, hashes } = await newRecoveryCodes();
  const updated = await saveAccount(
    ctx,
    account.id,
    (row) => void (row.authenticator = { secret: pending.secret, enabledAt: ctx.now, recoveryHashes: hashes, usedStep: step }),
  );
  return json({ recoveryCodes: codes, account: viewAccount(updated) });
};

/**
 * Checks an app code or a recovery code against the account's authenticator; a used recovery code is
 * struck off and a used step remembered. Answers the changes to save, or null when the code is wrong.
 */
async function proof(account: AccountRow, input: { code: string } | { recoveryCode: string }, now: number) {
  const auth = account.authenticator;
  if (!auth || auth.enabledAt === undefined) return null;
  if ('code' in input) {
    const step = matchingStep(auth.secret, input.code, now, auth.usedStep);
    return step === null ? null : { ...auth, usedStep: step };
  }
  const hash = await hashRecoveryCode(input.recoveryCode);
  return auth.recoveryHashes.includes(hash) ? { ...auth, recoveryHashes: auth.recoveryHashes.filter((h) => h !== hash) } : null;
}

/** POST /api/me/authenticator/off — a code from the app or a recovery code turns it off. */
export const postAuthenticatorOff: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const input = await readJson(ctx.request, AuthenticatorOffSchema);
  if (account.authenticator?.enabledAt === undefined) throw new ApiError(409, 'authenticator_off', 'The authenticator is off');
  if (!(await proof(account, input, ctx.now))) throw wrongCode('code' in input ? 'code' : 'recoveryCode');
  const updated = await saveAccount(ctx, account.id, (row) => void delete row.authenticator);
  return json(viewAccount(updated));
};

/** POST /api/auth/login/authenticator — sign-in's second step: the app's code or a recovery code. */
export const postAuthenticatorSignIn: Handler = async (ctx) => {
  const input = await readJson(ctx.request, AuthenticatorSignInSchema);
  const flow = await ctx.db.codes.get(input.flowId);
  const account = flow?.purpose === 'authenticator_signin' && flow.accountId ? await ctx.db.accounts.get(flow.accountId) : undefined;
  if (!account) throw new ApiError(404, 'flow_not_found', 'This confirmation is unknown or finished');
  const next = await proof(account, input, ctx.now);
  // The flow's tries count every guess, app code or recovery code alike.
  try {
    await verifyCode(ctx, flow!.id, '', 'authenticator_signin', () => next !== null);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'code_wrong')
      throw new ApiError(422, 'code_wrong', error.message, { ['code' in input ? 'code' : 'recoveryCode']: 'code_wrong' }, error.data);
    throw error;
  }
  await ctx.db.codes.delete(flow!.id);
  await saveAccount(ctx, account.id, (row) => void (row.authenticator = next!));
  const grant = await createSession(ctx, account, {
    remember: flow!.remember ?? false,
    device: flow!.device ?? deviceOf(ctx.request),
    method: flow!.method ?? 'phone',
  });
  return json({ step: 'done', grant } satisfies LoginResult);
};
