// The citizen's appeals: send (an 8-digit number, once per draft), list, read. A confirmed identity is
// needed to send. Every change is recorded in the change feed for the device's mirror.
import type * as v from 'valibot';
import { appealInputSchema, type AppealInput } from '../../domain/appeals/input';
import { pickAppealScenario } from '../../domain/appeals/plan';
import { RESENDABLE_STATUSES } from '../../domain/appeals/types';
import { randomId } from '../auth/codes';
import { requireAccount } from '../auth/sessions';
import { ApiError, json, parseWith } from '../http';
import type { Handler, RequestContext } from '../router';
import { readSeed } from '../simSettings';
import { receiveAppealFiles } from './files';
import type { AppealRow } from './rows';
import { requestedAppealScenario } from './scenarioSetting';
import { appealState, dueAppeals, settleAppeals } from './settle';
import { appealView } from './view';

async function uniqueNumber(ctx: RequestContext): Promise<string> {
  for (;;) {
    const number = String(10_000_000 + (crypto.getRandomValues(new Uint32Array(1))[0]! % 90_000_000));
    if (!(await ctx.db.appeals.where('number').equals(number).count())) return number;
  }
}

/** Multipart «appeal» (JSON) and «file:<index>» parts, or plain JSON without files. */
export async function readAppealBody<S extends v.GenericSchema>(
  ctx: RequestContext,
  part: string,
  schema: S,
): Promise<{ body: v.InferOutput<S>; form: FormData | null }> {
  const multipart = (ctx.request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data');
  const form = multipart ? await ctx.request.formData().catch(() => null) : null;
  if (multipart && !form) throw new ApiError(400, 'bad_json', 'The multipart body cannot be read');
  let raw: unknown;
  try {
    raw = form ? JSON.parse(String(form.get(part) ?? '')) : await ctx.request.json();
  } catch {
    throw new ApiError(400, 'bad_json', 'The request body is not valid JSON');
  }
  return { body: parseWith(schema, raw), form };
}

async function resendLink(ctx: RequestContext, accountId: string, input: AppealInput) {
  if (!input.resendOf) return undefined;
  const old = await ctx.db.appeals.get(input.resendOf);
  if (!old || old.accountId !== accountId) throw new ApiError(422, 'validation', 'No such appeal to send again', { resendOf: 'invalid_value' });
  if (!RESENDABLE_STATUSES.includes(old.status)) throw new ApiError(409, 'conflict', 'Only a refused or unprocessed appeal can be sent again');
  return { id: old.id, number: old.number };
}

export const postAppeal: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  if (account.identityLevel !== 'confirmed')
    throw new ApiError(403, 'identity_level_low', 'Appeals need a confirmed identity', undefined, { level: 'confirmed' });
  const { body: input, form } = await readAppealBody(ctx, 'appeal', appealInputSchema(ctx.now));
  const existing = await ctx.db.appeals.where('draftId').equals(input.draftId).first();
  if (existing) {
    if (existing.accountId !== account.id) throw new ApiError(409, 'validation', 'This draft id is taken', { draftId: 'invalid_value' });
    return json(appealView(existing, ctx.now));
  }
  const resendOf = await resendLink(ctx, account.id, input);
  const files = await receiveAppealFiles(input.attachments, form, ctx.now, 'sent');
  const seed = `${await readSeed(ctx.db)}:appeal:${await ctx.db.appeals.count()}`;
  const { attachments: _attachments, resendOf: _resendOf, ...fields } = input;
  const draft: AppealRow = {
    ...fields,
    id: randomId(),
    accountId: account.id,
    number: await uniqueNumber(ctx),
    sentAt: ctx.now,
    scenario: pickAppealScenario(await requestedAppealScenario(ctx), seed),
    seed,
    files,
    events: [],
    materials: [],
    access: [],
    status: 'sent',
    updatedAt: ctx.now,
    timeline: [],
    state: { priority: input.priority, escalated: false, deadline: 0, firstReactionDue: 0, reactionLate: false, lastChangeAt: ctx.now },
    noticed: [],
  };
  if (resendOf) draft.resendOf = resendOf;
  const [stored] = await settleAppeals(
    ctx,
    async () => {
      // Two tabs (or the outbox and a person) sending one draft at once: the second finds the first's.
      const raced = await ctx.db.appeals.where('draftId').equals(draft.draftId).first();
      if (raced) return [];
      await ctx.db.appeals.add(draft);
      return [draft];
    },
    true,
  );
  if (!stored) return json(appealView((await ctx.db.appeals.where('draftId').equals(draft.draftId).first())!, ctx.now));
  return json(appealView(stored, ctx.now), 201);
};

export const getAppeals: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  await settleAppeals(ctx, dueAppeals(ctx, account.id));
  const rows = await ctx.db.appeals.where('[accountId+updatedAt]').between([account.id, -Infinity], [account.id, Infinity]).reverse().toArray();
  return json({ appeals: rows.map((row) => appealView(row, ctx.now)), asOf: ctx.now });
};

/** The citizen's own appeal, settled to now; 404 for anyone else's. */
export async function ownAppeal(ctx: RequestContext): Promise<AppealRow> {
  const { account } = await requireAccount(ctx);
  const row = await ctx.db.appeals.get(ctx.params.id ?? '');
  if (!row || row.accountId !== account.id) throw new ApiError(404, 'not_found', 'No such appeal');
  const [settled] = await settleAppeals(ctx, async () => [row]);
  return settled!;
}

export const getAppeal: Handler = async (ctx) => json(appealView(await ownAppeal(ctx), ctx.now));

/** Checks the engine takes the event now, then logs it and settles, in one transaction. */
export async function appendAppealEvent(
  ctx: RequestContext,
  row: AppealRow,
  event: AppealRow['events'][number],
  patch: Partial<AppealRow> = {},
): Promise<AppealRow> {
  const before = appealState(row, ctx.now);
  const after = appealState(row, ctx.now, [event]);
  if (after.timeline.length === before.timeline.length) throw new ApiError(409, 'conflict', 'The action does not apply to the appeal now');
  const [settled] = await settleAppeals(
    ctx,
    async () => {
      const fresh = (await ctx.db.appeals.get(row.id))!;
      const updated: AppealRow = { ...fresh, ...patch, events: [...fresh.events, event], updatedAt: ctx.now };
      await ctx.db.appeals.put(updated);
      return [updated];
    },
    true,
  );
  return settled!;
}
