// Backup contacts for recovery (issue 19.12): a second phone and a second e-mail, each stored only once a
// code sent to it is typed back, so «Забыли пароль?» never sends a code to an address nobody proved.
import { BackupEmailSchema, BackupPhoneSchema, BackupVerifySchema, type BackupKind } from '../../domain/recovery';
import { findFlow, issueCode, verifyCode } from '../auth/codes';
import { requireAccount, viewAccount } from '../auth/sessions';
import { ApiError, json, readJson } from '../http';
import type { Handler, RequestContext } from '../router';
import type { AccountRow } from '../rows';

const PURPOSE = { phone: 'backup_phone', email: 'backup_email' } as const;

/** A backup that is the account's own main contact adds nothing: said at the field. */
function ensureDifferent(account: AccountRow, kind: BackupKind, value: string): void {
  if (kind === 'phone' && value === account.phone) throw new ApiError(422, 'validation', 'This is the main phone', { phone: 'phone_same' });
  if (kind === 'email' && value === account.email) throw new ApiError(422, 'validation', 'This is the main e-mail', { email: 'invalid_value' });
}

const start =
  (kind: BackupKind): Handler =>
  async (ctx) => {
    const { account } = await requireAccount(ctx);
    const target = kind === 'phone' ? (await readJson(ctx.request, BackupPhoneSchema)).phone : (await readJson(ctx.request, BackupEmailSchema)).email;
    ensureDifferent(account, kind, target);
    const ticket = await issueCode(ctx, { purpose: PURPOSE[kind], channel: kind === 'phone' ? 'sms' : 'email', target, accountId: account.id });
    return json(ticket, 201);
  };

const verify =
  (kind: BackupKind): Handler =>
  async (ctx) => {
    const { account } = await requireAccount(ctx);
    const { flowId, code } = await readJson(ctx.request, BackupVerifySchema);
    // Another person's flow is unknown here (and costs no try).
    const flow = await findFlow(ctx, flowId, PURPOSE[kind]);
    if (flow.accountId !== account.id) throw new ApiError(404, 'flow_not_found', 'This confirmation is unknown or finished');
    await verifyCode(ctx, flowId, code, PURPOSE[kind]);
    return json(
      viewAccount(
        await save(
          ctx,
          account.id,
          flowId,
          kind === 'phone' ? { phone: flow.target, phoneConfirmedAt: ctx.now } : { email: flow.target, emailConfirmedAt: ctx.now },
        ),
      ),
    );
  };

async function save(ctx: RequestContext, accountId: string, flowId: string | null, patch: NonNullable<AccountRow['recovery']>): Promise<AccountRow> {
  return ctx.db.transaction('rw', ctx.db.accounts, ctx.db.codes, ctx.db.changes, async () => {
    const fresh = (await ctx.db.accounts.get(accountId))!;
    const recovery = { ...fresh.recovery, ...patch };
    for (const key of Object.keys(recovery) as (keyof typeof recovery)[]) if (recovery[key] === undefined) delete recovery[key];
    const next: AccountRow = { ...fresh, recovery };
    await ctx.db.accounts.put(next);
    if (flowId) await ctx.db.codes.delete(flowId);
    await ctx.recordChange('account', accountId, 'put', accountId);
    return next;
  });
}

export const postBackupPhone = start('phone');
export const postBackupEmail = start('email');
export const postBackupPhoneVerify = verify('phone');
export const postBackupEmailVerify = verify('email');

/** DELETE /api/me/recovery/:kind — the backup phone or e-mail is removed. */
export const deleteBackup: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const kind = ctx.params.kind;
  if (kind !== 'phone' && kind !== 'email') throw new ApiError(404, 'not_found', 'No such backup contact');
  const cleared = kind === 'phone' ? { phone: undefined, phoneConfirmedAt: undefined } : { email: undefined, emailConfirmedAt: undefined };
  return json(viewAccount(await save(ctx, account.id, null, cleared)));
};
