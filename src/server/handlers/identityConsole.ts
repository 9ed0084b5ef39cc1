// The department's side of identity scans (issue 19.15): the QA scenario new scans play, and the
// operator console's list of waiting scans with «Подтвердить» or «Отказать» with a reason.
import { IdentityDecisionSchema, IdentityScenarioSchema, type IdentityScenario, type PendingScan } from '../../domain/identityRefusal';
import { ApiError, json, readJson } from '../http';
import { confirmIdentity, settleScan } from '../identity';
import { refuseIdentity } from '../identityRefusal';
import { audit, requireOperator } from '../operator';
import type { Handler, RequestContext } from '../router';
import type { AccountRow } from '../rows';
import { identityState } from './identity';
import * as v from 'valibot';

const KEY = 'identity-scenario';

export async function identityScenario(ctx: RequestContext): Promise<IdentityScenario> {
  const stored = v.safeParse(IdentityScenarioSchema, (await ctx.db.settings.get(KEY))?.value);
  return stored.success ? stored.output : 'approve';
}

export const getIdentityScenario: Handler = async (ctx) => json({ scenario: await identityScenario(ctx) });

export const postIdentityScenario: Handler = async (ctx) => {
  const { scenario } = await readJson(ctx.request, v.object({ scenario: IdentityScenarioSchema }));
  await ctx.db.settings.put({ key: KEY, value: scenario });
  return json({ scenario });
};

function pendingItem(account: AccountRow): PendingScan {
  const { surname, name, patronymic, birthDate } = account.person;
  const passport = account.profile?.passport;
  const pending = account.identity!.pendingScan!;
  return {
    accountId: account.id,
    name: [surname, name, patronymic].filter(Boolean).join(' '),
    birthDate,
    passport: passport ? `${passport.series} ${passport.number}` : '—',
    submittedAt: pending.submittedAt,
    dueAt: pending.dueAt,
    attempt: account.identity?.attempts?.length ?? 1,
  };
}

/** GET /api/operator/identity — scans waiting for an answer, oldest first (those the department answered by now drop out). */
export const getPendingScans: Handler = async (ctx) => {
  await requireOperator(ctx);
  const waiting = await ctx.db.accounts.filter((row) => row.identity?.pendingScan !== undefined).toArray();
  const still: AccountRow[] = [];
  for (const row of waiting) {
    const settled = await settleScan(ctx, row);
    if (settled.identity?.pendingScan) still.push(settled);
  }
  still.sort((a, b) => a.identity!.pendingScan!.submittedAt - b.identity!.pendingScan!.submittedAt);
  return json({ scans: still.map(pendingItem) });
};

/** POST /api/operator/identity/:accountId — the clerk approves the waiting scan or refuses it with a reason. */
export const postScanDecision: Handler = async (ctx) => {
  await requireOperator(ctx);
  const decision = await readJson(ctx.request, IdentityDecisionSchema);
  const stored = await ctx.db.accounts.get(ctx.params.accountId ?? '');
  const account = stored && (await settleScan(ctx, stored));
  if (!account?.identity?.pendingScan) throw new ApiError(404, 'not_found', 'No scan is waiting for this account');
  const decided =
    decision.decision === 'approve'
      ? await confirmIdentity(ctx, account, 'scan', 'operator')
      : await refuseIdentity(ctx, account, decision.reason, 'operator');
  await audit(ctx, {
    action: 'identity_decided',
    accountId: account.id,
    detail: decision.decision === 'approve' ? 'approve' : `refuse:${decision.reason}`,
  });
  return json(identityState(decided));
};
