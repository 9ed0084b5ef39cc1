// The simulated registries behind identity levels: a saved profile whose passport and SNILS pass the
// registry check makes the account «standard»; changing checked data drops what was confirmed.
import type { IdentityLevel } from '../domain/account';
import { wants } from '../domain/notifications';
import { deliver } from './auth/inbox';
import { identityConfirmedMessage } from './auth/messages';
import type { RequestContext } from './router';
import type { AccountRow } from './rows';
import type { Profile } from '../domain/profile';
import { scenarioRefusal, type IdentityAttempt } from '../domain/identityRefusal';
import { refuseIdentity } from './identityRefusal';

/** Profile parts the registries vouch for: a change to any of them invalidates the level. */
export function verifiedPart(profile: Profile | undefined): string {
  if (!profile) return '';
  const { surname, name, patronymic, birthDate, gender, passport, snils } = profile;
  return JSON.stringify({ surname, name, patronymic, birthDate, gender, passport, snils });
}

/**
 * The simulated MVD and pension-fund check: the passport and the SNILS must both be present and valid
 * by their schemas (checked before this is called). A series starting with «00» is never issued and
 * is refused, so demos can show a failed check.
 */
export function registryAccepts(profile: Profile): boolean {
  return Boolean(profile.passport && profile.snils && !profile.passport.series.startsWith('00'));
}

export function nextLevel(current: IdentityLevel, before: Profile | undefined, after: Profile): IdentityLevel {
  const changed = verifiedPart(before) !== verifiedPart(after);
  const base: IdentityLevel = changed && current === 'confirmed' ? 'unconfirmed' : current;
  if (base === 'confirmed') return 'confirmed';
  return registryAccepts(after) ? 'standard' : 'unconfirmed';
}

/** The attempts with the waiting one closed as `outcome` (by the department on its own, or a clerk). */
export function closeAttempt(
  account: AccountRow,
  now: number,
  outcome: Omit<IdentityAttempt, 'submittedAt' | 'dueAt' | 'decidedAt'>,
): IdentityAttempt[] {
  const attempts = [...(account.identity?.attempts ?? [])];
  const open = attempts.findLastIndex((a) => a.outcome === 'pending');
  if (open >= 0) attempts[open] = { ...attempts[open]!, ...outcome, decidedAt: now };
  return attempts;
}

/** Raises the account to «Личность подтверждена» and tells the citizen through the channels they chose. */
export async function confirmIdentity(
  ctx: RequestContext,
  account: AccountRow,
  method: 'scan' | 'signature',
  by: 'department' | 'operator' = 'department',
): Promise<AccountRow> {
  const attempts = closeAttempt(account, ctx.now, { outcome: 'approved', by });
  const next: AccountRow = { ...account, identityLevel: 'confirmed', identity: { method, confirmedAt: ctx.now, attempts } };
  await ctx.db.accounts.put(next);
  await ctx.recordChange('account', account.id, 'put', account.id);
  const { subject, body } = identityConfirmedMessage();
  if (wants(account.notifications, 'status', 'sms')) await deliver(ctx, { channel: 'sms', to: account.phone, body, accountId: account.id });
  if (wants(account.notifications, 'status', 'email'))
    await deliver(ctx, { channel: 'email', to: account.email, subject, body, accountId: account.id });
  return next;
}

/**
 * Catch-up on read: a scan whose check time has passed is answered as its scenario says — approved, or
 * refused with the scenario's reason; under «manual» it waits for the operator console.
 */
export async function settleScan(ctx: RequestContext, account: AccountRow): Promise<AccountRow> {
  const pending = account.identity?.pendingScan;
  if (!pending || ctx.now < pending.dueAt || account.identityLevel === 'unconfirmed') return account;
  const scenario = pending.scenario ?? 'approve';
  if (scenario === 'manual') return account;
  const reason = scenarioRefusal(scenario);
  return reason ? refuseIdentity(ctx, account, reason, 'department') : confirmIdentity(ctx, account, 'scan');
}
