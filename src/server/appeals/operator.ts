// The department's side of appeals in the operator console: the queue with term warnings, opening an
// appeal (always written to the access log the citizen sees), and the clerk's actions.
import * as v from 'valibot';
import { APPEAL_TYPES } from '../../domain/appeals/kinds';
import { clerkMayAct } from '../../domain/appeals/rules';
import { APPEAL_STATUSES, ClerkActionSchema, FINISHED_STATUSES } from '../../domain/appeals/types';
import { ApiError, json, parseWith, readJson } from '../http';
import { requireOperator } from '../operator';
import type { Handler, RequestContext } from '../router';
import { appendAppealEvent } from './citizen';
import type { AppealRow } from './rows';
import { appealState, dueAppeals, kindOf, settleAppeals } from './settle';
import { appealView } from './view';

export const CLERK_HEADER = 'X-Okno-Clerk';
const DEFAULT_CLERK = 'Дежурный специалист';
const QUEUE_LIMIT = 500;

/** The clerk's name, sent URI-encoded by the console (headers carry Latin-1 only). */
function clerkOf(ctx: RequestContext): string {
  const raw = ctx.request.headers.get(CLERK_HEADER);
  if (!raw) return DEFAULT_CLERK;
  try {
    const name = decodeURIComponent(raw).trim();
    return name.length >= 3 && name.length <= 120 ? name : DEFAULT_CLERK;
  } catch {
    return DEFAULT_CLERK;
  }
}

export const QuerySchema = v.object({
  status: v.optional(v.picklist(APPEAL_STATUSES)),
  type: v.optional(v.picklist(APPEAL_TYPES)),
  term: v.optional(v.picklist(['warning', 'breach'])),
  q: v.optional(v.pipe(v.string(), v.maxLength(40))),
});

function queueItem(row: AppealRow, now: number) {
  const state = appealState(row, now);
  const actions = ClerkActionSchema.options
    .map((o) => o.entries.action.literal)
    .filter((a) => clerkMayAct(state, a, kindOf(row).extension !== undefined));
  return { ...appealView(row, now), applicant: row.contacts.name, scenario: row.scenario, clerkActions: actions };
}

const termOf = (row: AppealRow) =>
  row.state.breachedAt !== undefined ? 'breach' : row.state.warnedAt !== undefined && !FINISHED_STATUSES.includes(row.status) ? 'warning' : undefined;

export const getAppealQueue: Handler = async (ctx) => {
  await requireOperator(ctx);
  const query = parseWith(QuerySchema, Object.fromEntries([...ctx.url.searchParams].filter(([, value]) => value !== '')));
  await settleAppeals(ctx, dueAppeals(ctx));
  const q = query.q?.trim().toLowerCase();
  const rows = await ctx.db.appeals
    .filter(
      (row) =>
        (!query.status || row.status === query.status) &&
        (!query.type || row.type === query.type) &&
        (!query.term || termOf(row) === query.term) &&
        (!q || row.number.includes(q) || row.subject.toLowerCase().includes(q)),
    )
    .toArray();
  // Nearest term first: what the department must not miss comes to the top.
  rows.sort((a, b) => a.state.deadline - b.state.deadline);
  return json({ total: rows.length, appeals: rows.slice(0, QUEUE_LIMIT).map((row) => queueItem(row, ctx.now)) });
};

export const OPEN_REASONS = ['work', 'term_control', 'quality_check', 'citizen_call'] as const;

/** GET /api/operator/appeals/:id?reason=… — every opening is logged: who, when, why. */
export const getOperatorAppeal: Handler = async (ctx) => {
  await requireOperator(ctx);
  const reason = parseWith(v.picklist(OPEN_REASONS, 'required'), ctx.url.searchParams.get('reason') ?? undefined);
  const row = await ctx.db.appeals.get(ctx.params.id ?? '');
  if (!row) throw new ApiError(404, 'not_found', 'No such appeal');
  const [opened] = await settleAppeals(
    ctx,
    async () => {
      const fresh = (await ctx.db.appeals.get(row.id))!;
      const logged = { ...fresh, access: [...fresh.access, { at: ctx.now, clerk: clerkOf(ctx), reason }] };
      await ctx.db.appeals.put(logged);
      return [logged];
    },
    true,
  );
  return json(queueItem(opened!, ctx.now));
};

export const postAppealAction: Handler = async (ctx) => {
  await requireOperator(ctx);
  const row = (await settleAppeals(ctx, async () => [await ctx.db.appeals.get(ctx.params.id ?? '')].filter((r): r is AppealRow => !!r)))[0];
  if (!row) throw new ApiError(404, 'not_found', 'No such appeal');
  const act = await readJson(ctx.request, ClerkActionSchema);
  if (!clerkMayAct(appealState(row, ctx.now), act.action, kindOf(row).extension !== undefined)) {
    throw new ApiError(409, 'conflict', `An appeal in status ${row.status} cannot take ${act.action}`);
  }
  const updated = await appendAppealEvent(ctx, row, { type: 'clerk', at: ctx.now, clerk: clerkOf(ctx), act });
  return json(queueItem(updated, ctx.now));
};
