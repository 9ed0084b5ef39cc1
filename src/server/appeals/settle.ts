// Settling appeals: brings an appeal's stored state up to the simulated now with the pure engine and
// delivers the notices that became due, through the citizen's channels. Idempotent like cases.
import { appealFacts } from '../../domain/appeals/facts';
import { computeAppeal } from '../../domain/appeals/computeAppeal';
import { APPEAL_KINDS, type AppealKind } from '../../domain/appeals/kinds';
import type { AppealEvent, AppealNotice, AppealNoticeKind, AppealState } from '../../domain/appeals/types';
import { wants, type NotificationKind } from '../../domain/notifications';
import { deliver } from '../auth/inbox';
import { sendOutside } from '../digest/outbound';
import type { AfterCommit } from '../lifecycle';
import type { RequestContext } from '../router';
import type { AccountRow } from '../rows';
import { appealMessage } from './messages';
import type { AppealRow } from './rows';

const SETTING_OF: Record<AppealNoticeKind, NotificationKind> = {
  sent: 'status',
  status: 'status',
  answered: 'status',
  breach: 'status',
  extended: 'status',
  documents: 'documents',
  warning: 'reminders',
  call: 'status',
};

/** Kinds the engine knows; support adds its own by id (see domain/appeals/kinds). */
export function kindOf(row: Pick<AppealRow, 'type'>): AppealKind {
  return APPEAL_KINDS[row.type];
}

export function appealState(row: AppealRow, now: number, extra: AppealEvent[] = []): AppealState {
  const facts = appealFacts(kindOf(row), {
    id: row.id,
    number: row.number,
    sentAt: row.sentAt,
    scenario: row.scenario,
    seed: row.seed,
    priority: row.priority,
    grounds: row.grounds,
  });
  return computeAppeal(facts, [...row.events, ...extra], now);
}

export const APPEAL_TABLES = ['appeals', 'notices', 'inbox', 'changes', 'accounts', 'digests'] as const;

/** Call inside a rw transaction over APPEAL_TABLES. */
export async function settleAppeal(ctx: RequestContext, row: AppealRow, after: AfterCommit[], force = false): Promise<AppealRow> {
  const state = appealState(row, ctx.now);
  const noticed = new Set(row.noticed);
  const fresh = state.notices.filter((n) => !noticed.has(n.key));
  const moved = state.timeline.length !== row.timeline.length || state.status !== row.status || state.warnedAt !== row.state.warnedAt;
  if (!force && !moved && !fresh.length && state.next === row.next) return row;
  const { notices: _notices, timeline, status, next, ...rest } = state;
  const updated: AppealRow = {
    ...row,
    status,
    timeline,
    state: rest,
    updatedAt: Math.max(row.updatedAt, timeline.at(-1)!.at),
    noticed: [...noticed, ...fresh.map((n) => n.key)],
  };
  if (next === undefined) delete updated.next;
  else updated.next = next;
  await ctx.db.appeals.put(updated);
  await ctx.recordChange('appeal', row.id, 'put', row.accountId);
  if (fresh.length) {
    const account = await ctx.db.accounts.get(row.accountId);
    if (account) for (const notice of fresh) await deliverNotice(ctx, account, updated, notice, after);
  }
  return updated;
}

async function deliverNotice(ctx: RequestContext, account: AccountRow, row: AppealRow, notice: AppealNotice, after: AfterCommit[]) {
  const setting = SETTING_OF[notice.kind];
  const prefs = account.notifications;
  const { subject, body } = appealMessage(notice, row.type);
  // The person asked for this call: it rings whatever the notification settings say (logged on the phone).
  if (notice.kind === 'call')
    return deliver(ctx, { accountId: account.id, channel: 'sms', to: String(notice.params.phone), subject, body }, notice.at);
  if (wants(prefs, setting, 'inapp')) {
    const id = await ctx.db.notices.add({
      key: notice.key,
      accountId: account.id,
      appealId: row.id,
      kind: `appeal_${notice.kind}`,
      at: notice.at,
      params: notice.params,
    });
    await ctx.recordChange('notice', String(id), 'put', account.id);
  }
  // The number of a sent appeal always comes by e-mail too (DOMAIN §7–8), even with a daily digest;
  // other notices as the settings say.
  const always = notice.kind === 'sent' ? (['email'] as const) : [];
  await sendOutside(ctx, account, { kind: setting, subject, body, at: notice.at, url: `/appeals/${row.id}`, tag: notice.key, always }, after);
}

/** Settles the rows `pick` returns in one transaction (`force` rewrites them even if nothing moved). */
export async function settleAppeals(ctx: RequestContext, pick: () => Promise<AppealRow[]>, force = false): Promise<AppealRow[]> {
  const after: AfterCommit[] = [];
  const tables = APPEAL_TABLES.map((name) => ctx.db.table(name));
  const rows = await ctx.db.transaction('rw', tables, async () => {
    const settled: AppealRow[] = [];
    for (const row of await pick()) settled.push(await settleAppeal(ctx, row, after, force));
    return settled;
  });
  for (const task of after) await task().catch((error) => console.warn('okno-server: after-commit task failed', error));
  return rows;
}

/** Every appeal whose story has moved on by now, of one account or of everyone. */
export function dueAppeals(ctx: RequestContext, accountId?: string): () => Promise<AppealRow[]> {
  return async () => {
    const due = await ctx.db.appeals.where('next').belowOrEqual(ctx.now).toArray();
    return accountId ? due.filter((row) => row.accountId === accountId) : due;
  };
}

/** Router step: before any handler, appeals whose story moved on by now catch up (cheap when none is due). */
export async function settleDueAppeals(ctx: RequestContext): Promise<void> {
  if ((await ctx.db.appeals.where('next').belowOrEqual(ctx.now).limit(1).count()) === 0) return;
  await settleAppeals(ctx, dueAppeals(ctx));
}
