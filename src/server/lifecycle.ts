// Settling cases: brings a case's stored state up to the simulated now with the lifecycle engine and
// delivers the notices that became due — in-app, SMS, e-mail and system push, each as the citizen chose.
// Settling is idempotent: the engine is pure and each notice key is delivered once.
import { computeCase } from '../domain/lifecycle/computeCase';
import type { CaseEvent, CaseInput, CaseState, DueNotice, NoticeKind } from '../domain/lifecycle/types';
import { SERVICES } from '../domain/catalog/services';
import { wants, type NotificationKind } from '../domain/notifications';
import { sendOutside } from './digest/outbound';
import { issueCertificate } from './certificates';
import { noticeMessage } from './caseMessages';
import type { RequestContext } from './router';
import type { AccountRow, CaseRow } from './rows';

/** Which notification setting governs each notice. */
const SETTING_OF: Record<NoticeKind, NotificationKind> = {
  registered: 'status',
  accepted: 'status',
  processing: 'status',
  ready: 'status',
  rejected: 'status',
  issued: 'status',
  withdrawn: 'status',
  returned: 'status',
  question_answered: 'status',
  documents_requested: 'documents',
  deadline_reminder: 'reminders',
  result_expiring: 'reminders',
};

export function serviceOf(row: Pick<CaseRow, 'serviceId'>) {
  return SERVICES.find((s) => s.id === row.serviceId);
}

export function caseInput(row: CaseRow): CaseInput {
  const service = serviceOf(row);
  return {
    id: row.id,
    number: row.number,
    submittedAt: row.submittedAt,
    scenario: row.scenario,
    rejectReason: row.rejectReason,
    seed: row.seed,
    // The registry answered at once (its data matched, or it refused): minutes, not working days.
    termDays: row.registry?.fast ? { min: 0, max: 0 } : (service?.termDays ?? { min: 1, max: 5 }),
    ...(row.registry?.mismatch.length ? { rejectFields: row.registry.mismatch } : {}),
    resultWay: row.resultWay,
    documentSlots: service?.documents.map((d) => d.id) ?? [],
    validityMonths: row.validityMonths,
    ...(row.questions?.length ? { questions: row.questions.map((question) => question.at) } : {}),
  };
}

export function stateOf(row: CaseRow, now: number, extra: CaseEvent[] = []): CaseState {
  return computeCase(caseInput(row), [...row.events, ...extra], now);
}

/** Work that must wait until the transaction is over (WebCrypto, system notifications). */
export type AfterCommit = () => Promise<void>;

/** Call inside a rw transaction over SETTLE_TABLES. */
export async function settleCase(ctx: RequestContext, row: CaseRow, after: AfterCommit[]): Promise<CaseRow> {
  const state = stateOf(row, ctx.now);
  const noticed = new Set(row.noticed ?? []);
  const due = state.notices.filter((n) => !noticed.has(n.key));
  // A step the stored case had passed before its kind of notice existed is recorded, not announced:
  // an upgrade must not send a burst of stale «accepted» messages for old cases.
  const fresh = due.filter((n) => !passedBefore(row, n));
  const replied = (state.replies?.length ?? 0) !== (row.state?.replies?.length ?? 0);
  const moved = state.timeline.length !== row.timeline.length || state.status !== row.status || replied;
  if (!moved && !due.length && state.next === row.next && row.state) return row;
  const { notices: _notices, timeline, status, next, ...rest } = state;
  const updated: CaseRow = {
    ...row,
    status,
    timeline,
    state: rest,
    updatedAt: timeline.at(-1)!.at,
    noticed: [...noticed, ...due.map((n) => n.key)],
  };
  if (next === undefined) delete updated.next;
  else updated.next = next;
  await ctx.db.cases.put(updated);
  if (moved) await ctx.recordChange('case', row.id, 'put', row.accountId);
  const service = serviceOf(row);
  if (service && row.resultWay === 'electronic' && (status === 'ready' || status === 'issued') && state.readyAt !== undefined) {
    // Signing uses WebCrypto, which must not run inside the IndexedDB transaction; issuing is idempotent.
    const readyAt = state.readyAt;
    after.push(async () => void (await issueCertificate(ctx, updated, service, readyAt)));
  }
  if (fresh.length) {
    const account = await ctx.db.accounts.get(row.accountId);
    if (account) for (const notice of fresh) await deliverNotice(ctx, account, updated, notice, after);
  }
  return updated;
}

/** Notice kinds added after cases were already stored (issue 19.9), by the timeline status they announce. */
const LATER_KINDS: Partial<Record<NoticeKind, string>> = { accepted: 'accepted', processing: 'in_processing' };

export function passedBefore(row: Pick<CaseRow, 'timeline'>, notice: DueNotice): boolean {
  const status = LATER_KINDS[notice.kind];
  return status !== undefined && row.timeline.some((entry) => entry.at === notice.at && entry.status === status);
}

async function deliverNotice(ctx: RequestContext, account: AccountRow, row: CaseRow, notice: DueNotice, after: AfterCommit[]) {
  const setting = SETTING_OF[notice.kind];
  const prefs = account.notifications;
  const service = serviceOf(row)?.title.ru ?? row.serviceId;
  const { subject, body } = noticeMessage(notice, service);
  if (wants(prefs, setting, 'inapp')) {
    const id = await ctx.db.notices.add({
      key: notice.key,
      accountId: account.id,
      caseId: row.id,
      kind: notice.kind,
      at: notice.at,
      params: { ...notice.params, serviceId: row.serviceId },
    });
    await ctx.recordChange('notice', String(id), 'put', account.id);
  }
  await sendOutside(ctx, account, { kind: setting, subject, body, at: notice.at, url: `/applications/${row.id}`, tag: notice.key }, after);
}

export const SETTLE_TABLES = ['cases', 'notices', 'inbox', 'changes', 'accounts', 'digests'] as const;

/** Settles the given cases (or every due one) in one transaction, then runs the deferred work. */
export async function settleCases(ctx: RequestContext, pick: () => Promise<CaseRow[]>): Promise<CaseRow[]> {
  const after: AfterCommit[] = [];
  const tables = SETTLE_TABLES.map((name) => ctx.db.table(name));
  const rows = await ctx.db.transaction('rw', tables, async () => {
    const settled: CaseRow[] = [];
    for (const row of await pick()) settled.push(await settleCase(ctx, row, after));
    return settled;
  });
  for (const task of after) await task().catch((error) => console.warn('okno-server: after-commit task failed', error));
  return rows;
}

/**
 * Router middleware: every case whose story has moved on by the request's simulated now catches up
 * before any handler runs — the one place the departments are brought up to date, whoever asks.
 * Cheap when nothing is due (one index look-up, no write transaction).
 */
export async function settleDue(ctx: RequestContext): Promise<void> {
  if ((await ctx.db.cases.where('next').belowOrEqual(ctx.now).limit(1).count()) === 0) return;
  await settleCases(ctx, dueCases(ctx));
}

/** Every case whose story has moved on by now, of one account or of everyone. */
export function dueCases(ctx: RequestContext, accountId?: string): () => Promise<CaseRow[]> {
  return async () => {
    const due = await ctx.db.cases.where('next').belowOrEqual(ctx.now).toArray();
    return accountId ? due.filter((row) => row.accountId === accountId) : due;
  };
}
